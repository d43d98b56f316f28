/**
 * A whole site from texts the caller read (no file access here): the same
 * articles and findings `loadSite` gives, for bundles that must not import
 * `node:fs` (Next.js) or for content that does not live in files.
 */
import { normalizeArticle } from '../load/article.js'
import { registryFromEntries, type AuthorRegistry } from '../load/author-entries.js'
import { parseYaml } from '../load/yaml.js'
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import { DatelineError, formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { collectArticles } from './site-files.js'

/** One article source: its path relative to the site root (`/`-separated) and its text. */
export interface ArticleSource {
  file: string
  text: string
}

export interface SiteFromSourcesOptions {
  /** The text of the authors file when `config.authors` names one (YAML or JSON). */
  authors?: string
  /** "Now" in epoch ms: later articles are scheduled and left out. Default: the clock. */
  now?: number
}

/** A site as the adapters use it: the config, the published articles (newest first), the findings. */
export interface SourceSite {
  config: ResolvedConfig
  articles: Article[]
  diagnostics: Diagnostic[]
  registry: AuthorRegistry
  now: number
}

/** Normalize every source like `dateline build` does (duplicates, drafts, scheduled articles included). */
export function siteFromSources(config: ResolvedConfig, sources: readonly ArticleSource[], options: SiteFromSourcesOptions = {}): SourceSite {
  const now = options.now ?? Date.now()
  const { registry, diagnostics: registryFindings } = authorRegistry(config, options.authors)
  const { articles, diagnostics } = collectArticles(sources.map((source) => normalizeArticle(source.file, source.text, { config, registry, nowMs: now })))
  return { config, articles, diagnostics: [...registryFindings, ...diagnostics], registry, now }
}

/** The registry of `config.authors`: an inline map, or the given text of the file it names. */
export function authorRegistry(config: ResolvedConfig, text?: string): { registry: AuthorRegistry; diagnostics: Diagnostic[] } {
  if (typeof config.authors !== 'string') {
    return registryFromEntries(config.authors ?? {}, { file: 'config', positions: new Map(), prefix: 'authors.' }, config)
  }
  const file = config.authors.startsWith(config.root) ? config.authors.slice(config.root.length).replace(/^[/\\]+/, '') : config.authors
  if (text === undefined) throw new DatelineError(`config.authors names ${file}: pass its text as { authors }`, 2)
  const parsed = parseYaml(text, file)
  if (!parsed.ok) return { registry: { byId: new Map() }, diagnostics: [parsed.diagnostic] }
  return registryFromEntries(parsed.data.value, { file, positions: parsed.data.positions, prefix: '' }, config)
}

/** Throw a `DatelineError` listing the errors among `diagnostics` (file:line:column), so that a build stops. */
export function assertNoErrors(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length) throw new DatelineError(`dateline: ${errors.length} error(s):\n${errors.map((d) => `${formatLocation(d)}: ${d.message} (${d.rule})`).join('\n')}`, 1, errors)
}
