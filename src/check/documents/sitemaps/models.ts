/**
 * The sitemap XSDs' content models as data: which children each element
 * takes, in which order, how often. Written from the sitemaps.org 0.9 and
 * Google extension schemas (not copied: Google's are All Rights Reserved).
 */
import { IMAGE_NS, NEWS_NS, SITEMAP_NS, VIDEO_NS, XHTML_NS } from '../../../util/namespaces.js'

/** One element of a sequence; `min`/`max` as XSD minOccurs/maxOccurs. */
export interface Particle {
  uri: string
  local: string
  min: number
  max: number
}

/** A sequence; `extensions` = XSD `any namespace="##other"` after the listed particles. */
export interface ContentModel {
  sequence: Particle[]
  extensions: boolean
}

const one = (uri: string, local: string): Particle => ({ uri, local, min: 1, max: 1 })
const optional = (uri: string, local: string): Particle => ({ uri, local, min: 0, max: 1 })
const many = (uri: string, local: string, max = Infinity): Particle => ({ uri, local, min: 0, max })

/** Extension elements a `<url>` (or the root, before its entries) may hold: the global elements of the known XSDs. */
export const EXTENSION_ELEMENTS: readonly { uri: string; local: string }[] = [
  { uri: NEWS_NS, local: 'news' },
  { uri: IMAGE_NS, local: 'image' },
  { uri: VIDEO_NS, local: 'video' },
  { uri: XHTML_NS, local: 'link' },
]

/** Models keyed by `uri local`. */
export const CONTENT_MODELS: ReadonlyMap<string, ContentModel> = new Map([
  [`${SITEMAP_NS} url`, {
    sequence: [one(SITEMAP_NS, 'loc'), optional(SITEMAP_NS, 'lastmod'), optional(SITEMAP_NS, 'changefreq'), optional(SITEMAP_NS, 'priority')],
    extensions: true,
  }],
  [`${SITEMAP_NS} sitemap`, { sequence: [one(SITEMAP_NS, 'loc'), optional(SITEMAP_NS, 'lastmod')], extensions: true }],
  [`${NEWS_NS} news`, {
    sequence: [
      one(NEWS_NS, 'publication'), optional(NEWS_NS, 'access'), optional(NEWS_NS, 'genres'), one(NEWS_NS, 'publication_date'),
      one(NEWS_NS, 'title'), optional(NEWS_NS, 'keywords'), optional(NEWS_NS, 'stock_tickers'),
    ],
    extensions: false,
  }],
  [`${NEWS_NS} publication`, { sequence: [one(NEWS_NS, 'name'), one(NEWS_NS, 'language')], extensions: false }],
  [`${IMAGE_NS} image`, {
    sequence: [one(IMAGE_NS, 'loc'), optional(IMAGE_NS, 'caption'), optional(IMAGE_NS, 'geo_location'), optional(IMAGE_NS, 'title'), optional(IMAGE_NS, 'license')],
    extensions: false,
  }],
  [`${VIDEO_NS} video`, {
    sequence: [
      one(VIDEO_NS, 'thumbnail_loc'), one(VIDEO_NS, 'title'), one(VIDEO_NS, 'description'), optional(VIDEO_NS, 'content_loc'),
      optional(VIDEO_NS, 'player_loc'), optional(VIDEO_NS, 'duration'), optional(VIDEO_NS, 'expiration_date'), optional(VIDEO_NS, 'rating'),
      many(VIDEO_NS, 'content_segment_loc'), optional(VIDEO_NS, 'view_count'), optional(VIDEO_NS, 'publication_date'), many(VIDEO_NS, 'tag', 32),
      optional(VIDEO_NS, 'category'), optional(VIDEO_NS, 'family_friendly'), optional(VIDEO_NS, 'restriction'), optional(VIDEO_NS, 'gallery_loc'),
      many(VIDEO_NS, 'price'), optional(VIDEO_NS, 'requires_subscription'), optional(VIDEO_NS, 'uploader'), optional(VIDEO_NS, 'tvshow'),
      optional(VIDEO_NS, 'platform'), optional(VIDEO_NS, 'live'), many(VIDEO_NS, 'id'),
    ],
    extensions: true,
  }],
])

/** Elements Google no longer uses (Search Central "spring cleaning", 2022; news tags gone from its docs). */
export const DEPRECATED_ELEMENTS: ReadonlyMap<string, string> = new Map([
  [`${IMAGE_NS} caption`, 'Google has ignored image:caption since 2022'],
  [`${IMAGE_NS} title`, 'Google has ignored image:title since 2022'],
  [`${IMAGE_NS} license`, 'Google has ignored image:license since 2022'],
  [`${IMAGE_NS} geo_location`, 'Google has ignored image:geo_location since 2022'],
  [`${NEWS_NS} keywords`, 'news:keywords is no longer in Google\'s news sitemap documentation'],
  [`${NEWS_NS} genres`, 'news:genres is no longer in Google\'s news sitemap documentation'],
  [`${NEWS_NS} stock_tickers`, 'news:stock_tickers is no longer in Google\'s news sitemap documentation'],
  [`${NEWS_NS} access`, 'news:access is no longer in Google\'s news sitemap documentation'],
  [`${VIDEO_NS} category`, 'Google has ignored video:category since 2022'],
  [`${VIDEO_NS} gallery_loc`, 'Google has ignored video:gallery_loc since 2022'],
  [`${VIDEO_NS} price`, 'Google has ignored video:price since 2022'],
  [`${VIDEO_NS} tvshow`, 'Google has ignored video:tvshow since 2022'],
])

/** Prefix people use for a namespace, for messages. */
export function prefixOf(uri: string): string {
  switch (uri) {
    case NEWS_NS: return 'news:'
    case IMAGE_NS: return 'image:'
    case VIDEO_NS: return 'video:'
    case XHTML_NS: return 'xhtml:'
    default: return ''
  }
}

/** An element as people write it, for messages: `<news:title>`, `<loc>`. */
export function display(element: { uri: string; local: string; name?: string }): string {
  return `<${element.name ?? prefixOf(element.uri) + element.local}>`
}
