/**
 * The sitemap files a site gets: one sitemap, or an index and its children
 * once the entries outgrow one file; the Google News sitemap; robots.txt.
 * How many bytes an entry takes is the renderer's to say, so the plan is
 * given a measure (`SitemapMeasure`) rather than guessing.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article, ZonedDateTime } from '../model/types.js'
import { NEWS_SITEMAP_MAX_URLS, ROBOTS_FILE, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS, sitemapChildName, sitemapFileUrl } from './layout.js'
import { articleSitemapEntries, isSitemapArticle, newsSitemapEntries } from './sitemap-entries.js'
import type { NewsSitemapEntry, SitemapEntry } from './sitemap-types.js'

/** UTF-8 bytes of a sitemap's parts, as the renderer writes them. */
export interface SitemapMeasure {
  /** The XML declaration and `<urlset …>` opening. */
  openBytes: number
  /** `</urlset>` and the final line end. */
  closeBytes: number
  /** One `<url>` element (throws on an entry that cannot be written, naming its URL). */
  entryBytes(entry: SitemapEntry): number
}

/** Limits of one sitemap file. */
export interface SitemapLimits {
  maxUrls: number
  maxBytes: number
}

/** Whether an entry of `entryBytes` must start a new file after one holding `urls` entries in `bytes` (opening included). */
export function startsNewSitemapFile(urls: number, bytes: number, entryBytes: number, closeBytes: number, limits: SitemapLimits): boolean {
  return urls === limits.maxUrls || bytes + entryBytes + closeBytes > limits.maxBytes
}

