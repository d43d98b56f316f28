/**
 * `dateline check https://…`: fetch pages, feeds and sitemaps and check them
 * with the same rules as files, plus what only a server can get wrong
 * (status, Content-Type, redirects, Last-Modified). With `crawl`, a sitemap
 * index leads to its sitemaps, a sitemap to its pages, a page to the feeds it
 * advertises — on the hosts of the URLs given, as robots.txt allows, at most
 * `maxPages` documents, `concurrency` at a time.
 *
 * Deterministic for a given server: the crawl goes level by level and keeps
 * each level's discoveries in document order, whatever order answers arrive in.
 */
import type { Diagnostic } from '../../../util/diagnostic.js'
import type { DocumentKind } from '../detect.js'
import { finding } from '../findings.js'
import { checkUnknownKind } from '../input-rules.js'
import type { CheckOptions } from '../options.js'
import { selectFindings } from '../rule-selection.js'
import type { RuleMeta } from '../../../util/rule.js'
import { readForCheck } from '../read.js'
import { checkDocumentAs, sortDiagnostics, type CheckedFile, type CheckResult } from '../run.js'
import { fetchDocument, type FetchLimits } from './fetch.js'
import { advertisedFeeds, resolve, sitemapLinks } from './links.js'
import { RobotsCache } from './robots.js'
import type { Position } from '../../../model/types.js'
import { httpContentType, httpFetchFailed, httpLastmodAfterLastModified, httpMaxPages, httpRedirect, httpRobotsDisallowed, httpSitemapUrlStatus, httpStatus, httpTooLarge } from './rules.js'

export interface CheckUrlsOptions extends CheckOptions {
  /** Follow sitemap indexes, sitemaps and advertised feeds. Default false: only the URLs given. */
  crawl?: boolean
  /** Documents fetched at most (the URLs given included). Default 500. */
  maxPages?: number
  /** Requests in flight at once. Default 4. */
  concurrency?: number
  /** Milliseconds per document, redirects and body included. Default 15,000. */
  timeoutMs?: number
  /** Bytes read per response at most. Default 50 MB (the sitemap limit). */
  maxBytes?: number
  /** User-Agent header; robots.txt is matched for the product token "dateline". */
  userAgent?: string
}

export const LIVE_DEFAULTS = { maxPages: 500, concurrency: 4, timeoutMs: 15_000, maxBytes: 50 * 1024 * 1024 } as const

/** Where a crawled URL was found: the document and the position of the link. */
interface Referrer {
  file: string
  at: Position
  /** Found in a sitemap's `<url>` (status and lastmod facts apply). */
  sitemapPage: boolean
  lastmod?: { text: string; at: Position }
}

interface Task {
  url: string
  via?: Referrer
}

interface TaskResult {
  /** How the URL was served (status, redirects, robots), reported where it is listed. */
  diagnostics: Diagnostic[]
  /** The document fetched, its findings and what it links to (none when nothing was checked). */
  document?: { file: CheckedFile; diagnostics: Diagnostic[]; next: Task[] }
}

