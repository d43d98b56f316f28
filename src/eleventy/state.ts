/**
 * Eleventy's view of a page -> dateline's article: the frontmatter as written
 * (dates, positions, typo findings), the data cascade for dateline's keys,
 * and Eleventy's meaning of its reserved keys (`permalink` is the URL, `tags`
 * include collection names, `date: Last Modified` is Eleventy's date).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { collectArticles } from '../adapters/site-files.js'
import type { AuthorRegistry } from '../load/author-entries.js'
import { FRONTMATTER_ALIASES, type NormalizeResult } from '../load/article.js'
import { parseArticleSource } from '../load/article-source.js'
import { articleFromData } from '../load/from-data.js'
import type { ResolvedConfig } from '../model/config.js'
import { zonedFromEpoch } from '../model/dates.js'
import type { Article } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'

/** The fields of an Eleventy collection item dateline reads. */
export interface EleventyItem {
  inputPath: string
  url: string | false
  date: Date
  data: Record<string, unknown>
  rawInput?: string
}

/** Keys Eleventy gives a meaning of its own: read by Eleventy, not reported as unknown frontmatter. */
export const ELEVENTY_KEYS = [
  'layout',
  'permalink',
  'eleventyComputed',
  'eleventyExcludeFromCollections',
  'eleventyNavigation',
  'eleventyImport',
  'eleventyDataSchema',
  'pagination',
  'templateEngineOverride',
  'dynamicPermalink',
  'permalinkBypassOutputDir',
]

/** `date:` values that ask Eleventy for a date (file or git times). */
const ELEVENTY_DATE_KEYWORDS = new Set(['last modified', 'created', 'git last modified', 'git created'])

const DATELINE_KEYS = Object.entries(FRONTMATTER_ALIASES).flatMap(([key, aliases]) => [key, ...aliases])

export interface ArticleContext {
  config: ResolvedConfig
  registry: AuthorRegistry
  now: number
  /** Collection names the plugin reads: Eleventy tags, not article topics. */
  collectionTags: ReadonlySet<string>
}

/** The normalize result for one Eleventy page. */
export function itemResult(item: EleventyItem, context: ArticleContext): NormalizeResult {
  const { config } = context
  const file = relativeFile(item.inputPath, config.root)
  const source = readSource(item.inputPath)
  const parsed = source === undefined ? undefined : parseArticleSource(file, source)
  const written = parsed?.ok ? parsed.value.raw : {}
  const data: Record<string, unknown> = {}
  // Keys written in the frontmatter (typos reported), and dateline's keys from the rest of the cascade (directory data).
  for (const key of new Set([...Object.keys(written), ...DATELINE_KEYS.filter((key) => key in item.data)])) {
    if (!(key in item.data)) continue
    data[key] = item.data[key]
  }
  if (Array.isArray(data.tags) || typeof data.tags === 'string') {
    data.tags = [data.tags].flat().filter((tag) => typeof tag !== 'string' || (!context.collectionTags.has(tag) && tag !== 'all'))
    if ((data.tags as unknown[]).length === 0) delete data.tags
  }
  if (typeof data.date === 'string' && ELEVENTY_DATE_KEYWORDS.has(data.date.toLowerCase())) {
    data.date = zonedFromEpoch(item.date.getTime(), config.site.timezone).iso
  }
  const url = item.url === false ? undefined : new URL(item.url.replace(/^\/+/, ''), config.site.url).href
  return articleFromData(
    { data, file, ...(source !== undefined ? { source } : {}), ...(item.rawInput !== undefined ? { body: item.rawInput } : {}), ...(url ? { url } : {}), ownKeys: ELEVENTY_KEYS },
    { config, registry: context.registry, now: context.now },
  )
}

/** The articles of a set of Eleventy pages, with the article of each input path. */
export interface EleventySite {
  articles: Article[]
  byInputPath: Map<string, Article>
  diagnostics: Diagnostic[]
}

export function eleventySite(items: readonly EleventyItem[], context: ArticleContext): EleventySite {
  const results = items.map((item) => ({ item, result: itemResult(item, context) }))
  const { articles, diagnostics } = collectArticles(results.map(({ result }) => result))
  const byInputPath = new Map<string, Article>()
  for (const { item, result } of results) if (result.status === 'published' && result.article) byInputPath.set(normalizeInputPath(item.inputPath), result.article)
  return { articles, byInputPath, diagnostics }
}

/** Eleventy's input paths start with `./`; compare without it. */
export function normalizeInputPath(inputPath: string): string {
  return inputPath.replace(/^\.\//, '').split(path.sep).join('/')
}

function relativeFile(inputPath: string, root: string): string {
  return path.relative(root, path.resolve(inputPath)).split(path.sep).join('/')
}

function readSource(inputPath: string): string | undefined {
  try {
    return readFileSync(inputPath, 'utf8')
  } catch {
    return undefined
  }
}
