/**
 * Everything sitemap-related a dateline build writes, in one call: the
 * sitemap (or index + children), the Google News sitemap and robots.txt, each
 * as configured, into any sink (the staging folder, or memory for `check`).
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, ZonedDateTime } from '../../model/types.js'
import { articleSitemapEntries, newsSitemapEntries } from '../../plan/sitemap-entries.js'
import { siteRobotsTxt } from './robots.js'
import type { SitemapSink } from '../../write/sink.js'
import { writeNewsSitemap, type NewsSitemapWriteResult } from './write-news-sitemap.js'
import { writeSitemap, type SitemapWriteResult } from './write-sitemap.js'

export interface SiteSitemapsOptions {
  /** The build's "now": decides the news window and hides scheduled articles. */
  now: ZonedDateTime | number
  /** Split threshold in bytes; only for tests. */
  maxBytes?: number
}

export interface SiteSitemapsResult {
  sitemap?: SitemapWriteResult
  news?: NewsSitemapWriteResult
  /** Names of every file written, in the order written. */
  files: string[]
}

/** Write the site's sitemap, news sitemap and robots.txt (each when configured) into `sink`. */
export async function writeSiteSitemaps(
  articles: readonly Article[],
  config: ResolvedConfig,
  sink: SitemapSink,
  options: SiteSitemapsOptions,
): Promise<SiteSitemapsResult> {
  const result: SiteSitemapsResult = { files: [] }
  if (config.sitemap) {
    result.sitemap = await writeSitemap(articleSitemapEntries(articles, config, { now: options.now }), sink, {
      baseUrl: config.site.url,
      file: config.sitemap.file,
      maxUrls: config.sitemap.maxUrls,
      gzip: config.sitemap.gzip,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    })
    result.files.push(...result.sitemap.children.map((child) => child.file), result.sitemap.file.file)
  }
  if (config.newsSitemap) {
    result.news = await writeNewsSitemap(newsSitemapEntries(articles, config, options.now), sink, {
      baseUrl: config.site.url,
      file: config.newsSitemap.file,
      maxUrls: config.newsSitemap.maxUrls,
    })
    result.files.push(result.news.file.file)
  }
  if (config.robots) {
    const robots = await sink.open('robots.txt')
    await robots.write(siteRobotsTxt(config))
    await robots.close()
    result.files.push('robots.txt')
  }
  return result
}