/** Check documents on the web. Never throws for what a server does; every problem is a finding. */
export async function checkUrls(urls: readonly string[], options: CheckUrlsOptions = {}): Promise<CheckResult> {
  const maxPages = options.maxPages ?? LIVE_DEFAULTS.maxPages
  const limits: FetchLimits = {
    timeoutMs: options.timeoutMs ?? LIVE_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? LIVE_DEFAULTS.maxBytes,
    maxRedirects: 10,
    userAgent: options.userAgent ?? 'dateline (+https://www.npmjs.com/package/dateline-kit)',
  }
  const robots = new RobotsCache(limits)
  const hosts = new Set(urls.map((url) => new URL(url).host))
  const seen = new Set<string>()
  const diagnostics: Diagnostic[] = []
  const files: CheckedFile[] = []
  const checked = new Set<string>()
  let queue: Task[] = []
  const enqueue = (task: Task) => {
    if (seen.has(task.url)) return
    seen.add(task.url)
    queue.push(task)
  }
  for (const url of urls) enqueue({ url: resolve(url, url) ?? url })
  // A crawl also starts from the sitemaps each site's robots.txt lists, as search engines' crawls do.
  if (options.crawl) {
    for (const origin of new Set(urls.flatMap((url) => (URL.canParse(url) ? [new URL(url).origin] : [])))) {
      for (const sitemap of await robots.sitemaps(origin)) {
        if (hosts.has(new URL(sitemap.url).host)) enqueue({ url: sitemap.url, via: { file: `${origin}/robots.txt`, at: { line: sitemap.line, column: 1 }, sitemapPage: false } })
      }
    }
  }

  let fetched = 0
  let notFetched = 0
  while (queue.length) {
    const level = queue
    queue = []
    const room = Math.max(0, maxPages - fetched)
    notFetched += Math.max(0, level.length - room)
    const batch = level.slice(0, room)
    fetched += batch.length
    const results = await mapLimited(batch, options.concurrency ?? LIVE_DEFAULTS.concurrency, (task) => checkTask(task, options, limits, robots))
    for (const result of results) {
      diagnostics.push(...result.diagnostics)
      const document = result.document
      // Two URLs can redirect to one document: it is checked (and followed) once.
      if (!document || checked.has(document.file.file)) continue
      checked.add(document.file.file)
      files.push(document.file)
      diagnostics.push(...document.diagnostics)
      if (options.crawl) for (const task of document.next) if (hosts.has(new URL(task.url).host)) enqueue(task)
    }
  }
  if (notFetched) {
    diagnostics.push(finding(urls[0]!, httpMaxPages, undefined, `stopped after ${maxPages} documents (--max-pages); ${notFetched} more URLs found were not fetched or checked`))
  }
  return { diagnostics: sortDiagnostics(selectFindings(diagnostics, { rules: options.rules ?? {} })), files }
}



/** Fetch and check one URL; what it links to comes back as tasks. */
async function checkTask(task: Task, options: CheckUrlsOptions, limits: FetchLimits, robots: RobotsCache): Promise<TaskResult> {
  const { url, via } = task
  // A finding about how a listed URL is served belongs where it is listed.
  const report = (rule: RuleMeta, message: string) => (via ? finding(via.file, rule, via.at, `${url}: ${message}`) : finding(url, rule, undefined, message))
  if (via && !(await robots.allows(url))) {
    return { diagnostics: [report(httpRobotsDisallowed, 'disallowed for dateline by robots.txt; not fetched')] }
  }
  const response = await fetchDocument(url, limits)
  const diagnostics = response.redirects.map((hop) => report(httpRedirect, `${hop.status} redirect from ${hop.from} to ${hop.to}`))
  if (!response.ok) return { diagnostics: [...diagnostics, report(httpFetchFailed, `cannot fetch: ${response.reason}`)] }
  const file = response.finalUrl
  if (response.status < 200 || response.status > 299) {
    const rule = via?.sitemapPage ? httpSitemapUrlStatus : httpStatus
    return { diagnostics: [...diagnostics, report(rule, `answers ${response.status}`)] }
  }
  if (!response.bytes) return { diagnostics: [...diagnostics, report(httpTooLarge, `more than ${limits.maxBytes.toLocaleString('en-US')} bytes; not read further`)] }
  const found: Diagnostic[] = []

  const gzipped = response.bytes[0] === 0x1f && response.bytes[1] === 0x8b
  const name = new URL(file).pathname.replace(/\.gz$/i, '')
  const read = readForCheck(response.bytes, file, { gzip: gzipped, name: name.endsWith('/') ? 'index.html' : name })
  if (!read.ok) return { diagnostics, document: { file: { file, kind: read.kind }, diagnostics: [read.finding], next: [] } }
  const { kind, text } = read
  if (kind === 'unknown') {
    // A sitemap may list PDFs and images: only what was asked for by name must be a known kind.
    if (via) return { diagnostics }
    return { diagnostics, document: { file: { file, kind }, diagnostics: [finding(file, checkUnknownKind, undefined, 'not checked: not an HTML page, JSON-LD, feed or sitemap')], next: [] } }
  }
  const typeProblem = contentTypeProblem(kind, response.contentType, gzipped)
  if (typeProblem) found.push(finding(file, httpContentType, undefined, typeProblem))
  if (via?.lastmod && response.lastModified) {
    const problem = lastmodProblem(via.lastmod.text, response.lastModified)
    if (problem) diagnostics.push(finding(via.file, httpLastmodAfterLastModified, via.lastmod.at, `${url}: ${problem}`))
  }
  found.push(...read.diagnostics, ...checkDocumentAs(kind, text, file, options, read.bytes))
  return { diagnostics, document: { file: { file, kind }, diagnostics: found, next: options.crawl ? linksOf(kind, text, file) : [] } }
}

