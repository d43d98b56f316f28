/**
 * The plain sitemap writer: streams `<url>` entries into `sitemap.xml`, and
 * when the entries outgrow one file (`maxUrls` URLs or `maxBytes` UTF-8 bytes,
 * whichever comes first) turns `sitemap.xml` into a sitemap index of
 * `sitemap-1.xml`, `sitemap-2.xml`, ….
 *
 * Whether the output splits is known only once the limit is hit, so the first
 * file is written under the final name and renamed to `sitemap-1.xml` at that
 * moment (with gzip it is also compressed into `sitemap-1.xml.gz` as it is
 * written, and the unused copy removed at the end). Nothing is buffered beyond
 * one 64 KiB chunk and one small record per child: memory stays flat however
 * many URLs flow through.
 */
import { gzipSinkFile, type SinkFile, type SitemapSink } from '../sink.js'
import { sitemapChildName, sitemapFileUrl } from '../../plan/layout.js'
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '../../plan/layout.js'
import { type PlannedSitemap, sitemapLimit, startsNewSitemapFile } from '../../plan/sitemaps.js'
import type { EntrySource, SitemapEntry } from '../../plan/sitemap-types.js'
import { indexEntryXml, SITEMAPINDEX_CLOSE, SITEMAPINDEX_OPEN, URLSET_CLOSE, URLSET_OPEN, urlXml } from './xml.js'

export { sitemapChildName, sitemapFileUrl } from '../../plan/layout.js'

/** Chunk size handed to the sink: big enough for fast I/O, small enough to keep memory flat. */
const FLUSH_AT = 64 * 1024

export interface WriteSitemapOptions {
  /** Absolute URL the sink's folder is served from (usually the site URL, ending with `/`); child locs in the index resolve against it. */
  baseUrl: string
  /** Name of the sitemap in the sink. Default `sitemap.xml`; children are `sitemap-1.xml`, … next to it. */
  file?: string
  /** URLs per file before splitting. Default and maximum 50,000. */
  maxUrls?: number
  /** Uncompressed bytes per file before splitting. Default and maximum 52,428,800 (50 MiB); lower only to test splitting. */
  maxBytes?: number
  /** Write the children of an index as `.xml.gz`. The index itself (and an unsplit sitemap) stays plain. Default false. */
  gzip?: boolean
}

/** One file written. */
export interface SitemapFileInfo {
  /** Name in the sink. */
  file: string
  /** Absolute URL. */
  url: string
  /** `<url>` (or, for the index, `<sitemap>`) elements. */
  urls: number
  /** Uncompressed UTF-8 bytes. */
  bytes: number
  /** The newest lastmod among its entries, when any entry has one. */
  lastmod?: string
}

export interface SitemapWriteResult {
  /** `urlset`: one sitemap; `sitemapindex`: `file` is an index of `children`. */
  kind: 'urlset' | 'sitemapindex'
  /** The file to submit (robots.txt, Search Console): the sitemap or the index. */
  file: SitemapFileInfo
  /** The sitemaps the index lists; empty for a single sitemap. */
  children: SitemapFileInfo[]
  /** URLs written over all files. */
  urls: number
}

/** Writes the text of one file to one or more sink files, counting bytes and tracking the newest lastmod. */
class ChunkedFile {
  urls = 0
  bytes = 0
  private pending = ''
  private newestEpoch = Number.NEGATIVE_INFINITY
  newest: string | undefined

  constructor(
    readonly name: string,
    private readonly targets: SinkFile[],
    header: string,
  ) {
    this.pending = header
    this.bytes = Buffer.byteLength(header)
  }

  async add(xml: string, bytes: number, lastmod: string | undefined): Promise<void> {
    this.urls++
    this.bytes += bytes
    if (lastmod !== undefined) {
      const epoch = Date.parse(lastmod)
      if (epoch > this.newestEpoch) {
        this.newestEpoch = epoch
        this.newest = lastmod
      }
    }
    this.pending += xml
    if (this.pending.length >= FLUSH_AT) await this.flush()
  }

  private async flush(): Promise<void> {
    const chunk = this.pending
    this.pending = ''
    for (const target of this.targets) await target.write(chunk)
  }

  abort(): void {
    for (const target of this.targets) target.abort()
  }

  async finish(footer: string): Promise<void> {
    this.pending += footer
    this.bytes += Buffer.byteLength(footer)
    await this.flush()
    for (const target of this.targets) await target.close()
  }
}

/**
 * Stream `entries` into `options.file` (default `sitemap.xml`) in `sink`:
 * one urlset, or an index plus children when a limit is reached. Entries may
 * be any iterable or async iterable; each is validated as it is written (a
 * bad loc or lastmod throws, naming the URL).
 */
