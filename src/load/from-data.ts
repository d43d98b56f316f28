/**
 * Frontmatter a framework already parsed (Astro's `entry.data`, Eleventy's
 * data, gray-matter's `data`) -> the same `Article` as `dateline build` makes.
 *
 * Those frameworks parse YAML with js-yaml, which turns `date: 2023-10-09T10:00:00`
 * into a `Date` read as UTC (7 hours off in Jakarta) and drops written offsets.
 * So when the source text is known, dates are taken from it as written;
 * otherwise a `Date` is taken as the instant it holds and a warning says so.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Position } from '../model/types.js'
import { DatelineError, type Diagnostic } from '../util/diagnostic.js'
import { registryFromEntries, type AuthorRegistry } from './author-entries.js'
import { FRONTMATTER_ALIASES, normalizeFields, type ArticleOverrides, type NormalizeResult } from './article.js'
import { parseArticleSource } from './article-source.js'
import { isObject } from '../util/is-object.js'
import { frontmatterDateAsUtc } from './frontmatter-rules.js'

/** One article as a framework hands it over. */
export interface ArticleData extends ArticleOverrides {
  /** The frontmatter as the framework parsed it. */
  data: Record<string, unknown>
  /** The markdown body, without frontmatter (description fallback, word count, feed content). */
  body?: string
  /** The source file, relative to the site root with `/` separators: named in findings, and the slug when there is no `slug:`. */
  file: string
  /**
   * The source file's text, when known (Astro's `entry.filePath`, Eleventy's
   * `inputPath`): dates are read from it as written, and findings get lines.
   */
  source?: string
}

/** What `articleFromData` needs besides the data. */
export interface ArticleDataContext {
  config: ResolvedConfig
  /** The authors registry; built from `config.authors` when that is an inline map. */
  registry?: AuthorRegistry
  /** "Now" in epoch ms: later articles are `scheduled`. Default: the clock. */
  now?: number
}

const DATE_KEYS = new Set([...['date', 'updated'].flatMap((key) => [key, ...FRONTMATTER_ALIASES[key]!])])

/**
 * Normalize one article from parsed frontmatter. The result is the same as
 * `normalizeArticle` gives for the file: a status, the article when it is
 * valid, and findings (the file's lines when `source` is given).
 */
export function articleFromData(input: ArticleData, context: ArticleDataContext): NormalizeResult {
  const { config } = context
  const registry = context.registry ?? inlineRegistry(config)
  const parsed = input.source === undefined ? undefined : parseArticleSource(input.file, input.source)
  const written = parsed?.ok ? parsed.value : undefined
  const start: Position = written?.start ?? { line: 1, column: 1 }
  const warnings: Diagnostic[] = []
  const raw: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input.data)) {
    if (value === undefined) continue
    const at = written?.positions.get(key) ?? start
    if (DATE_KEYS.has(key)) raw[key] = asWritten(value, written?.raw[key], key, at, warnings, input.file)
    else if (key === 'corrections' && Array.isArray(value)) {
      const writtenList = written?.raw[key]
      raw[key] = value.map((item, index) => {
        if (!isObject(item)) return item
        const writtenDate = Array.isArray(writtenList) && isObject(writtenList[index]) ? writtenList[index].date : undefined
        return { ...item, date: asWritten(item.date, writtenDate, `${key}.${index}.date`, at, warnings, input.file) }
      })
    } else raw[key] = value
  }
  const body = input.body ?? written?.body ?? ''
  const result = normalizeFields(
    input.file,
    {
      raw,
      positions: written?.positions ?? new Map(),
      start,
      body,
      bodyLine: written?.bodyLine ?? 1,
      hashInput: input.source ?? JSON.stringify([input.data, body, input.url ?? null]),
    },
    { config, registry, nowMs: context.now ?? Date.now() },
    input,
  )
  return { ...result, diagnostics: [...warnings, ...result.diagnostics] }
}

/**
 * A date value as its author wrote it: the source's string when there is one;
 * else a `Date` as an ISO string (a bare date when it is midnight UTC, which is
 * what js-yaml makes of `2023-10-09`), with a warning for a time of day.
 */
function asWritten(value: unknown, written: unknown, key: string, at: Position, warnings: Diagnostic[], file: string): unknown {
  if (!(value instanceof Date)) return value
  if (typeof written === 'string') return written
  if (Number.isNaN(value.getTime())) return String(value)
  const iso = value.toISOString()
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10)
  const taken = iso.replace('.000Z', 'Z')
  warnings.push({
    file,
    line: at.line,
    column: at.column,
    severity: 'warning',
    rule: frontmatterDateAsUtc.id,
    message: `${key}: got a Date (the YAML parser read the time as UTC and dropped any offset); it was taken as ${taken}. Give dateline the source text (Astro's entry.filePath, Eleventy's inputPath) or quote the date with its offset`,
  })
  return taken
}

/** The registry of an inline `authors` map; a file needs `loadAuthorRegistry`, which reads it. */
function inlineRegistry(config: ResolvedConfig): AuthorRegistry {
  if (typeof config.authors === 'string') {
    throw new DatelineError(`config.authors names a file (${config.authors}); pass { registry: loadAuthorRegistry(config).registry } or an inline authors map`, 2)
  }
  const file = config.configFile ?? 'config'
  const { registry, diagnostics } = registryFromEntries(config.authors ?? {}, { file, positions: new Map(), prefix: 'authors.' }, config)
  const problem = diagnostics.find((d) => d.severity === 'error')
  if (problem) throw new DatelineError(`${problem.file}: ${problem.message}`, 2, diagnostics)
  return registry
}
