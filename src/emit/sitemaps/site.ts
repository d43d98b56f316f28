/**
 * Renders the sitemap files of a plan: each urlset (the sitemap or a child),
 * the index, the Google News sitemap and robots.txt, into any sink (the
 * staging folder, or memory for `check`).
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, ZonedDateTime } from '../../model/types.js'
import { planSitemaps, type PlannedSitemapFile } from '../../plan/sitemaps.js'
import type { SitemapSink } from '../sink.js'
import { robotsTxt } from './robots.js'
import { writeNewsSitemap, type NewsSitemapWriteResult } from './write-news-sitemap.js'
import { writePlannedSitemap, writeSitemapIndex, type SitemapFileInfo, type SitemapWriteResult } from './write-sitemap.js'
import { SITEMAP_MEASURE } from './xml.js'

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

/** What rendering one planned sitemap file wrote. */
export type SitemapFileResult =
  | { kind: 'sitemap' | 'sitemap-index'; info: SitemapFileInfo }
  | { kind: 'news-sitemap'; news: NewsSitemapWriteResult }
  | { kind: 'robots' }

/** Render one planned sitemap file into `sink`; `baseUrl` is the site URL the files are served under. */
export async function writePlannedSitemapFile(planned: PlannedSitemapFile, sink: SitemapSink, baseUrl: string): Promise<SitemapFileResult> {
  switch (planned.kind) {
    case 'sitemap':
      return { kind: 'sitemap', info: await writePlannedSitemap(planned, sink) }
    case 'sitemap-index':
      return { kind: 'sitemap-index', info: await writeSitemapIndex(planned.children, sink, { file: planned.path, baseUrl }) }
    case 'news-sitemap':
      return { kind: 'news-sitemap', news: await writeNewsSitemap(planned.entries, sink, { baseUrl, file: planned.path }) }
    case 'robots': {
      const robots = await sink.open(planned.path)
      await robots.write(robotsTxt(planned.sitemaps))
      await robots.close()
      return { kind: 'robots' }
    }
  }
}

/** Write the site's sitemap, news sitemap and robots.txt (each when configured) into `sink`. */
export async function writeSiteSitemaps(
  articles: readonly Article[],
  config: ResolvedConfig,
  sink: SitemapSink,
  options: SiteSitemapsOptions,
): Promise<SiteSitemapsResult> {
  const result: SiteSitemapsResult = { files: [] }
  const planned = planSitemaps(articles, config, { now: options.now, measure: SITEMAP_MEASURE, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) })
  const urlsets: SitemapFileInfo[] = []
  for (const file of planned) {
    const written = await writePlannedSitemapFile(file, sink, config.site.url)
    result.files.push(file.path)
    if (written.kind === 'sitemap') urlsets.push(written.info)
    else if (written.kind === 'sitemap-index') result.sitemap = { kind: 'sitemapindex', file: written.info, children: urlsets, urls: sum(urlsets) }
    else if (written.kind === 'news-sitemap') result.news = written.news
  }
  if (config.sitemap && !result.sitemap) result.sitemap = { kind: 'urlset', file: urlsets[0]!, children: [], urls: sum(urlsets) }
  return result
}

function sum(files: readonly SitemapFileInfo[]): number {
  return files.reduce((total, file) => total + file.urls, 0)
}
