/** Sitemaps: plain, index and Google News writers, article → entry mapping, robots.txt. */
export type { ChangeFrequency, EntrySource, NewsSitemapEntry, SitemapEntry } from '../../plan/sitemap-types.js'
export { gzipSinkFile, type SinkFile, type SitemapSink } from '../sink.js'
export {
  writeSitemap,
  writeSitemapIndex,
  sitemapChildName,
  sitemapFileUrl,
  type WriteSitemapOptions,
  type WriteSitemapIndexOptions,
  type SitemapFileInfo,
  type SitemapWriteResult,
} from './write-sitemap.js'
export { writeNewsSitemap, type WriteNewsSitemapOptions, type NewsSitemapWriteResult } from './write-news-sitemap.js'
export {
  articleSitemapEntries,
  newsSitemapEntries,
  newsLanguage,
  isSitemapArticle,
  type ArticleSitemapOptions,
  type NewsSitemapOptions,
} from '../../plan/sitemap-entries.js'
export { NEWS_SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '../../plan/layout.js'
export { inNewsWindow, newsWindowPlace, NEWS_WINDOW_HOURS, type NewsWindowPlace } from '../../plan/news-window.js'
export { robotsTxt, siteRobotsTxt, siteSitemapUrls } from './robots.js'
export { writeSiteSitemaps, type SiteSitemapsOptions, type SiteSitemapsResult } from './site.js'
export { urlXml, newsUrlXml, isSitemapDate } from './xml.js'
