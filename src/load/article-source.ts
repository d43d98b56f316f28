/**
 * An article file -> its frontmatter as a map (YAML, TOML or JSON, with the
 * position of every key) and its body; files and frontmatter over the size
 * limits are refused unread.
 */
import type { Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { isObject } from '../util/is-object.js'
import { formatBytes, MAX_ARTICLE_BYTES, MAX_FRONTMATTER_BYTES } from '../util/limits.js'
import { ownString } from '../util/utf8.js'
import type { Report } from './fields.js'
import { splitFrontmatter, type FrontmatterFormat, type SplitSource } from './frontmatter.js'
import { parseJsonFrontmatter } from './json.js'
import { parseToml } from './toml.js'
import { parseFrontmatterYaml, type PositionedResult } from './yaml.js'
import { frontmatterMissing, frontmatterNotAMap } from './frontmatter-rules.js'
import { contentTooLarge } from './source-rules.js'

/** Parse the frontmatter in whichever of the three formats the file uses; one over `MAX_FRONTMATTER_BYTES` is refused unread. */
export function parseFrontmatter(split: SplitSource & { format: FrontmatterFormat; frontmatter: string }, file: string): PositionedResult {
  const bytes = Buffer.byteLength(split.frontmatter)
  if (bytes > MAX_FRONTMATTER_BYTES) {
    const message = `the frontmatter is ${formatBytes(bytes)} bytes; the limit is ${formatBytes(MAX_FRONTMATTER_BYTES)} (1 MiB): keep data that large in its own file`
    return { ok: false, diagnostic: { file, line: split.frontmatterLine, column: 1, severity: 'error', message, rule: contentTooLarge.id } }
  }
  if (split.format === 'toml') return parseToml(split.frontmatter, file, split.frontmatterLine - 1)
  if (split.format === 'json') return parseJsonFrontmatter(split.frontmatter, file)
  return parseFrontmatterYaml(split.frontmatter, file, split.frontmatterLine - 1)
}

/** An article's frontmatter as a map, with where it came from. */
export interface ParsedArticle {
  /** The frontmatter, keys as written (aliases included). */
  raw: Record<string, unknown>
  /** Positions of its keys as dotted paths; empty when the source is unknown. */
  positions: Map<string, Position>
  /** Where findings about missing keys point: the first frontmatter line. */
  start: Position
  body: string
  /** Line (1-based) of the first body line in the source file. */
  bodyLine: number
  /** What the cache key is made of: the source text, or the data as JSON. */
  hashInput: string
}

/** Split and parse a source file's frontmatter (YAML, TOML or JSON); the one failure is a finding with its position. */
export function parseArticleSource(file: string, text: string): { ok: true; value: ParsedArticle } | { ok: false; diagnostic: Diagnostic } {
  const tooLarge = articleTooLarge(file, Buffer.byteLength(text))
  if (tooLarge) return { ok: false, diagnostic: tooLarge }
  const found: Diagnostic[] = []
  const source = readSource(file, text, (severity, at, message, rule) => found.push({ file, line: at.line, column: at.column, severity, message, rule: rule.id }))
  if (!source.ok) return { ok: false, diagnostic: source.diagnostic ?? found[0]! }
  return { ok: true, value: { raw: source.raw, positions: source.positions, start: source.start, body: source.split.body, bodyLine: source.split.bodyLine, hashInput: text } }
}

/** The finding for an article file of `bytes` bytes when that is over `MAX_ARTICLE_BYTES` (checked before reading it, where the size is known). */
export function articleTooLarge(file: string, bytes: number): Diagnostic | undefined {
  if (bytes <= MAX_ARTICLE_BYTES) return undefined
  const message = `the file is ${formatBytes(bytes)} bytes; the limit for an article is ${formatBytes(MAX_ARTICLE_BYTES)} (10 MiB): split it, or keep large data out of the markdown`
  return { file, line: 0, column: 0, severity: 'error', message, rule: contentTooLarge.id }
}

type SourceResult =
  | { ok: true; raw: Record<string, unknown>; positions: Map<string, Position>; split: SplitSource; start: Position }
  | { ok: false; diagnostic?: Diagnostic }

/** Split the frontmatter from the body and parse it; it must be a map. */
function readSource(file: string, text: string, report: Report): SourceResult {
  const split = splitFrontmatter(text)
  if (split.frontmatter === undefined || split.format === undefined) {
    const message = split.unclosed
      ? `the frontmatter opened by "${split.unclosed}" on line 1 is never closed`
      : 'no frontmatter: start the file with a "---" line, YAML (at least title and date), and another "---" line (or TOML between "+++" lines, or a JSON object)'
    report('error', { line: 1, column: 1 }, message, frontmatterMissing)
    return { ok: false }
  }
  // Parsers hand back slices of the text they parse: parsing a copy of the frontmatter keeps the values from holding the whole file (body included) alive.
  const parsed = parseFrontmatter({ ...(split as SplitSource & { format: FrontmatterFormat; frontmatter: string }), frontmatter: ownString(split.frontmatter) }, file)
  if (!parsed.ok) return { ok: false, diagnostic: parsed.diagnostic }
  const { value: raw, positions } = parsed.data
  const start = { line: split.frontmatterLine, column: 1 }
  if (!isObject(raw)) {
    report('error', start, `the frontmatter must be a map of keys (got ${raw === null ? 'nothing' : Array.isArray(raw) ? 'a list' : typeof raw})`, frontmatterNotAMap)
    return { ok: false }
  }
  return { ok: true, raw, positions, split, start }
}

