/**
 * dateline articles → sitemap entries. Pure: the same articles, config and
 * "now" give the same entries, in the same order.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article, ZonedDateTime } from '../model/types.js'
import type { NewsSitemapEntry, SitemapEntry } from './sitemap-types.js'
import { inNewsWindow, NEWS_WINDOW_HOURS } from './news-window.js'
import { NEWS_SITEMAP_MAX_URLS } from './layout.js'

function sameUrl(a: string, b: string): boolean {
  if (a === b) return true
  try {
    return new URL(a).href === new URL(b).href
  } catch {
    return false
  }
}

/** Whether an article belongs in this site's sitemaps: built, indexable, and its own canonical page. */
export function isSitemapArticle(article: Article): boolean {
  return !article.draft && !article.noindex && sameUrl(article.canonical, article.url)
}

function epochOf(now: ZonedDateTime | number): number {
  return typeof now === 'number' ? now : now.epochMs
}

function byPublished(a: Article, b: Article): number {
  return a.datePublished.epochMs - b.datePublished.epochMs || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
}

export interface ArticleSitemapOptions {
  /** Leave out articles published after this instant (scheduled). The build already hides them; pass it when calling from elsewhere. */
  now?: ZonedDateTime | number
}

/**
 * Entries of `sitemap.xml`: every published, indexable article whose canonical
 * URL is its own (noindex, drafts and canonical-elsewhere left out), oldest
 * first so that the early children of a split sitemap stay the same as new
 * articles arrive; plus the index page (`site.url`) first when `pages` is on,
 * its lastmod the newest article's. lastmod = dateModified, else datePublished.
 * `changefreq` and `priority` only when configured.
 */
export function articleSitemapEntries(articles: Iterable<Article>, config: ResolvedConfig, options: ArticleSitemapOptions = {}): SitemapEntry[] {
  const now = options.now === undefined ? undefined : epochOf(options.now)
  const listed = [...articles].filter((article) => isSitemapArticle(article) && (now === undefined || article.datePublished.epochMs <= now)).sort(byPublished)
  const extras = config.sitemap ? config.sitemap : undefined
  const optional = {
    ...(extras?.changefreq === undefined ? {} : { changefreq: extras.changefreq }),
    ...(extras?.priority === undefined ? {} : { priority: extras.priority }),
  }
  const entries: SitemapEntry[] = []
  let newest: ZonedDateTime | undefined
  for (const article of listed) {
    const lastmod = article.dateModified ?? article.datePublished
    if (!newest || lastmod.epochMs > newest.epochMs) newest = lastmod
    entries.push({
      loc: article.url,
      lastmod: lastmod.iso,
      ...(article.images.length ? { images: article.images.map((image) => ({ loc: image.url })) } : {}),
      ...optional,
    })
  }
  if (config.pages) entries.unshift({ loc: config.site.url, ...(newest ? { lastmod: newest.iso } : {}), ...optional })
  return entries
}

export interface NewsSitemapOptions {
  /** Hours before "now" an article stays in (inclusive). Default `config.newsSitemap.windowHours`, else 48. */
  windowHours?: number
  /** Default `config.newsSitemap.maxUrls`, else 1,000 (Google's maximum). */
  maxUrls?: number
}

/**
 * Entries of the Google News sitemap: articles published within `windowHours`
 * before `now` (`inNewsWindow`: an article exactly `windowHours` old is in; one
 * dated after `now` is out), newest first, at most `maxUrls`.
 */
export function newsSitemapEntries(
  articles: Iterable<Article>,
  config: ResolvedConfig,
  now: ZonedDateTime | number,
  options: NewsSitemapOptions = {},
): NewsSitemapEntry[] {
  const settings = config.newsSitemap || undefined
  const windowHours = options.windowHours ?? settings?.windowHours ?? NEWS_WINDOW_HOURS
  const maxUrls = Math.min(options.maxUrls ?? settings?.maxUrls ?? NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_MAX_URLS)
  if (!(windowHours > 0)) throw new RangeError(`newsSitemap.windowHours must be a positive number of hours, got ${windowHours}`)
  const nowMs = epochOf(now)
  const fallbackLanguage = newsLanguage(config.site.language) ?? 'und'
  return [...articles]
    .filter((article) => isSitemapArticle(article) && inNewsWindow(article.datePublished.epochMs, nowMs, windowHours))
    .sort((a, b) => byPublished(b, a))
    .slice(0, maxUrls)
    .map((article) => ({
      loc: article.url,
      publicationName: config.site.name,
      language: newsLanguage(article.lang) ?? fallbackLanguage,
      publicationDate: article.datePublished.iso,
      title: article.title,
    }))
}

const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo'])

/**
 * The `news:language` Google asks for, from a BCP 47 tag: the ISO 639 primary
 * language in lower case (`pt-BR` → `pt`, legacy `in` → `id`), except Chinese:
 * `zh-tw` for Traditional (zh-Hant, zh-TW, zh-HK, zh-MO), `zh-cn` for the rest
 * (zh-Hans, zh-CN, zh-SG, plain zh). Undefined when the tag has no ISO 639 code.
 */
export function newsLanguage(tag: string): string | undefined {
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? ''
  } catch {
    return undefined
  }
  const subtags = canonical.toLowerCase().split('-')
  const primary = subtags[0] ?? ''
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und') return undefined
  if (primary !== 'zh') return primary
  const script = subtags.find((subtag) => subtag.length === 4)
  if (script === 'hant') return 'zh-tw'
  if (script === 'hans') return 'zh-cn'
  return subtags.some((subtag) => TRADITIONAL_CHINESE_REGIONS.has(subtag)) ? 'zh-tw' : 'zh-cn'
}
