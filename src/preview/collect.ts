/**
 * Gather what the report shows (the I/O edge): from a site's sources, by
 * checking the in-memory build `dateline check` makes (nothing is written),
 * or from built files on disk; images read from `public/` or the built
 * output, never fetched.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { headFile, jsonLdFile, pageFile, PUBLIC_FOLDER } from '../plan/layout.js'
import { ALL_RULES } from '../check/site/registry.js'
import { checkFiles, type CheckResult } from '../check/documents/run.js'
import { checkSite, type SiteCheckResult } from '../check/site/check-site.js'
import { displayPath } from '../check/documents/inputs.js'
import { detectKind, type DocumentKind } from '../check/documents/detect.js'
import type { ProgressCallback } from '../load/site.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { extractPageMeta } from './extract.js'
import { locateEntries, type LocatedEntry } from './feed-items.js'
import { readImage, type ImageRoot } from './images.js'
import { sanitizeFeedHtml } from './sanitize.js'
import type { FindingPlace, PageMeta, PlacedFinding, PreviewArticle, PreviewReport } from './types.js'

export interface CollectOptions {
  /** Folder paths are shown relative to. Default: `process.cwd()`. */
  cwd?: string
  /** "Now" in epoch ms, as for `dateline check`. */
  now?: number
  /** Site mode: a config file instead of the one in the root. */
  configFile?: string
  /** File mode: the site's URL (sitemap host; the URL prefix images are mapped from). */
  siteUrl?: string
  onProgress?: ProgressCallback
}

const FEED_PREFERENCE: readonly DocumentKind[] = ['rss', 'atom', 'json-feed']
const FEED_KINDS = new Set<DocumentKind>(FEED_PREFERENCE)
const SITEMAP_KINDS = new Set<DocumentKind>(['sitemap', 'news-sitemap'])

/** An output file of a feed or sitemap, with its entries. */
interface LocatedFile {
  file: string
  kind: DocumentKind
  entries: LocatedEntry[]
}

/** Preview the site in `root` (like `dateline check` without PATHs). */
export async function collectSite(root: string, options: CollectOptions = {}): Promise<PreviewReport> {
  const cwd = options.cwd ?? process.cwd()
  const result = await checkSite(root, { cwd, ...(options.now !== undefined ? { now: options.now } : {}), ...(options.configFile ? { configFile: options.configFile } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) })
  return previewOfSiteCheck(result, cwd)
}

/** The report for a site check already run (`dateline check --format html` passes its own, rule-filtered findings). */
export function previewOfSiteCheck(result: SiteCheckResult, cwd: string): PreviewReport {
  const { site, outputs } = result
  const { config } = site
  const shownOutput = (name: string) => displayPath(path.resolve(config.out, name), cwd)
  const text = (name: string) => {
    const bytes = outputs.get(name)
    return bytes ? Buffer.from(bytes).toString('utf8') : undefined
  }
  const roots: ImageRoot[] = [{ urlPrefix: config.site.url, folder: path.join(config.root, PUBLIC_FOLDER) }]
  const located: LocatedFile[] = []
  for (const name of [...outputs.keys()].sort()) {
    if (name.endsWith('.gz')) continue
    const kind = detectKind(text(name)!, name)
    if (FEED_KINDS.has(kind) || SITEMAP_KINDS.has(kind)) located.push({ file: shownOutput(name), kind, entries: locateEntries(text(name)!, kind) })
  }
  const articles = site.articles.map((article): Omit<PreviewArticle, 'findings'> & { places: Map<string, FindingPlace> } => {
    const page = config.pages ? pageFile(article) : undefined
    const head = headFile(article)
    const meta = extractPageMeta((page && text(page)) ?? text(head) ?? '')
    meta.jsonLd = [JSON.parse(text(jsonLdFile(article)) ?? 'null')].filter(Boolean)
    const source = displayPath(path.resolve(config.root, article.file), cwd)
    const places = new Map<string, FindingPlace>([
      [source, 'source'],
      [shownOutput(head), 'head'],
      [shownOutput(jsonLdFile(article)), 'jsonld'],
      ...(page ? ([[shownOutput(page), 'page']] as const) : []),
    ])
    return { page: '', url: article.url, file: source, files: [...places.keys()], lang: article.lang, meta, places, ...withImagesAndFeed(article.url, meta, roots, located, cwd) }
  })
  return assemble(articles, result, located, { siteName: config.site.name, siteUrl: config.site.url, source: path.relative(cwd, config.root).split(path.sep).join('/') || '.' })
}

