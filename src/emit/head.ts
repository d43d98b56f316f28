/**
 * The `<head>` fragment of an article page: title, description, canonical link,
 * feed links, Open Graph, article:* and Twitter card tags, and the JSON-LD
 * script. One tag per line in a fixed order; every value escaped, so untrusted
 * text cannot leave its attribute or the script element.
 */
import type { Graph } from 'schema-dts'
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import { safeUrl } from '../model/urls.js'
import { escapeHtmlAttribute, escapeHtmlText, htmlSafe } from '../util/html-escape.js'
import type { AlternateLink } from './feeds/files.js'
import { articleJsonLd } from './jsonld.js'
import { serializeJsonLdForScript } from './script-json.js'

/** Which parts of the fragment to write (all by default), and what to write them from. */
export interface HeadOptions {
  /** `<link rel="alternate">` tags, in this order (the site's feeds). */
  alternates?: readonly AlternateLink[]
  /** The article's graph when the caller already built it with `articleJsonLd` (it is built otherwise). */
  graph?: Graph
  /** `<title>`; `false` when the layout writes its own. Default true. */
  title?: boolean
  /** `og:*` and `article:*` tags. Default true. */
  openGraph?: boolean
  /** `twitter:*` tags. Default true. */
  twitter?: boolean
  /** The JSON-LD `<script>`. Default true. */
  jsonLd?: boolean
}

/**
 * Open Graph locale (`language_TERRITORY`) from a BCP 47 tag: the tag's region,
 * or the likely region of its language (`id` -> `id_ID`, `en` -> `en_US`), or
 * the language alone when there is none (`eo`).
 */
export function ogLocale(lang: string): string {
  let locale = ogLocales.get(lang)
  if (locale === undefined) {
    locale = computeOgLocale(lang)
    ogLocales.set(lang, locale)
  }
  return locale
}

// Intl.Locale#maximize is slow enough to matter once per article; sites use a handful of languages.
const ogLocales = new Map<string, string>()

function computeOgLocale(lang: string): string {
  try {
    const locale = new Intl.Locale(lang)
    const region = locale.region ?? locale.maximize().region
    return region && /^[A-Z]{2}$/.test(region) ? `${locale.language}_${region}` : locale.language
  } catch {
    // Not a well-formed tag: the language subtag as written.
    return lang.split(/[-_]/)[0] ?? lang
  }
}

export function meta(kind: 'name' | 'property', key: string, content: string | number | undefined): string | undefined {
  if (content === undefined) return undefined
  const value = String(content)
  if (htmlSafe(value) === '') return undefined
  return `<meta ${kind}="${key}" content="${escapeHtmlAttribute(value)}">`
}

/** `<link rel="alternate">` tags, one per feed, attribute values escaped. */
export function alternateLinks(alternates: readonly AlternateLink[]): string[] {
  return alternates.map((alternate) => link({ rel: 'alternate', type: alternate.type, title: alternate.title, href: safeUrl(alternate.href) }))
}

export function link(attributes: Record<string, string>): string {
  const pairs = Object.entries(attributes).map(([key, value]) => `${key}="${escapeHtmlAttribute(value)}"`)
  return `<link ${pairs.join(' ')}>`
}

/**
 * The `<head>` fragment for `article`, one tag per line, ending with a newline:
 * `<title>` (headline | site name, as Jekyll's seo-tag writes it), meta
 * description, robots `noindex` for noindex articles, canonical link, feed
 * alternates, Open Graph (`og:*`, `article:*`), Twitter card, and the JSON-LD
 * script. The Twitter card is `summary_large_image` when the article has an
 * image, `summary` otherwise. Times are the same ISO strings as in the JSON-LD;
 * `article:modified_time` falls back to the publication time, as `dateModified` does.
 */
export function renderHead(article: Article, config: ResolvedConfig, options: HeadOptions = {}): string {
  const { site } = config
  const image = article.images[0]
  const title = htmlSafe(article.title)
  const authors = [...new Map(article.authors.map((author) => [author.id, author])).values()]
  const openGraph = [
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:locale', ogLocale(article.lang)),
    meta('property', 'og:title', article.title),
    meta('property', 'og:description', article.description),
    meta('property', 'og:url', safeUrl(article.canonical)),
    meta('property', 'og:image', image && safeUrl(image.url)),
    meta('property', 'og:image:width', image?.width),
    meta('property', 'og:image:height', image?.height),
    meta('property', 'og:image:alt', image?.alt),
    meta('property', 'article:published_time', article.datePublished.iso),
    meta('property', 'article:modified_time', (article.dateModified ?? article.datePublished).iso),
    ...authors.map((author) => meta('property', 'article:author', author.url ? safeUrl(author.url) : author.name)),
    meta('property', 'article:section', article.section),
    ...article.tags.map((tag) => meta('property', 'article:tag', tag)),
  ]
  const twitter = [
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', article.title),
    meta('name', 'twitter:description', article.description),
    meta('name', 'twitter:image', image && safeUrl(image.url)),
    meta('name', 'twitter:image:alt', image?.alt),
  ]
  const lines: (string | undefined)[] = [
    options.title === false || title === '' ? undefined : `<title>${escapeHtmlText(title)} | ${escapeHtmlText(site.name)}</title>`,
    meta('name', 'description', article.description),
    article.noindex ? meta('name', 'robots', 'noindex') : undefined,
    link({ rel: 'canonical', href: safeUrl(article.canonical) }),
    ...alternateLinks(options.alternates ?? []),
    ...(options.openGraph === false ? [] : openGraph),
    ...(options.twitter === false ? [] : twitter),
    options.jsonLd === false ? undefined : `<script type="application/ld+json">${serializeJsonLdForScript(options.graph ?? articleJsonLd(article, config))}</script>`,
  ]
  return `${lines.filter((line) => line !== undefined).join('\n')}\n`
}