function linksOf(kind: DocumentKind, text: string, file: string): Task[] {
  switch (kind) {
    case 'sitemap-index':
    case 'sitemap':
    case 'news-sitemap':
      return sitemapLinks(text).flatMap((link) => {
        const url = resolve(link.url, file)
        return url ? [{ url, via: { file, at: link.at, sitemapPage: kind !== 'sitemap-index', ...(link.lastmod ? { lastmod: link.lastmod } : {}) } }] : []
      })
    case 'html':
      return advertisedFeeds(text, file).map((url) => ({ url, via: { file, at: { line: 0, column: 0 }, sitemapPage: false } }))
    default:
      return []
  }
}

/** Media types each kind may be served as. */
const SERVED_AS: Record<Exclude<DocumentKind, 'unknown'>, readonly string[]> = {
  html: ['text/html', 'application/xhtml+xml'],
  jsonld: ['application/ld+json', 'application/json'],
  'json-feed': ['application/feed+json', 'application/json'],
  rss: ['application/rss+xml', 'application/rdf+xml', 'application/xml', 'text/xml'],
  atom: ['application/atom+xml', 'application/xml', 'text/xml'],
  sitemap: ['application/xml', 'text/xml'],
  'sitemap-index': ['application/xml', 'text/xml'],
  'news-sitemap': ['application/xml', 'text/xml'],
}
const GZIP_TYPES = ['application/gzip', 'application/x-gzip', 'application/octet-stream']

function contentTypeProblem(kind: Exclude<DocumentKind, 'unknown'>, header: string | undefined, gzipped: boolean): string | undefined {
  const expected = gzipped ? [...GZIP_TYPES, ...SERVED_AS[kind]] : SERVED_AS[kind]
  if (!header) return `served without a Content-Type; send ${expected[0]}`
  const type = header.split(';')[0]!.trim().toLowerCase()
  if (expected.includes(type)) return undefined
  return `the content is ${kindName(kind)} but is served as ${type}; send ${expected.join(' or ')}`
}

function kindName(kind: DocumentKind): string {
  return { html: 'HTML', jsonld: 'JSON-LD', 'json-feed': 'a JSON Feed', rss: 'an RSS feed', atom: 'an Atom feed', sitemap: 'a sitemap', 'sitemap-index': 'a sitemap index', 'news-sitemap': 'a news sitemap', unknown: 'unknown' }[kind]
}

/** A lastmod more than a minute after the page's Last-Modified claims a change the server does not show. */
export function lastmodProblem(lastmod: string, lastModified: string): string | undefined {
  const claimed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(lastmod) ? `${lastmod}T00:00:00Z` : lastmod)
  const served = Date.parse(lastModified)
  if (Number.isNaN(claimed) || Number.isNaN(served) || claimed <= served + 60_000) return undefined
  return `<lastmod> ${lastmod} is after the Last-Modified the server sends (${lastModified})`
}

/** `fn` over `items`, at most `limit` at a time; results in the order of `items`. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