/** Preview built files: HTML pages (with their feeds and sitemaps when given too). */
export async function collectFiles(paths: readonly string[], options: CollectOptions = {}): Promise<PreviewReport> {
  const cwd = options.cwd ?? process.cwd()
  const result = await checkFiles(paths, { cwd, ...(options.now !== undefined ? { now: options.now } : {}), ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) })
  return previewOfFileCheck(result, paths, { cwd, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) })
}

/** The report for a check of built files already run. */
export function previewOfFileCheck(result: CheckResult, paths: readonly string[], options: { cwd: string; siteUrl?: string }): PreviewReport {
  const { cwd } = options
  // Files only: pages checked over the network (check with URLs) are not read again.
  const read = (file: string) => {
    try {
      return readFileSync(path.resolve(cwd, file), 'utf8')
    } catch {
      return ''
    }
  }
  const pages: { file: string; meta: PageMeta }[] = []
  const located: LocatedFile[] = []
  for (const { file, kind } of result.files) {
    if (file.endsWith('.gz')) continue
    if (kind === 'html') {
      const meta = extractPageMeta(read(file))
      if (isArticlePage(meta)) pages.push({ file, meta })
    } else if (FEED_KINDS.has(kind) || SITEMAP_KINDS.has(kind)) {
      located.push({ file, kind, entries: locateEntries(read(file), kind) })
    }
  }
  const folders = paths.map((p) => path.resolve(cwd, p)).filter((p) => isFolder(p))
  const siteUrl = options.siteUrl ?? originOf(pages[0]?.meta)
  const roots: ImageRoot[] = siteUrl ? folders.map((folder) => ({ urlPrefix: siteUrl, folder })) : []
  // One article per URL: a whole page over a head fragment (dateline's `_dateline/*.head.html`), whose findings join it.
  const byUrl = new Map<string, { file: string; meta: PageMeta; files: string[] }>()
  for (const { file, meta } of pages) {
    const url = meta.canonical ?? meta.og['og:url'] ?? file
    const seen = byUrl.get(url)
    if (!seen) byUrl.set(url, { file, meta, files: [file] })
    else if (seen.file.endsWith('.head.html') && !file.endsWith('.head.html')) byUrl.set(url, { file, meta, files: [file, ...seen.files] })
    else seen.files.push(file)
  }
  const articles = [...byUrl].map(([url, { file, meta, files }]) => {
    return { page: '', url, file, files, ...(meta.lang ? { lang: meta.lang } : {}), meta, places: new Map<string, FindingPlace>(files.map((f) => [f, 'head'])), ...withImagesAndFeed(url, meta, roots, located, cwd) }
  })
  const siteName = pages.find((p) => p.meta.og['og:site_name'])?.meta.og['og:site_name'] ?? (siteUrl ? new URL(siteUrl).host : paths.join(' '))
  return assemble(articles, result, located, { siteName, ...(siteUrl ? { siteUrl } : {}), source: paths.join(' ') })
}

