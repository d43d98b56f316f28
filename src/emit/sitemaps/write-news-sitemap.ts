/**
 * The Google News sitemap writer: one urlset of at most 1,000 `news:news`
 * entries (Google's cap per file), streamed like the plain sitemap. Choosing
 * which articles belong (the 48-hour window, newest first) is the caller's
 * job; `newsSitemapEntries` does it for dateline articles.
 */
import type { SitemapSink } from '../sink.js'
import { NEWS_SITEMAP_MAX_URLS } from '../../plan/layout.js'
import type { EntrySource, NewsSitemapEntry } from '../../plan/sitemap-types.js'
import { NEWS_URLSET_OPEN, newsUrlXml, URLSET_CLOSE } from './xml.js'
import { sitemapFileUrl, type SitemapFileInfo } from './write-sitemap.js'


export interface WriteNewsSitemapOptions {
  /** Absolute URL the sink's folder is served from (usually the site URL). */
  baseUrl: string
  /** Name in the sink. Default `news-sitemap.xml`. */
  file?: string
  /** Entries written at most; the rest are left out (pass them newest first). Default and maximum 1,000. */
  maxUrls?: number
}

export interface NewsSitemapWriteResult {
  file: SitemapFileInfo
  /** True when `entries` had more than `maxUrls` entries and the rest were left out. */
  truncated: boolean
}

/**
 * Write `entries` (newest first) as a Google News sitemap. No entries give an
 * empty urlset, which Google accepts (an "Empty Sitemap" notice) although the
 * sitemaps.org XSD asks for at least one `<url>`.
 */
export async function writeNewsSitemap(
  entries: EntrySource<NewsSitemapEntry>,
  sink: SitemapSink,
  options: WriteNewsSitemapOptions,
): Promise<NewsSitemapWriteResult> {
  const file = options.file ?? 'news-sitemap.xml'
  const maxUrls = options.maxUrls ?? NEWS_SITEMAP_MAX_URLS
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > NEWS_SITEMAP_MAX_URLS) {
    throw new RangeError(`news sitemap maxUrls must be a whole number from 1 to ${NEWS_SITEMAP_MAX_URLS.toLocaleString('en-US')}, got ${maxUrls}`)
  }
  // At most 1,000 entries of a few hundred bytes: one string is the simplest stream.
  let xml = NEWS_URLSET_OPEN
  let urls = 0
  let newestEpoch = Number.NEGATIVE_INFINITY
  let newest: string | undefined
  let truncated = false
  for await (const entry of entries) {
    if (urls === maxUrls) {
      truncated = true
      break
    }
    xml += newsUrlXml(entry)
    urls++
    const epoch = Date.parse(entry.publicationDate)
    if (epoch > newestEpoch) {
      newestEpoch = epoch
      newest = entry.publicationDate
    }
  }
  xml += URLSET_CLOSE
  const target = await sink.open(file)
  await target.write(xml)
  await target.close()
  return {
    file: {
      file,
      url: sitemapFileUrl(options.baseUrl, file),
      urls,
      bytes: Buffer.byteLength(xml),
      ...(newest === undefined ? {} : { lastmod: newest }),
    },
    truncated,
  }
}
