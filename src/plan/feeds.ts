/**
 * Which feeds a site has and which articles each lists, in which order: the
 * site feeds, and with `feeds.sections` one set per section. The loader already
 * drops drafts and scheduled articles; selection stays safe on other lists.
 */
import type { ResolvedConfig, ResolvedFeeds } from '../model/config.js'
import type { Article, ZonedDateTime } from '../model/types.js'
import { resolveUrl, slugify } from '../model/urls.js'
import { xmlSafe } from '../util/xml.js'
import { feedFile } from './layout.js'

/** Feed media types, as served and as advertised in `<link rel="alternate">`. */
export const FEED_MEDIA_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const

export type FeedFormat = keyof typeof FEED_MEDIA_TYPES

/** Options for `selectFeedArticles`. */
export interface SelectFeedOptions {
  /** "Now" of the build: articles published after it (scheduled) are left out. Default: none left out. */
  now?: ZonedDateTime | number
}

/** Newest first by publication date (ties by URL, for stable output), no drafts or scheduled articles, at most `limit`. */
export function selectFeedArticles(
  articles: readonly Article[],
  feeds: Pick<ResolvedFeeds, 'limit'>,
  options: SelectFeedOptions = {},
): Article[] {
  const now = typeof options.now === 'number' ? options.now : options.now?.epochMs
  return articles
    .filter((article) => !article.draft && (now === undefined || article.datePublished.epochMs <= now))
    .sort((a, b) => b.datePublished.epochMs - a.datePublished.epochMs || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .slice(0, Math.max(0, feeds.limit))
}

/**
 * Text as every feed carries it: without the characters XML cannot hold, and
 * with line ends normalized to `\n` (XML parsers turn `\r\n` and `\r` into
 * `\n` anyway; JSON Feed gets the same text so the formats agree).
 */
export function feedText(text: string): string {
  return xmlSafe(text).replace(/\r\n?/g, '\n')
}

/** A section with a feed of its own: the name shown and the folder its feeds live in. */
export interface FeedSectionName {
  name: string
  slug: string
}

/** A section and its articles (every published one, newest first). */
export interface FeedSection extends FeedSectionName {
  articles: Article[]
}

/** The section a section name stands for; undefined when it slugifies to nothing (no feed). */
export function sectionOf(name: string): FeedSectionName | undefined {
  const clean = feedText(name).trim()
  const slug = slugify(clean)
  return slug ? { name: clean, slug } : undefined
}

/**
 * Articles grouped by section slug (sections that slugify to nothing get no
 * feed). The name shown is the one on the newest article of the section.
 */
export function feedSections(articles: readonly Article[], options: SelectFeedOptions = {}): FeedSection[] {
  const ordered = selectFeedArticles(articles, { limit: Number.POSITIVE_INFINITY }, options)
  const sections = new Map<string, FeedSection>()
  for (const article of ordered) {
    if (article.section === undefined) continue
    const key = sectionOf(article.section)
    if (!key) continue
    let section = sections.get(key.slug)
    if (!section) {
      section = { ...key, articles: [] }
      sections.set(key.slug, section)
    }
    section.articles.push(article)
  }
  return [...sections.values()]
}

/** The formats the config turns on, with their file names, in RSS, Atom, JSON order. */
export function enabledFormats(feeds: ResolvedFeeds): [FeedFormat, string][] {
  const out: [FeedFormat, string][] = []
  for (const format of ['rss', 'atom', 'json'] as const) {
    const fileName = feeds[format]
    if (fileName) out.push([format, fileName])
  }
  return out
}

/** One feed file of the site. */
export interface PlannedFeed {
  kind: 'feed'
  /** Path under the output folder, `/`-separated, not percent-encoded (e.g. `ekonomi/feed.xml`). */
  path: string
  /** Absolute public URL (percent-encoded), the feed's self link. */
  url: string
  format: FeedFormat
  /** The configured file name (`feed.xml`), without the section folder. */
  fileName: string
  /** Set for a section feed. */
  section?: FeedSectionName
  /** The articles it lists, in order. */
  articles: Article[]
}

/** The public URL of a feed file. */
export function feedUrl(config: ResolvedConfig, fileName: string, section?: FeedSectionName): string {
  return resolveUrl(feedFile(fileName, section), config.site.url)
}

/** Every feed file of the site: the site feeds, then one set per section (newest section first). */
export function planFeeds(config: ResolvedConfig, articles: readonly Article[], options: SelectFeedOptions = {}): PlannedFeed[] {
  const feeds = config.feeds
  if (!feeds) return []
  const planned: PlannedFeed[] = []
  const add = (selected: Article[], section?: FeedSectionName) => {
    for (const [format, fileName] of enabledFormats(feeds)) {
      planned.push({
        kind: 'feed',
        path: feedFile(fileName, section),
        url: feedUrl(config, fileName, section),
        format,
        fileName,
        ...(section ? { section: { name: section.name, slug: section.slug } } : {}),
        articles: selected,
      })
    }
  }
  add(selectFeedArticles(articles, feeds, options))
  if (feeds.sections) {
    for (const section of feedSections(articles, options)) add(selectFeedArticles(section.articles, feeds, options), section)
  }
  return planned
}
