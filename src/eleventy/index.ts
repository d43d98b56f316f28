/**
 * `dateline-kit/eleventy`: an Eleventy 3 plugin.
 *
 *   eleventyConfig.addPlugin(dateline, { collection: 'posts', config: { site: { url, name } } })
 *
 * - `{% datelineHead %}` in a layout: the article's head tags (home page and
 *   `datelinePage` data get their own), and the `datelineJsonLd` filter.
 * - Feeds, the news sitemap and a sitemap of every page as virtual templates
 *   (`addTemplate`), so they follow Eleventy's output, `--serve` and `--to=json`.
 * - Drafts and scheduled articles are not built; dateline's folders are ignored.
 * - In `eleventy.after`, the frontmatter findings and `dateline check` of what
 *   was written: errors fail `eleventy` (exit 1); with `--serve` they are printed.
 */
import path from 'node:path'
import { siteFiles, sitemapXml, type SiteFile } from '../adapters/site-files.js'
import { ALL_RULES } from '../check/site/registry.js'
import { checkDocument, checkFiles } from '../check/documents/run.js'
import { feedAlternates } from '../emit/feeds/files.js'
import { renderHead, type HeadOptions } from '../emit/head.js'
import { articleJsonLd } from '../emit/jsonld.js'
import { serializeJsonLdForScript } from '../emit/script-json.js'
import { renderPageHead, sitePageJsonLd, type SitePage } from '../emit/site-pages.js'
import type { AuthorRegistry } from '../load/author-entries.js'
import { loadAuthorRegistry } from '../load/authors.js'
import { findConfigFile, loadConfig } from '../load/config.js'
import { resolveConfig } from '../load/inline-config.js'
import type { DatelineConfig, ResolvedConfig } from '../model/config.js'
import { parseDateTime } from '../model/dates.js'
import { articleSitemapEntries } from '../plan/sitemap-entries.js'
import type { SitemapEntry } from '../plan/sitemap-types.js'
import { formatStylish } from '../report/stylish.js'
import { DatelineError, formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { eleventySite, itemResult, normalizeInputPath, type ArticleContext, type EleventyItem, type EleventySite } from './state.js'

export { ELEVENTY_KEYS, type EleventyItem } from './state.js'

/** Options of the plugin. */
export interface DatelineEleventyOptions {
  /** The collection (tag) that holds the articles. Default `posts`. */
  collection?: string
  /** The dateline config (as in `dateline.config.*`; `site.url` is required), or nothing to read `dateline.config.*` in the project root. */
  config?: DatelineConfig
  /** Head parts for `{% datelineHead %}`; e.g. `{ title: false }` when the layout writes `<title>`. */
  head?: Omit<HeadOptions, 'graph' | 'alternates'>
  /** Also serve a sitemap of every page (`config.sitemap.file`). Default true. */
  sitemap?: boolean
  /** Check the articles and the written output after each build; errors fail `eleventy`. Default true. */
  check?: boolean
  /** "Now" (ISO 8601 or epoch ms) for the news window and scheduled articles. Default: when the build starts. */
  now?: string | number
}

/** The part of Eleventy's config object the plugin uses. */
interface EleventyConfig {
  directories?: { input: string; output: string }
  ignores: Set<string>
  addCollection(name: string, callback: (api: { getFilteredByTag(tag: string): EleventyItem[]; getAll(): EleventyItem[] }) => unknown): void
  addShortcode(name: string, callback: (this: { page?: { inputPath: string; url: string | false } }, ...args: unknown[]) => string): void
  addFilter(name: string, callback: (value: unknown) => string): void
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void
  addPreprocessor(name: string, extensions: string, callback: (data: Record<string, unknown>, content: string) => unknown): void
  on(event: 'eleventy.before' | 'eleventy.after', callback: (event: EleventyRunEvent) => unknown): void
}

interface EleventyRunEvent {
  directories: { input: string; output: string }
  runMode: 'build' | 'serve' | 'watch'
  outputMode: 'fs' | 'json' | 'ndjson'
  results?: { inputPath: string; outputPath: string | false; url: string | false; content: string }[]
}

const FILES_COLLECTION = 'datelineFiles'

/** The plugin: `eleventyConfig.addPlugin(dateline, options)`. Async: it reads `dateline.config.*` when no `config` is given. */
export default async function dateline(eleventyConfig: EleventyConfig, options: DatelineEleventyOptions = {}): Promise<void> {
  const root = process.cwd()
  const config = await siteConfig(options, root)
  const { registry, diagnostics: registryProblems } = loadAuthorRegistry(config)
  const problems = registryProblems.filter((d) => d.severity === 'error')
  if (problems.length) throw new DatelineError(problems.map((d) => `${formatLocation(d)}: ${d.message}`).join('\n'), 2, problems)
  const tag = options.collection ?? 'posts'
  const context: ArticleContext = { config, registry, now: nowOption(options.now), collectionTags: new Set([tag]) }
  let site: EleventySite | undefined
  const articlesOf = (items: EleventyItem[]) => (site ??= eleventySite(items, context))

  eleventyConfig.on('eleventy.before', () => {
    site = undefined
  })
  for (const ignored of ['**/.dateline/**', '**/.dateline-cache/**', '**/_dateline/**']) eleventyConfig.ignores.add(ignored)

  // Drafts and scheduled articles are built nowhere, as with `dateline build`.
  eleventyConfig.addPreprocessor('dateline-status', 'md,markdown', (data) => {
    if (![data.tags].flat().includes(tag)) return undefined
    const page = data.page as { inputPath?: string } | undefined
    if (data.draft === true) return false
    if (!page?.inputPath) return undefined
    const result = itemResult({ inputPath: page.inputPath, url: false, date: new Date(0), data }, context)
    return result.status === 'scheduled' ? false : undefined
  })

  eleventyConfig.addCollection(FILES_COLLECTION, (api) => {
    const { articles } = articlesOf(api.getFilteredByTag(tag))
    const files = siteFiles(config, articles, { now: context.now })
    if (options.sitemap !== false && config.sitemap) files.push(pageSitemap(config, articles, api.getAll(), context.now))
    return files
  })

  eleventyConfig.addTemplate('_dateline-files.11ty.js', {
    data: {
      pagination: { data: `collections.${FILES_COLLECTION}`, size: 1, alias: 'datelineFile', addAllPagesToCollections: false },
      permalink: (data: { datelineFile: SiteFile }) => `/${data.datelineFile.path}`,
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: [tag] },
      layout: false,
    },
    render: (data: { datelineFile: SiteFile }) => data.datelineFile.content,
  })

  const articleOf = (inputPath: string | undefined) => (inputPath && site ? site.byInputPath.get(normalizeInputPath(inputPath)) : undefined)
  eleventyConfig.addShortcode('datelineHead', function (...args: unknown[]) {
    const parts = { ...options.head, ...(typeof args[0] === 'object' && args[0] !== null ? (args[0] as HeadOptions) : {}) }
    const article = articleOf(this.page?.inputPath)
    if (article) return renderHead(article, config, { ...parts, alternates: feedAlternates(config, article) })
    const page = sitePage(this as { page?: { url: string | false }; ctx?: Record<string, unknown> })
    return page ? renderPageHead(page, config, { ...parts, alternates: feedAlternates(config) }) : ''
  })
  eleventyConfig.addFilter('datelineJsonLd', (value) => {
    const inputPath = typeof value === 'string' ? value : (value as { inputPath?: string } | undefined)?.inputPath
    const article = articleOf(inputPath)
    return article ? `<script type="application/ld+json">${serializeJsonLdForScript(articleJsonLd(article, config))}</script>` : ''
  })
  eleventyConfig.addFilter('datelinePageJsonLd', (page) => `<script type="application/ld+json">${serializeJsonLdForScript(sitePageJsonLd(page as SitePage, config))}</script>`)

  eleventyConfig.on('eleventy.after', async (event) => {
    if (options.check === false) return
    const found: Diagnostic[] = [...(site?.diagnostics ?? [])]
    const written = (event.results ?? []).filter((result) => result.outputPath)
    if (event.outputMode === 'fs') {
      const paths = written.map((result) => path.resolve(result.outputPath as string))
      if (paths.length) found.push(...(await checkFiles(paths, { now: context.now, siteUrl: config.site.url })).diagnostics)
    } else {
      for (const result of written) found.push(...checkDocument(result.content, String(result.outputPath), { now: context.now, siteUrl: config.site.url }))
    }
    const errors = found.filter((d) => d.severity === 'error').length
    const shown = found.filter((d) => d.severity !== 'info')
    if (shown.length) console.warn(formatStylish({ diagnostics: shown, files: written.map((result) => String(result.outputPath)), rules: ALL_RULES }))
    if (errors && event.runMode === 'build') throw new Error(`dateline: ${errors} error(s) in the articles or the built pages, feeds and sitemaps (see above)`)
  })
}