/** A whole-number limit from 1 to `max`; `max` when unset. */
export function sitemapLimit(value: number | undefined, max: number, name: string): number {
  if (value === undefined) return max
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${name} must be a whole number from 1 to ${max.toLocaleString('en-US')}, got ${value}`)
  }
  return value
}

/** A urlset file: the single sitemap, or one child of an index. */
export interface PlannedSitemap {
  kind: 'sitemap'
  path: string
  url: string
  /** Written gzip-compressed (children of an index with `sitemap.gzip`). */
  gzip: boolean
  entries: SitemapEntry[]
  /** The newest lastmod among its entries, as written (the index lists it). */
  lastmod?: string
  articles: Article[]
}

/** The sitemap index over `children`. */
export interface PlannedSitemapIndex {
  kind: 'sitemap-index'
  path: string
  url: string
  children: { url: string; lastmod?: string }[]
  articles: Article[]
}

export interface PlannedNewsSitemap {
  kind: 'news-sitemap'
  path: string
  url: string
  entries: NewsSitemapEntry[]
  articles: Article[]
}

export interface PlannedRobots {
  kind: 'robots'
  path: string
  url: string
  /** Absolute URLs of the sitemap (or index) and the news sitemap, announced in `Sitemap:` lines. */
  sitemaps: string[]
  articles: Article[]
}

export type PlannedSitemapFile = PlannedSitemap | PlannedSitemapIndex | PlannedNewsSitemap | PlannedRobots

/** Options for `splitSitemap`. */
export interface SplitSitemapOptions {
  /** Absolute URL the files are served under (the site URL). */
  baseUrl: string
  /** Name of the sitemap (or, once split, of the index). */
  file: string
  maxUrls?: number
  maxBytes?: number
  gzip?: boolean
}

/**
 * Split `entries` into files the way the renderer fills them: in order, a new
 * file whenever `maxUrls` or `maxBytes` would be passed. One file keeps the
 * sitemap's own name; more become `sitemap-1.xml`, … under an index.
 */
export function splitSitemap(
  entries: readonly SitemapEntry[],
  articleOf: (entry: SitemapEntry) => Article | undefined,
  measure: SitemapMeasure,
  options: SplitSitemapOptions,
): { files: PlannedSitemap[]; index?: PlannedSitemapIndex } {
  const limits = {
    maxUrls: sitemapLimit(options.maxUrls, SITEMAP_MAX_URLS, 'sitemap maxUrls'),
    maxBytes: sitemapLimit(options.maxBytes, SITEMAP_MAX_BYTES, 'sitemap maxBytes'),
  }
  const gzip = options.gzip ?? false
  const parts: { entries: SitemapEntry[]; bytes: number }[] = [{ entries: [], bytes: measure.openBytes }]
  for (const entry of entries) {
    const bytes = measure.entryBytes(entry)
    let current = parts[parts.length - 1]!
    if (startsNewSitemapFile(current.entries.length, current.bytes, bytes, measure.closeBytes, limits)) {
      if (current.entries.length === 0) {
        throw new RangeError(`The sitemap entry for ${entry.loc} alone is ${bytes} bytes, over the ${limits.maxBytes}-byte limit of a sitemap file`)
      }
      if (parts.length >= SITEMAP_MAX_URLS) {
        throw new RangeError(`More than ${SITEMAP_MAX_URLS.toLocaleString('en-US')} sitemap files would be needed; a sitemap index cannot list more`)
      }
      current = { entries: [], bytes: measure.openBytes }
      parts.push(current)
    }
    current.entries.push(entry)
    current.bytes += bytes
  }
  const planned = (path: string, part: { entries: SitemapEntry[] }, zipped: boolean): PlannedSitemap => {
    const lastmod = newestLastmod(part.entries)
    return {
      kind: 'sitemap',
      path,
      url: sitemapFileUrl(options.baseUrl, path),
      gzip: zipped,
      entries: part.entries,
      ...(lastmod === undefined ? {} : { lastmod }),
      articles: part.entries.map(articleOf).filter((article): article is Article => article !== undefined),
    }
  }
  if (parts.length === 1) return { files: [planned(options.file, parts[0]!, false)] }
  const files = parts.map((part, i) => planned(sitemapChildName(options.file, i + 1, gzip), part, gzip))
  const index: PlannedSitemapIndex = {
    kind: 'sitemap-index',
    path: options.file,
    url: sitemapFileUrl(options.baseUrl, options.file),
    children: files.map((file) => ({ url: file.url, ...(file.lastmod === undefined ? {} : { lastmod: file.lastmod }) })),
    articles: files.flatMap((file) => file.articles),
  }
  return { files, index }
}

/** The newest lastmod (by instant; the first of equals), as written. */
export function newestLastmod(entries: Iterable<{ lastmod?: string }>): string | undefined {
  let newest: string | undefined
  let newestEpoch = Number.NEGATIVE_INFINITY
  for (const entry of entries) {
    if (entry.lastmod === undefined) continue
    const epoch = Date.parse(entry.lastmod)
    if (epoch > newestEpoch) {
      newestEpoch = epoch
      newest = entry.lastmod
    }
  }
  return newest
}

/** Options for `planSitemaps`. */
export interface PlanSitemapsOptions {
  /** The build's "now": decides the news window and hides scheduled articles. */
  now: ZonedDateTime | number
  measure: SitemapMeasure
  /** Split threshold in bytes; only for tests. */
  maxBytes?: number
}

/**
 * The site's sitemap files in the order they are written: the sitemap's
 * children then its index (or the one sitemap), the news sitemap, robots.txt;
 * each when configured.
 */
export function planSitemaps(articles: readonly Article[], config: ResolvedConfig, options: PlanSitemapsOptions): PlannedSitemapFile[] {
  const planned: PlannedSitemapFile[] = []
  const baseUrl = config.site.url
  const byUrl = new Map<string, Article>()
  for (const article of articles) if (isSitemapArticle(article)) byUrl.set(article.url, article)
  if (config.sitemap) {
    const entries = articleSitemapEntries(articles, config, { now: options.now })
    const split = splitSitemap(entries, (entry) => byUrl.get(entry.loc), options.measure, {
      baseUrl,
      file: config.sitemap.file,
      maxUrls: config.sitemap.maxUrls,
      gzip: config.sitemap.gzip,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    })
    planned.push(...split.files)
    if (split.index) planned.push(split.index)
  }
  if (config.newsSitemap) {
    const maxUrls = sitemapLimit(config.newsSitemap.maxUrls, NEWS_SITEMAP_MAX_URLS, 'news sitemap maxUrls')
    const entries = newsSitemapEntries(articles, config, options.now, { maxUrls })
    planned.push({
      kind: 'news-sitemap',
      path: config.newsSitemap.file,
      url: sitemapFileUrl(baseUrl, config.newsSitemap.file),
      entries,
      articles: entries.map((entry) => byUrl.get(entry.loc)).filter((article): article is Article => article !== undefined),
    })
  }
  if (config.robots) {
    const sitemaps: string[] = []
    if (config.sitemap) sitemaps.push(sitemapFileUrl(baseUrl, config.sitemap.file))
    if (config.newsSitemap) sitemaps.push(sitemapFileUrl(baseUrl, config.newsSitemap.file))
    planned.push({ kind: 'robots', path: ROBOTS_FILE, url: sitemapFileUrl(baseUrl, ROBOTS_FILE), sitemaps, articles: [] })
  }
  return planned
}
