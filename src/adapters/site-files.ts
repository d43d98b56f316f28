/**
 * What the framework adapters share, with no file access (a Next.js bundle
 * imports it): collecting the articles a framework hands over, and the feeds
 * and sitemaps of the output plan rendered in memory, each with its path and
 * media type.
 */
import { FEED_MEDIA_TYPES } from '../plan/feeds.js'
import { planFeeds } from '../plan/feeds.js'
import { planSitemaps } from '../plan/sitemaps.js'
import { renderFeed } from '../emit/feeds/files.js'
import { NEWS_URLSET_OPEN, SITEMAP_MEASURE, URLSET_CLOSE, URLSET_OPEN, newsUrlXml, urlXml } from '../emit/sitemaps/xml.js'
import { duplicateUrls } from '../load/duplicates.js'
import type { NormalizeResult } from '../load/article.js'
import type { ResolvedConfig } from '../model/config.js'
import { zonedFromEpoch } from '../model/dates.js'
import type { Article } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import type { SitemapEntry } from '../plan/sitemap-types.js'

/** A file an adapter serves: a feed or a sitemap. */
export interface SiteFile {
  /** Path under the site root, `/`-separated, no leading slash (`feed.xml`, `ekonomi/feed.xml`). */
  path: string
  mediaType: string
  content: string
}

/** Which files `siteFiles` renders. */
export interface SiteFilesOptions {
  /** "Now" in epoch ms: the news window, and the date of an empty feed. */
  now: number
  /** RSS, Atom and JSON Feed as `config.feeds` says. Default true. */
  feeds?: boolean
  /** The Google News sitemap, as `config.newsSitemap` says. Default true. */
  newsSitemap?: boolean
  /** A plain sitemap of the articles (`config.sitemap.file`). Default false: frameworks have their own. */
  sitemap?: boolean
}

/** The site's articles from normalize results: the published ones, newest first, and every finding (duplicates included). */
export function collectArticles(results: Iterable<NormalizeResult>): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = []
  const diagnostics: Diagnostic[] = []
  for (const result of results) {
    diagnostics.push(...result.diagnostics)
    if (result.status === 'published' && result.article) articles.push(result.article)
  }
  diagnostics.push(...duplicateUrls(articles))
  articles.sort((a, b) => b.datePublished.epochMs - a.datePublished.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return { articles, diagnostics }
}

/** The feeds and sitemaps of a site from its output plan, rendered (the bytes `dateline build` writes for them). */
export function siteFiles(config: ResolvedConfig, articles: readonly Article[], options: SiteFilesOptions): SiteFile[] {
  const now = zonedFromEpoch(options.now, config.site.timezone)
  const files: SiteFile[] = []
  if (options.feeds !== false) {
    for (const feed of planFeeds(config, articles, { now })) {
      files.push({ path: feed.path, mediaType: FEED_MEDIA_TYPES[feed.format], content: renderFeed(feed, config, { now }) })
    }
  }
  for (const planned of planSitemaps(articles, config, { now, measure: SITEMAP_MEASURE })) {
    if (planned.kind === 'news-sitemap' && options.newsSitemap !== false) {
      files.push({ path: planned.path, mediaType: 'application/xml', content: `${NEWS_URLSET_OPEN}${planned.entries.map(newsUrlXml).join('')}${URLSET_CLOSE}` })
    } else if (planned.kind === 'sitemap-index' && options.sitemap) {
      throw new RangeError(`the sitemap needs ${planned.children.length} files; an adapter serves one: use dateline build for a sitemap index`)
    } else if (planned.kind === 'sitemap' && options.sitemap && !planned.gzip) {
      files.push({ path: planned.path, mediaType: 'application/xml', content: sitemapXml(planned.entries) })
    }
  }
  return files
}

/** A plain sitemap (one urlset) of `entries`, as `dateline build` writes it. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return `${URLSET_OPEN}${entries.map(urlXml).join('')}${URLSET_CLOSE}`
}
