/**
 * Where a site's outputs live: the one place that names files. The plan, the
 * writers, the config check and site-mode check all take names from here, so
 * an output moves by changing one line.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'

/** The protocol's limits for one sitemap file (and for one index). */
export const SITEMAP_MAX_URLS = 50_000
export const SITEMAP_MAX_BYTES = 52_428_800

/** Google's limit for one news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000

/** Folder (relative to `out`) of the per-article JSON-LD and head fragments. */
export const DATA_FOLDER = '_dateline'

/** Static files copied into the output as they are, like Astro's and Vite's `public/`. */
export const PUBLIC_FOLDER = 'public'

/** The list of every article the build wrote; its presence marks a folder as dateline output. */
export const DATA_INDEX_FILE = `${DATA_FOLDER}/index.json`

/** The index page (with `pages: true`). */
export const INDEX_PAGE_FILE = 'index.html'

/** robots.txt (with `robots: true`). */
export const ROBOTS_FILE = 'robots.txt'

/** An article's schema.org JSON-LD document. */
export function jsonLdFile(article: Pick<Article, 'slug' | 'dataName'>): string {
  return `${DATA_FOLDER}/${article.dataName ?? article.slug}.jsonld`
}

/** An article's head fragment. */
export function headFile(article: Pick<Article, 'slug' | 'dataName'>): string {
  return `${DATA_FOLDER}/${article.dataName ?? article.slug}.head.html`
}

/** The page file for an article: its URL path, decoded, plus `index.html` (a path that names a file, `/about.html`, is that file). */
export function pageFile(article: Pick<Article, 'path'>): string {
  const segments = urlPathSegments(article)
  return article.path.endsWith('/') ? [...segments, 'index.html'].join('/') : segments.join('/')
}

function urlPathSegments(article: Pick<Article, 'path'>): string[] {
  return article.path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
}

/** A feed's file: its configured name, under the section's folder for a section feed. */
export function feedFile(fileName: string, section?: { slug: string }): string {
  const name = fileName.replace(/^\/+/, '')
  return section ? `${section.slug}/${name}` : name
}

/** `sitemap.xml` → `sitemap-3.xml` (or `.xml.gz`): the children of a split sitemap. */
export function sitemapChildName(file: string, n: number, gzip = false): string {
  const stem = file.replace(/\.xml$/i, '')
  return `${stem}-${n}.xml${gzip ? '.gz' : ''}`
}

/** Absolute URL of an output file name (`/`-separated, not encoded) under `baseUrl`. */
export function sitemapFileUrl(baseUrl: string, file: string): string {
  return new URL(file.split('/').map(encodeURIComponent).join('/'), baseUrl).href
}

/** A problem with a configured output name: the config key and what is wrong. */
export interface OutputNameProblem {
  key: string
  message: string
}

/** Output files must not overwrite each other or what the build writes on its own. */
export function outputNameProblems(config: ResolvedConfig): OutputNameProblem[] {
  const problems: OutputNameProblem[] = []
  const named: [string, string | false][] = [
    ['feeds.rss', config.feeds && config.feeds.rss],
    ['feeds.atom', config.feeds && config.feeds.atom],
    ['feeds.json', config.feeds && config.feeds.json],
    ['sitemap.file', config.sitemap && config.sitemap.file],
    ['newsSitemap.file', config.newsSitemap && config.newsSitemap.file],
  ]
  const taken = new Map<string, string>([
    [ROBOTS_FILE, ROBOTS_FILE],
    [INDEX_PAGE_FILE, 'the index page'],
  ])
  for (const [key, file] of named) {
    if (!file) continue
    const name = file.toLowerCase()
    if (name.startsWith(`${DATA_FOLDER}/`) || name === DATA_FOLDER) problems.push({ key, message: `"${file}" is inside ${DATA_FOLDER}/, which holds the per-article files` })
    else if (taken.has(name)) problems.push({ key, message: `"${file}" is already the name of ${taken.get(name)}; give each output its own file` })
    taken.set(name, key)
  }
  return problems
}