export async function writeSitemap(entries: EntrySource<SitemapEntry>, sink: SitemapSink, options: WriteSitemapOptions): Promise<SitemapWriteResult> {
  const file = options.file ?? 'sitemap.xml'
  const maxUrls = sitemapLimit(options.maxUrls, SITEMAP_MAX_URLS, 'sitemap maxUrls')
  const maxBytes = sitemapLimit(options.maxBytes, SITEMAP_MAX_BYTES, 'sitemap maxBytes')
  const gzip = options.gzip ?? false
  const closeBytes = Buffer.byteLength(URLSET_CLOSE)
  const info = (part: ChunkedFile, name: string): SitemapFileInfo => ({
    file: name,
    url: sitemapFileUrl(options.baseUrl, name),
    urls: part.urls,
    bytes: part.bytes,
    ...(part.newest === undefined ? {} : { lastmod: part.newest }),
  })

  // The first file goes to the final name; with gzip, also to its compressed child name.
  const firstTargets = [await sink.open(file)]
  if (gzip) firstTargets.push(gzipSinkFile(await sink.open(sitemapChildName(file, 1, true))))
  let current = new ChunkedFile(file, firstTargets, URLSET_OPEN)
  const children: SitemapFileInfo[] = []
  let urls = 0

  try {
    for await (const entry of entries) {
      const xml = urlXml(entry)
      const bytes = Buffer.byteLength(xml)
      if (startsNewSitemapFile(current.urls, current.bytes, bytes, closeBytes, { maxUrls, maxBytes })) {
        if (current.urls === 0) {
          throw new RangeError(`The sitemap entry for ${entry.loc} alone is ${bytes} bytes, over the ${maxBytes}-byte limit of a sitemap file`)
        }
        if (children.length + 1 >= SITEMAP_MAX_URLS) {
          throw new RangeError(`More than ${SITEMAP_MAX_URLS.toLocaleString('en-US')} sitemap files would be needed; a sitemap index cannot list more`)
        }
        await current.finish(URLSET_CLOSE)
        const n = children.length + 1
        if (n === 1) {
          // The first split: the file under the final name was child 1 all along.
          if (gzip) await sink.remove(file)
          else await sink.rename(file, sitemapChildName(file, 1))
        }
        children.push(info(current, sitemapChildName(file, n, gzip)))
        const name = sitemapChildName(file, n + 1, gzip)
        const target = await sink.open(name)
        current = new ChunkedFile(name, [gzip ? gzipSinkFile(target) : target], URLSET_OPEN)
      }
      await current.add(xml, bytes, entry.lastmod)
      urls++
    }
    await current.finish(URLSET_CLOSE)
  } catch (error) {
    // A bad entry or a failing source: release the open files; the caller discards the partial output.
    current.abort()
    throw error
  }

  if (children.length === 0) {
    if (gzip) await sink.remove(sitemapChildName(file, 1, true))
    return { kind: 'urlset', file: info(current, file), children: [], urls }
  }
  children.push(info(current, current.name))
  return { kind: 'sitemapindex', file: await writeSitemapIndex(children, sink, { ...options, file }), children, urls }
}

export interface WriteSitemapIndexOptions {
  /** Name of the index in the sink. Default `sitemap.xml`. */
  file?: string
  /** Absolute URL the sink's folder is served from. */
  baseUrl: string
}

/** Write a sitemap index listing `sitemaps` (absolute `url`, optional `lastmod`). */
export async function writeSitemapIndex(
  sitemaps: Iterable<Pick<SitemapFileInfo, 'url' | 'lastmod'>>,
  sink: SitemapSink,
  options: WriteSitemapIndexOptions,
): Promise<SitemapFileInfo> {
  const file = options.file ?? 'sitemap.xml'
  const index = new ChunkedFile(file, [await sink.open(file)], SITEMAPINDEX_OPEN)
  for (const sitemap of sitemaps) {
    if (index.urls === SITEMAP_MAX_URLS) throw new RangeError(`A sitemap index lists at most ${SITEMAP_MAX_URLS.toLocaleString('en-US')} sitemaps`)
    const xml = indexEntryXml(sitemap.url, sitemap.lastmod)
    await index.add(xml, Buffer.byteLength(xml), sitemap.lastmod)
  }
  await index.finish(SITEMAPINDEX_CLOSE)
  return {
    file,
    url: sitemapFileUrl(options.baseUrl, file),
    urls: index.urls,
    bytes: index.bytes,
    ...(index.newest === undefined ? {} : { lastmod: index.newest }),
  }
}

/** Write one planned urlset (the single sitemap or one child of an index), streamed in chunks. */
export async function writePlannedSitemap(planned: PlannedSitemap, sink: SitemapSink): Promise<SitemapFileInfo> {
  const target = await sink.open(planned.path)
  const part = new ChunkedFile(planned.path, [planned.gzip ? gzipSinkFile(target) : target], URLSET_OPEN)
  try {
    for (const entry of planned.entries) {
      const xml = urlXml(entry)
      await part.add(xml, Buffer.byteLength(xml), entry.lastmod)
    }
    await part.finish(URLSET_CLOSE)
  } catch (error) {
    part.abort()
    throw error
  }
  return { file: planned.path, url: planned.url, urls: part.urls, bytes: part.bytes, ...(part.newest === undefined ? {} : { lastmod: part.newest }) }
}
