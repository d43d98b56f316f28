/**
 * The build: load the site, emit every output into a staging folder, swap it
 * in. Emitting is a pure walk over the loaded site; all I/O goes through the
 * sink, so the same walk fills memory for `dateline check`.
 */
import path from 'node:path'
import { articleJsonLd } from './emit/jsonld.js'
import { alternateLinks, renderHead } from './emit/head.js'
import { articlePageHtml, releaseArticleHtml } from './emit/html.js'
import { renderArticlePage, renderIndexPage } from './emit/page.js'
import { serializeJsonLdDocument } from './emit/script-json.js'
import { writeSiteSitemaps } from './emit/sitemaps/site.js'
import { feedAlternates, feedFiles } from './emit/feeds/index.js'
import { outFolderProblem } from './load/config-schema.js'
import { loadSite, type LoadSiteOptions, type Site } from './load/site.js'
import { zonedFromEpoch } from './model/dates.js'
import { releaseArticleTree } from './model/markdown.js'
import type { Article } from './model/types.js'
import { DatelineError, type Diagnostic } from './util/diagnostic.js'
import { writeStaged, type OutputSink } from './write/output.js'

export interface BuildOptions extends LoadSiteOptions {
  /** Output folder instead of the config's `out` (relative to the working directory). */
  out?: string
  /** Fail on warnings too. */
  strict?: boolean
}

export interface BuildResult {
  site: Site
  /** Files written, relative to the output folder, `/`-separated, sorted. */
  files: string[]
  diagnostics: Diagnostic[]
}

/** One row of `_dateline/index.json`. */
export interface IndexEntry {
  slug: string
  url: string
  source: string
  title: string
  datePublished: string
  dateModified: string | null
}

/** Folder (relative to `out`) of the per-article JSON-LD and head fragments. */
export const DATA_FOLDER = '_dateline'

/** Static files copied into the output as they are, like Astro's and Vite's `public/`. */
export const PUBLIC_FOLDER = 'public'

/**
 * Build the site in `root`. Content errors (or warnings with `strict`) throw a
 * `DatelineError` with exit code 1 and write nothing; the previous output stays.
 */
export async function build(root: string, options: BuildOptions = {}): Promise<BuildResult> {
  const site = await loadSite(root, options)
  if (options.out) {
    site.config.out = path.resolve(options.out)
    const problem = outFolderProblem(site.config)
    if (problem) throw new DatelineError(`--out ${options.out}: ${problem}`, 2)
  }
  const failing = site.diagnostics.filter((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'))
  if (failing.length) {
    const what = failing.some((d) => d.severity === 'error') ? 'content errors' : 'warnings (--strict)'
    throw new DatelineError(`build failed: ${failing.length} ${what}; nothing was written`, 1, site.diagnostics)
  }
  const files = await writeStaged(site.config.out, (sink) => emitSite(site, sink), {
    copyFrom: path.join(site.config.root, PUBLIC_FOLDER),
    ownedMarker: `${DATA_FOLDER}/index.json`,
  })
  return { site, files, diagnostics: site.diagnostics }
}

/** Write every output of a loaded site into `sink`; returns the files written, sorted. */
export async function emitSite(site: Site, sink: OutputSink): Promise<string[]> {
  const { config, articles } = site
  const written: string[] = []
  const write = async (file: string, content: string) => {
    await sink.write(file, content)
    written.push(file)
  }
  // Feeds first: their items' trees stay cached for the pages, and every other tree can go once its page is written.
  const now = zonedFromEpoch(site.now, config.site.timezone)
  for (const feed of feedFiles(config, articles, { now })) await write(feed.path, feed.content)
  for (const article of articles) {
    const graph = articleJsonLd(article, config)
    await write(`${DATA_FOLDER}/${article.slug}.jsonld`, serializeJsonLdDocument(graph))
    const head = renderHead(article, config, { jsonLd: graph, alternates: feedAlternates(config, article) })
    await write(`${DATA_FOLDER}/${article.slug}.head.html`, head)
    if (config.pages) {
      await write(pageFile(article), renderArticlePage(article, config, { head, bodyHtml: articlePageHtml(article) }))
      releaseArticleTree(article)
      releaseArticleHtml(article)
    }
  }
  await write(`${DATA_FOLDER}/index.json`, `${JSON.stringify(articles.map(indexEntry), null, 2)}\n`)
  if (config.pages) {
    await write('index.html', renderIndexPage(articles, config, alternateLinks(feedAlternates(config)).join('\n')))
  }
  const sitemaps = await writeSiteSitemaps(articles, config, sink, { now })
  written.push(...sitemaps.files)
  return written.sort()
}

/** The page file for an article: its URL path, decoded, plus `index.html`. */
export function pageFile(article: Article): string {
  const segments = article.path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
  return [...segments, 'index.html'].join('/')
}

function indexEntry(article: Article): IndexEntry {
  return {
    slug: article.slug,
    url: article.url,
    source: article.file,
    title: article.title,
    datePublished: article.datePublished.iso,
    dateModified: article.dateModified?.iso ?? null,
  }
}
