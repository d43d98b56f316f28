/**
 * The Astro side of dateline-kit/astro: it runs inside Astro's Vite build (the
 * injected feed routes and `<DatelineHead>` import it), reads the content
 * collections with `getCollection`, and renders from the options the
 * integration put in `virtual:dateline-kit/astro`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getCollection } from 'astro:content'
import { options, url as entryPath } from 'virtual:dateline-kit/astro'
import { collectArticles, siteFiles, type SiteFile } from '../adapters/site-files.js'
import { feedAlternates } from '../emit/feeds/files.js'
import { renderHead, type HeadOptions } from '../emit/head.js'
import { articleJsonLd } from '../emit/jsonld.js'
import { renderPageHead, sitePageJsonLd, type PageHeadOptions, type SitePage } from '../emit/site-pages.js'
import type { AuthorRegistry } from '../load/author-entries.js'
import { articleFromData } from '../load/from-data.js'
import type { Article } from '../model/types.js'
import { formatLocation, type Diagnostic } from '../util/diagnostic.js'
import type { AstroEntry } from './types.js'

export type { AstroEntry } from './types.js'

const registry: AuthorRegistry = { byId: new Map(options.authors) }

/** The site's articles and the article of each entry (`collection/id`). */
export interface AstroSite {
  /** The entries that are published articles (drafts, scheduled and invalid ones left out), newest first. */
  entries: AstroEntry[]
  articles: Article[]
  byEntry: Map<string, Article>
  diagnostics: Diagnostic[]
}

let loaded: Promise<AstroSite> | undefined

/** Every article of the configured collections (once per build; again on each call in dev, where content changes). */
export function datelineSite(): Promise<AstroSite> {
  if (!options.build || !loaded) loaded = loadSite()
  return loaded
}

async function loadSite(): Promise<AstroSite> {
  const entries = (await Promise.all(options.collections.map((name) => getCollection(name)))).flat()
  const results = entries.map((entry) => ({ entry, result: entryResult(entry) }))
  const { articles, diagnostics } = collectArticles(results.map(({ result }) => result))
  const byEntry = new Map<string, Article>()
  for (const { entry, result } of results) if (result.status === 'published' && result.article) byEntry.set(key(entry), result.article)
  report(diagnostics)
  const order = new Map(articles.map((article, index) => [article, index]))
  const published = results.filter(({ entry }) => byEntry.has(key(entry))).map(({ entry }) => entry)
  published.sort((a, b) => order.get(byEntry.get(key(a))!)! - order.get(byEntry.get(key(b))!)!)
  return { entries: published, articles, byEntry, diagnostics }
}

/** Findings go to the console; errors fail `astro build` (Astro shows no vfile messages, so nothing else would). */
function report(diagnostics: Diagnostic[]): void {
  const lines = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${formatLocation(d)}: ${d.severity}: ${d.message} (${d.rule})`)
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  if (errors && options.build) throw new Error(`dateline: ${errors} error(s) in the articles:\n${lines.join('\n')}`)
  if (lines.length) console.warn(`dateline:\n${lines.join('\n')}`)
}

const key = (entry: AstroEntry) => `${entry.collection}/${entry.id}`

function entryResult(entry: AstroEntry) {
  const file = entry.filePath ?? `${entry.collection}/${entry.id}.md`
  const source = entry.filePath ? readSource(path.resolve(options.root, entry.filePath)) : undefined
  return articleFromData(
    { data: astroData(entry.data), ...(entry.body !== undefined ? { body: entry.body } : {}), file, ...(source !== undefined ? { source } : {}), url: pageUrl(entry) },
    { config: options.config, registry, now: options.now },
  )
}

function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Astro's own shapes as dateline reads them: `image()` metadata as `{ url, width, height }`, `reference()` as its id. */
function astroData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(data)) out[name] = Array.isArray(value) ? value.map(astroValue) : astroValue(value)
  return out
}

function astroValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value
  const record = value as Record<string, unknown>
  if (typeof record.src === 'string' && typeof record.format === 'string') {
    return { url: record.src, ...(typeof record.width === 'number' ? { width: record.width } : {}), ...(typeof record.height === 'number' ? { height: record.height } : {}) }
  }
  if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2) return record.id
  return value
}

/** The page URL of an entry: its path from `url(entry)` under `base`, with Astro's trailing-slash rule. */
export function pageUrl(entry: AstroEntry): string {
  let pathname = `${options.base}${entryPath(entry).replace(/^\/+/, '')}`
  if (options.trailingSlash === 'always' && !pathname.endsWith('/')) pathname += '/'
  if ((options.trailingSlash === 'never' || options.format === 'file') && pathname.length > 1) pathname = pathname.replace(/\/+$/, '')
  return new URL(pathname, options.config.site.url).href
}

/** The entries to build pages for: published articles, newest first (for `getStaticPaths`). */
export async function publishedEntries(): Promise<AstroEntry[]> {
  return (await datelineSite()).entries
}

/** The article of a collection entry (undefined for drafts and scheduled ones). */
export async function entryArticle(entry: AstroEntry): Promise<Article | undefined> {
  return (await datelineSite()).byEntry.get(key(entry))
}

/** The `<head>` fragment of an entry's page; empty for drafts and scheduled entries. */
export async function entryHead(entry: AstroEntry, headOptions: Omit<HeadOptions, 'graph' | 'alternates'> = {}): Promise<string> {
  const article = await entryArticle(entry)
  return article ? renderHead(article, options.config, { ...headOptions, alternates: feedAlternates(options.config, article) }) : ''
}

/** The article's JSON-LD graph. */
export async function entryJsonLd(entry: AstroEntry) {
  const article = await entryArticle(entry)
  return article ? articleJsonLd(article, options.config) : undefined
}

/** The `<head>` fragment of a page that is not an article (home, section, author). */
export function pageHead(page: SitePage, headOptions: Omit<PageHeadOptions, 'alternates'> = {}): string {
  return renderPageHead(page, options.config, { ...headOptions, alternates: feedAlternates(options.config) })
}

/** The JSON-LD graph of a page that is not an article. */
export function pageJsonLd(page: SitePage) {
  return sitePageJsonLd(page, options.config)
}

/** An author of the registry, for `{ kind: 'author', author }` pages. */
export function registryAuthor(id: string) {
  return registry.byId.get(id)
}

/** The feeds and the news sitemap, rendered. */
export async function datelineFiles(): Promise<SiteFile[]> {
  const { articles } = await datelineSite()
  return siteFiles(options.config, articles, { now: options.now })
}

/** A response for one of those files, by its path under the site root. */
export async function fileResponse(filePath: string): Promise<Response> {
  const file = (await datelineFiles()).find((candidate) => candidate.path === filePath)
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(file.content, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } })
}

/** The path under the site root that a request is for (`base` taken off). */
export function pathUnderBase(pathname: string): string {
  const decoded = decodeURI(pathname)
  const base = decodeURI(options.base)
  return (decoded.startsWith(base) ? decoded.slice(base.length) : decoded.replace(/^\/+/, '')).replace(/\/+$/, '')
}

