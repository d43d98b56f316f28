/**
 * The XML text of sitemaps, one `<url>` at a time, so the writers can count
 * bytes and stream. Every value is checked and escaped here; a loc is
 * percent-encoded once (idempotent) before it is XML-escaped.
 */
import { encodeUriComponentsOnce, safeUrl } from '../../model/urls.js'
import { escapeXmlText } from '../../util/xml.js'
import type { ChangeFrequency, NewsSitemapEntry, SitemapEntry } from '../../plan/sitemap-types.js'
import type { SitemapMeasure } from '../../plan/sitemaps.js'

import { IMAGE_NS, NEWS_NS, SITEMAP_NS } from '../../util/namespaces.js'

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** Start of a plain sitemap (the image namespace is always declared: whether an entry has images is known only later). */
export const URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}">\n`
/** Start of a Google News sitemap. */
export const NEWS_URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n`
export const URLSET_CLOSE = '</urlset>\n'
export const SITEMAPINDEX_OPEN = `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n`
export const SITEMAPINDEX_CLOSE = '</sitemapindex>\n'

/** Google's limit of `image:image` per `<url>`. */
export const MAX_IMAGES_PER_URL = 1000

const CHANGE_FREQUENCIES = new Set<ChangeFrequency>(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never'])
// A URI needing no work: RFC 3986 characters and well-formed escapes only.
const ENCODED_URI = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/
const HTTP_URL = /^https?:\/\/[^/?#\s]/i
// The XSD's tLastmod (xsd:date | xsd:dateTime), narrowed to what Google reads reliably:
// a date, or a date-time with seconds and an offset.
const W3C_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/
const W3C_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/
const NEWS_LANGUAGE = /^(?:zh-cn|zh-tw|[a-z]{2,3})$/

/** A loc as it goes into `<loc>`: absolute http(s), percent-encoded once, at most 2,048 characters, XML-escaped. */
export function locText(loc: string, what = 'loc'): string {
  if (typeof loc !== 'string' || !HTTP_URL.test(loc)) {
    throw new TypeError(`Sitemap ${what} must be an absolute http(s) URL, got ${JSON.stringify(loc)}`)
  }
  const encoded = safeUrl(ENCODED_URI.test(loc) ? loc : encodeUriComponentsOnce(loc))
  if (encoded.length > 2048) {
    throw new RangeError(`Sitemap ${what} is ${encoded.length} characters long; the protocol allows 2,048: ${encoded.slice(0, 80)}…`)
  }
  return escapeXmlText(encoded)
}

/** Whether `value` is a lastmod both the XSD and Google accept. */
export function isSitemapDate(value: string): boolean {
  return W3C_DATE_TIME.test(value) || W3C_DATE.test(value)
}

function dateText(value: string, what: string, loc: string): string {
  if (typeof value !== 'string' || !isSitemapDate(value)) {
    throw new TypeError(
      `Sitemap ${what} of ${loc} must be a W3C date (YYYY-MM-DD) or date-time with seconds and offset (YYYY-MM-DDThh:mm:ss+hh:mm), got ${JSON.stringify(value)}`,
    )
  }
  return value
}

/** One `<url>` of a plain sitemap, with its trailing newline. */
export function urlXml(entry: SitemapEntry): string {
  const loc = locText(entry.loc)
  let xml = `  <url>\n    <loc>${loc}</loc>\n`
  if (entry.lastmod !== undefined) xml += `    <lastmod>${dateText(entry.lastmod, 'lastmod', entry.loc)}</lastmod>\n`
  if (entry.changefreq !== undefined) {
    if (!CHANGE_FREQUENCIES.has(entry.changefreq)) {
      throw new TypeError(`Sitemap changefreq of ${entry.loc} must be one of ${[...CHANGE_FREQUENCIES].join(', ')}`)
    }
    xml += `    <changefreq>${entry.changefreq}</changefreq>\n`
  }
  if (entry.priority !== undefined) {
    if (typeof entry.priority !== 'number' || !(entry.priority >= 0 && entry.priority <= 1)) {
      throw new RangeError(`Sitemap priority of ${entry.loc} must be a number from 0.0 to 1.0`)
    }
    // Three decimals at most, and never an exponent (xsd:decimal has none).
    xml += `    <priority>${Math.round(entry.priority * 1000) / 1000}</priority>\n`
  }
  if (entry.images) {
    if (entry.images.length > MAX_IMAGES_PER_URL) {
      throw new RangeError(`${entry.loc} has ${entry.images.length} images; Google reads at most ${MAX_IMAGES_PER_URL} per URL`)
    }
    for (const image of entry.images) {
      xml += `    <image:image>\n      <image:loc>${locText(image.loc, 'image:loc')}</image:loc>\n    </image:image>\n`
    }
  }
  return `${xml}  </url>\n`
}

function requiredText(value: string, what: string, loc: string): string {
  const text = typeof value === 'string' ? escapeXmlText(value).trim() : ''
  if (text === '') throw new TypeError(`News sitemap ${what} of ${loc} must be a non-empty string`)
  return text
}

/** One `<url>` of a Google News sitemap, with its trailing newline. */
export function newsUrlXml(entry: NewsSitemapEntry): string {
  const loc = locText(entry.loc)
  if (typeof entry.language !== 'string' || !NEWS_LANGUAGE.test(entry.language)) {
    throw new TypeError(
      `News sitemap language of ${entry.loc} must be an ISO 639 code in lower case (or zh-cn / zh-tw), got ${JSON.stringify(entry.language)}`,
    )
  }
  const date = dateText(entry.publicationDate, 'publication_date', entry.loc)
  return (
    `  <url>\n    <loc>${loc}</loc>\n    <news:news>\n      <news:publication>\n` +
    `        <news:name>${requiredText(entry.publicationName, 'publication name', entry.loc)}</news:name>\n` +
    `        <news:language>${entry.language}</news:language>\n      </news:publication>\n` +
    `      <news:publication_date>${date}</news:publication_date>\n` +
    `      <news:title>${requiredText(entry.title, 'title', entry.loc)}</news:title>\n    </news:news>\n  </url>\n`
  )
}

/** One `<sitemap>` of a sitemap index, with its trailing newline. */
export function indexEntryXml(loc: string, lastmod: string | undefined): string {
  const lastmodXml = lastmod === undefined ? '' : `    <lastmod>${lastmod}</lastmod>\n`
  return `  <sitemap>\n    <loc>${locText(loc)}</loc>\n${lastmodXml}  </sitemap>\n`
}

/** How many bytes the sitemap writer gives each part: the plan splits sitemaps by it. */
export const SITEMAP_MEASURE: SitemapMeasure = {
  openBytes: Buffer.byteLength(URLSET_OPEN),
  closeBytes: Buffer.byteLength(URLSET_CLOSE),
  entryBytes: (entry) => Buffer.byteLength(urlXml(entry)),
}
