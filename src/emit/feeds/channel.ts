/**
 * What the three feed writers share: the channel (one feed's identity and
 * links) and the per-article values every format derives the same way, so
 * RSS, Atom and JSON Feed never disagree about an item.
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, Author, ZonedDateTime } from '../../model/types.js'
import { resolveUrl, safeUrl } from '../../model/urls.js'
import { zonedWithOffset } from '../../model/dates.js'
import { articleHtml, type BodyCache } from '../html.js'
import { escapeXmlAttribute, escapeXmlText } from '../../util/xml.js'
import { contentDate } from '../../plan/articles.js'
import { feedText, feedUrl } from '../../plan/feeds.js'

export { contentDate } from '../../plan/articles.js'
export { FEED_MEDIA_TYPES, feedText, type FeedFormat } from '../../plan/feeds.js'

/** One feed: where it lives, what it stands for, and what it says about itself. */
export interface FeedChannel {
  /** Absolute URL the feed is served at: RSS/Atom `rel="self"`, Atom `id`, JSON `feed_url`. */
  url: string
  /** Absolute URL of the HTML page the feed stands for. */
  homeUrl: string
  title: string
  description: string
  /** BCP 47. */
  language: string
  /** Credited at feed level; Atom entries without authors inherit it. */
  publisher: { name: string; url: string }
  /** The site logo (absolute URL): RSS `<image>`, Atom `<logo>`/`<icon>`, JSON `icon`. */
  logo?: { url: string; width?: number; height?: number }
  /** WebSub hub URL (`rel="hub"`). */
  hub?: string
  /** Stylesheet URL for an `<?xml-stylesheet?>` instruction (RSS and Atom). */
  stylesheet?: string
  /**
   * The feed's date when it has no items (a feed's date is otherwise its
   * newest content date, never the clock). Default: 1970-01-01T00:00:00Z.
   */
  emptyUpdated?: ZonedDateTime
}

/** How much of each article a feed carries. */
export interface FeedRenderOptions {
  /**
   * `full`: the body as HTML (of a paywalled article only the part before
   * `<!-- paywall -->`); `summary`: the description only.
   */
  content: 'full' | 'summary'
  /** One build's article bodies, shared with the pages and the other feeds (see `BodyCache`). */
  cache?: BodyCache
}

/** A channel for the whole site (`section` unset) or for one section, from the resolved config. */
export function feedChannel(config: ResolvedConfig, fileName: string, section?: { name: string; slug: string }): FeedChannel {
  const site = config.site
  const feeds = config.feeds || undefined
  return {
    url: safeUrl(feedUrl(config, fileName, section)),
    homeUrl: safeUrl(site.url),
    title: section ? `${site.name} — ${section.name}` : site.name,
    description: section ? `${site.name}: ${section.name}` : (site.description ?? site.name),
    language: site.language,
    publisher: { name: site.publisher.name, url: safeUrl(site.url) },
    ...(site.logo ? { logo: { ...site.logo, url: safeUrl(site.logo.url) } } : {}),
    ...(feeds?.hub ? { hub: safeUrl(feeds.hub) } : {}),
    ...(feeds?.stylesheet ? { stylesheet: safeUrl(resolveUrl(feeds.stylesheet, site.url)) } : {}),
  }
}

/** Plain text as HTML text (RSS `description` is read as HTML by every reader). */
export function textAsHtml(text: string): string {
  // HTML text needs exactly XML's escapes for & < >.
  return escapeXmlText(feedText(text))
}

const EPOCH = zonedWithOffset(0, 0)

/** A feed's own date: the newest content date of its items (so rebuilding gives the same bytes). */
export function feedUpdated(articles: readonly Article[], channel: FeedChannel): ZonedDateTime {
  let newest: ZonedDateTime | undefined
  for (const article of articles) {
    const date = contentDate(article)
    if (!newest || date.epochMs > newest.epochMs) newest = date
  }
  return newest ?? channel.emptyUpdated ?? EPOCH
}

/** The item's body HTML for the feed, or `undefined` when the feed carries only the summary. */
export function itemContentHtml(article: Article, options: FeedRenderOptions): string | undefined {
  if (options.content === 'summary') return undefined
  // Feeds carry only the free part of a paywalled article (accessibleForFree: false):
  // the paid part never leaves the site, whatever the reader does with the feed.
  const html = articleHtml(article, { content: 'full', paywall: 'omit', ...(options.cache ? { cache: options.cache } : {}) })
  return html === '' ? undefined : html
}

/** Section first, then tags; cleaned, trimmed, without blanks or repeats (ignoring case: "Opini" and "opini" are one). */
export function itemCategories(article: Article): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of [article.section, ...article.tags]) {
    if (raw === undefined) continue
    const value = feedText(raw).trim()
    const key = value.toLowerCase()
    if (value === '' || seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

/** Authors with a name left after cleaning. */
export function itemAuthors(article: Article): Author[] {
  return article.authors.filter((author) => feedText(author.name).trim() !== '')
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  jxl: 'image/jxl',
  heic: 'image/heic',
}

/** The MIME type of an image URL from its file extension (`undefined` when unknown: no guessing `image/jpg`). */
export function imageMimeType(url: string): string | undefined {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return undefined
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase()
  return extension ? IMAGE_TYPES[extension] : undefined
}

/** `<?xml-stylesheet?>` for a stylesheet URL (`text/xsl` unless it is CSS). */
export function stylesheetInstruction(href: string): string {
  const type = /\.css(?:[?#]|$)/i.test(href) ? 'text/css' : 'text/xsl'
  // Pseudo-attributes take the predefined entities; `>` escaped so `?>` cannot end the instruction early.
  return `<?xml-stylesheet type="${type}" href="${escapeXmlAttribute(safeUrl(href))}"?>`
}