/** The non-article page a template describes: its `datelinePage` data, or the home page at `/`. */
function sitePage(scope: { page?: { url: string | false }; ctx?: Record<string, unknown> }): SitePage | undefined {
  const declared = scope.ctx?.datelinePage
  if (typeof declared === 'object' && declared !== null) return declared as SitePage
  return scope.page?.url === '/' ? { kind: 'home' } : undefined
}

/** A sitemap of every page Eleventy writes as HTML: articles with their dates, the rest without a lastmod. */
function pageSitemap(config: ResolvedConfig, articles: Parameters<typeof articleSitemapEntries>[0], pages: readonly EleventyItem[], now: number): SiteFile {
  const entries: SitemapEntry[] = articleSitemapEntries(articles, config, { now })
  const listed = new Set(entries.map((entry) => entry.loc))
  const articleUrls = new Set([...articles].map((article) => article.url))
  for (const page of pages) {
    if (page.url === false || !page.url.endsWith('/') || page.data.eleventyExcludeFromCollections === true || page.data.noindex === true) continue
    const loc = new URL(page.url.replace(/^\/+/, ''), config.site.url).href
    if (!listed.has(loc) && !articleUrls.has(loc)) {
      entries.push({ loc })
      listed.add(loc)
    }
  }
  const file = config.sitemap ? config.sitemap.file.replace(/^\/+/, '') : 'sitemap.xml'
  return { path: file, mediaType: 'application/xml', content: sitemapXml(entries) }
}

async function siteConfig(options: DatelineEleventyOptions, root: string): Promise<ResolvedConfig> {
  if (options.config) return resolveConfig(options.config, { root, name: 'dateline plugin config' })
  if (!findConfigFile(root)) throw new DatelineError(`dateline plugin: pass { config } or add a dateline.config.* file to ${root}`, 2)
  return loadConfig(root)
}

function nowOption(value: string | number | undefined): number {
  if (value === undefined) return Date.now()
  if (typeof value === 'number') return value
  const parsed = parseDateTime(value, 'UTC')
  if (!parsed.ok) throw new DatelineError(`dateline plugin: now: ${parsed.reason}`, 2)
  return parsed.value.epochMs
}

export type { AuthorRegistry }
