/** Google's and sitemaps.org's limits: URLs per file, bytes per file, images per URL, news entries per sitemap; and the empty sitemap. */
import { NEWS_WINDOW_HOURS } from '../../../plan/news-window.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { GOOGLE_BUILD, GOOGLE_IMAGE, GOOGLE_NEWS } from './sources.js'

/** Google's and sitemaps.org's limits. */
export const SITEMAP_LIMITS = {
  urls: 50_000,
  bytes: 52_428_800,
  newsUrls: 1_000,
  imagesPerUrl: 1_000,
  urlLength: 2_048,
  newsWindowMs: NEWS_WINDOW_HOURS * 3_600_000,
} as const

/** Raised by `countEntry` (limits.ts). */
export const sitemapTooManyUrls = defineRule({
  id: 'sitemap/too-many-urls',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'A sitemap holds at most 50,000 URLs, an index at most 50,000 sitemaps.',
  docs: {
    why: 'Google and sitemaps.org reject larger files; the XSD counts nothing.',
    fix: 'Split the URLs over several sitemaps and list them in a sitemap index.',
  },
})

/** Raised by `gunzipForCheck` (../gunzip.ts); `tooLarge` (../read-file.ts); `checkFileSize` (limits.ts). */
export const sitemapTooLarge = defineRule({
  id: 'sitemap/too-large',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'A sitemap or index may be at most 50 MB (52,428,800 bytes) uncompressed.',
  docs: {
    why: 'Google and sitemaps.org reject larger files; long hreflang lists reach the size limit before the URL limit.',
    fix: 'Split the file by size as well as by count, and list the parts in a sitemap index.',
  },
})

/** Raised by `checkNotEmpty` (limits.ts). */
export const sitemapEmpty = defineRule({
  id: 'sitemap/empty',
  severity: 'info',
  helpUrl: GOOGLE_NEWS,
  description: 'The sitemap lists no URLs: the XSD requires at least one, Google accepts an empty news sitemap.',
  docs: {
    why: 'An empty news sitemap is normal between news cycles; an empty plain sitemap usually means a broken build.',
    fix: 'Nothing to do for a news sitemap; otherwise check what generated it.',
  },
})

/** Raised by `checkImageCount` (limits.ts). */
export const sitemapTooManyImages = defineRule({
  id: 'sitemap/too-many-images',
  severity: 'error',
  helpUrl: GOOGLE_IMAGE,
  description: 'A `<url>` holds at most 1,000 `image:image` entries.',
  docs: {
    why: 'Google ignores images beyond the limit; the XSD counts nothing.',
    fix: 'List the page\'s most important images only.',
  },
})

/** Raised by `countNews` (limits.ts). */
export const newsTooManyUrls = defineRule({
  id: 'news/too-many-urls',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'A news sitemap holds at most 1,000 `news:news` entries.',
  docs: {
    why: 'Google reads no more than 1,000 news URLs per sitemap.',
    fix: 'Split the news URLs over several sitemaps listed in an index, and keep only the last two days.',
  },
})

/** How many entries one sitemap has had so far. */
export interface SitemapCounts {
  /** `<url>` (or index `<sitemap>`) entries. */
  entries: number
  /** `<news:news>` entries. */
  news: number
}

/** Count `entry`, reporting the first one over the limit. */
export function countEntry(findings: Findings, counts: SitemapCounts, entry: XmlElement): void {
  counts.entries++
  if (counts.entries === SITEMAP_LIMITS.urls + 1) {
    findings.add(sitemapTooManyUrls, entry, `more than ${SITEMAP_LIMITS.urls.toLocaleString('en-US')} ${entry.local === 'url' ? 'URLs' : 'sitemaps'} in one file (this is the ${(SITEMAP_LIMITS.urls + 1).toLocaleString('en-US')}th); split it and list the parts in a sitemap index`)
  }
}

/** Count a `<news:news>`, reporting the first one over the limit. */
export function countNews(findings: Findings, counts: SitemapCounts, news: XmlElement): void {
  counts.news++
  if (counts.news === SITEMAP_LIMITS.newsUrls + 1) {
    findings.add(newsTooManyUrls, news, `more than ${SITEMAP_LIMITS.newsUrls.toLocaleString('en-US')} <news:news> entries in one sitemap; split them over several sitemaps`)
  }
}

/** Report a `<url>` with more `<image:image>` than Google reads (at the first one too many). */
export function checkImageCount(findings: Findings, images: readonly XmlElement[]): void {
  if (images.length > SITEMAP_LIMITS.imagesPerUrl) {
    findings.add(sitemapTooManyImages, images[SITEMAP_LIMITS.imagesPerUrl]!, `a <url> holds at most ${SITEMAP_LIMITS.imagesPerUrl.toLocaleString('en-US')} <image:image>; this one has ${images.length}`)
  }
}

/** Report a file over 50 MB uncompressed. */
export function checkFileSize(findings: Findings, bytes: number): void {
  if (bytes > SITEMAP_LIMITS.bytes) {
    findings.add(sitemapTooLarge, undefined, `the file is ${bytes.toLocaleString('en-US')} bytes uncompressed; the limit is ${SITEMAP_LIMITS.bytes.toLocaleString('en-US')} (50 MB): split it and list the parts in a sitemap index`)
  }
}

/** Note a sitemap (root `root`, a urlset or an index) that lists nothing. */
export function checkNotEmpty(findings: Findings, root: XmlElement, rootKind: 'urlset' | 'sitemapindex', counts: SitemapCounts): void {
  if (counts.entries === 0) {
    findings.add(sitemapEmpty, root, rootKind === 'urlset' ? '<urlset> lists no <url>: fine for a news sitemap between news cycles, otherwise check what generated it' : '<sitemapindex> lists no <sitemap>')
  }
}
