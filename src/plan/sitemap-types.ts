/**
 * The entries the sitemap writers take. They are plain data, so any build
 * (not only dateline's articles) can stream its own URLs through the writers.
 */

/** `changefreq` values of the sitemaps.org protocol. Google ignores them. */
export type ChangeFrequency = 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never'

/** One `<url>` of a plain sitemap. */
export interface SitemapEntry {
  /** Absolute http(s) URL; percent-encoded once (raw IRIs are encoded by the writer), not XML-escaped. */
  readonly loc: string
  /** W3C datetime with seconds and offset (`2023-10-11T09:30:00+07:00`), or a date (`2023-10-11`). */
  readonly lastmod?: string
  /** Images on the page (`image:image`); at most 1,000 (Google's limit). */
  readonly images?: readonly { readonly loc: string }[]
  /** Written only when set; Google ignores it. */
  readonly changefreq?: ChangeFrequency
  /** 0.0–1.0. Written only when set; Google ignores it. */
  readonly priority?: number
}

/** One `<url>` of a Google News sitemap. */
export interface NewsSitemapEntry {
  /** Absolute http(s) URL of the article; percent-encoded once, not XML-escaped. */
  readonly loc: string
  /** `news:publication/news:name`: the publication's name as on news.google.com. */
  readonly publicationName: string
  /** `news:publication/news:language`: ISO 639 (two or three lower-case letters), or `zh-cn` / `zh-tw`. */
  readonly language: string
  /** `news:publication_date`: the original publication time, W3C datetime with seconds and offset. */
  readonly publicationDate: string
  /** `news:title`: the headline as shown on the page. */
  readonly title: string
}

/** Entries as a plain or async iterable: an array, a generator, a database cursor, a stream. */
export type EntrySource<T> = Iterable<T> | AsyncIterable<T>