function withImagesAndFeed(url: string, meta: PageMeta, roots: ImageRoot[], located: LocatedFile[], cwd: string): Pick<PreviewArticle, 'image' | 'feedItem'> {
  const imageUrl = meta.og['og:image'] ?? meta.twitter['twitter:image']
  const number = (key: string) => (meta.og[key] && Number.isFinite(Number(meta.og[key])) ? Number(meta.og[key]) : undefined)
  const width = number('og:image:width')
  const height = number('og:image:height')
  const declared = width !== undefined || height !== undefined ? { ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) } : undefined
  const read = imageUrl ? readImage(imageUrl, roots, declared) : undefined
  const image = read?.file ? { ...read, file: displayPath(read.file, cwd) } : read
  let feedItem: PreviewArticle['feedItem']
  // The item of the feed most readers subscribe to: site-wide before section feeds, RSS before Atom before JSON Feed.
  const preference = (file: LocatedFile) => file.file.split('/').length * 10 + FEED_PREFERENCE.indexOf(file.kind)
  for (const file of [...located].sort((a, b) => preference(a) - preference(b))) {
    if (!FEED_KINDS.has(file.kind)) continue
    const entry = file.entries.find((e) => e.url === url && e.item)
    if (!entry?.item) continue
    const { rawHtml, ...item } = entry.item
    feedItem = { ...item, feed: file.file, html: sanitizeFeedHtml(rawHtml, (src) => readImage(src, roots).dataUri) }
    break
  }
  return { ...(image ? { image } : {}), ...(feedItem ? { feedItem } : {}) }
}

/** Place every finding on its article (by file, or by the feed item or sitemap entry its line is in), page names, sorted. */
function assemble(
  articles: (Omit<PreviewArticle, 'findings'> & { places: Map<string, FindingPlace> })[],
  result: CheckResult,
  located: LocatedFile[],
  site: Pick<PreviewReport, 'siteName' | 'siteUrl' | 'source'>,
): PreviewReport {
  const byFile = new Map<string, { article: number; place: FindingPlace }>()
  articles.forEach((article, index) => article.places.forEach((place, file) => byFile.set(file, { article: index, place })))
  const byUrl = new Map(articles.map((article, index) => [article.url, index]))
  const entriesByFile = new Map(located.map((file) => [file.file, file]))
  const findings: PlacedFinding[][] = articles.map(() => [])
  const siteFindings: Diagnostic[] = []
  for (const d of result.diagnostics) {
    const direct = byFile.get(d.file)
    if (direct) {
      findings[direct.article]!.push({ ...d, place: direct.place })
      continue
    }
    // Site mode reports an author's registry entry once for all its outputs: shown on each article it is about.
    const viaOutputs = [...new Set((d.outputs ?? []).map((output) => byFile.get(output)).filter((at) => at !== undefined))]
    if (viaOutputs.length) {
      for (const at of new Map(viaOutputs.map((at) => [at.article, at])).values()) findings[at.article]!.push({ ...d, place: at.place })
      continue
    }
    const file = entriesByFile.get(d.file)
    const entry = file?.entries.find((e) => d.line >= e.line && d.line <= e.endLine)
    const index = entry ? byUrl.get(entry.url) : undefined
    if (file && index !== undefined) findings[index]!.push({ ...d, place: FEED_KINDS.has(file.kind) ? 'feed' : 'sitemap' })
    else siteFindings.push(d)
  }
  const used = new Set<string>()
  const report: PreviewArticle[] = articles.map(({ places: _places, ...article }, index) => ({ ...article, page: pageName(article.url, used), findings: findings[index]! }))
  return { ...site, articles: report, siteFindings, rules: ALL_RULES }
}

/** A file name for an article's report page from its URL's last segment: letters, digits and dashes kept (any script), unique. */
export function pageName(url: string, used: Set<string>): string {
  let last = ''
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '')
  } catch {
    last = url
  }
  const base = last.replace(/\.html?$/i, '').normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'article'
  let name = `${base}.html`
  for (let n = 2; used.has(name.toLowerCase()) || name === 'index.html'; n++) name = `${base}-${n}.html`
  used.add(name.toLowerCase())
  return name
}

function isArticlePage(meta: PageMeta): boolean {
  if (meta.og['og:type'] === 'article' || meta.og['article:published_time']) return true
  return JSON.stringify(meta.jsonLd).match(/"@type":\s*"(News|Analysis|Opinion|Reportage|Background|Review|AskPublic)?(NewsArticle|Article|BlogPosting)"/) !== null
}

function originOf(meta: PageMeta | undefined): string | undefined {
  const url = meta?.canonical ?? meta?.og['og:url']
  try {
    return url ? `${new URL(url).origin}/` : undefined
  } catch {
    return undefined
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}
