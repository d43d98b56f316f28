/**
 * The feed files a site gets (site-wide, and per section with
 * `feeds.sections: true`) and the `<link rel="alternate">` that advertise them.
 * Paths and URLs come from the same config, so a feed's self link always
 * matches where it is written.
 */
import type { ResolvedConfig, ResolvedFeeds } from '../../model/config.js'
import type { Article, ZonedDateTime } from '../../model/types.js'
import { slugify } from '../../model/urls.js'
import { renderAtom } from './atom.js'
import { type FeedChannel, type FeedFormat, FEED_MEDIA_TYPES, feedChannel, feedText } from './channel.js'
import { renderJsonFeed } from './json.js'
import { renderRss } from './rss.js'
import { selectFeedArticles } from '../../plan/feeds.js'

/** A feed to write. */
export interface FeedFile {
  /** Path under the output folder, `/`-separated, not percent-encoded (e.g. `ekonomi/feed.xml`). */
  path: string
  /** Absolute public URL (percent-encoded), the feed's self link. */
  url: string
  format: FeedFormat
  /** Media type to serve it with. */
  mediaType: string
  content: string
}

/** A `<link rel="alternate" type="…" title="…" href="…">` for a head fragment. */
export interface AlternateLink {
  href: string
  type: string
  title: string
}

/** Options for `feedFiles`. */
export interface FeedFilesOptions {
  /** "Now" of the build: scheduled articles are left out, and an empty feed is dated now. */
  now?: ZonedDateTime
}

const FORMAT_LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }
const RENDERERS = { rss: renderRss, atom: renderAtom, json: renderJsonFeed }

/** Every feed file of the site: the site feeds, then one set per section (newest section first). */
export function feedFiles(config: ResolvedConfig, articles: readonly Article[], options: FeedFilesOptions = {}): FeedFile[] {
  const feeds = config.feeds
  if (!feeds) return []
  const render = { content: feeds.content }
  const files: FeedFile[] = []
  const emit = (selected: Article[], section?: FeedSection) => {
    for (const [format, fileName] of enabledFormats(feeds)) {
      const channel: FeedChannel = { ...feedChannel(config, fileName, section), ...(options.now ? { emptyUpdated: options.now } : {}) }
      files.push({
        path: section ? `${section.slug}/${trimSlashes(fileName)}` : trimSlashes(fileName),
        url: channel.url,
        format,
        mediaType: FEED_MEDIA_TYPES[format],
        content: RENDERERS[format](selected, channel, render),
      })
    }
  }
  emit(selectFeedArticles(articles, feeds, options))
  if (feeds.sections) {
    for (const section of feedSections(articles, options)) emit(selectFeedArticles(section.articles, feeds, options), section)
  }
  return files
}

/**
 * The feeds to advertise on a page: the site's, and with `feeds.sections`
 * the article's section's. Without an article: the site's only.
 */
export function feedAlternates(config: ResolvedConfig, article?: Article): AlternateLink[] {
  const feeds = config.feeds
  if (!feeds) return []
  const links: AlternateLink[] = []
  const add = (section?: Omit<FeedSection, 'articles'>) => {
    for (const [format, fileName] of enabledFormats(feeds)) {
      const channel = feedChannel(config, fileName, section)
      links.push({ href: channel.url, type: FEED_MEDIA_TYPES[format], title: `${feedText(channel.title)} (${FORMAT_LABELS[format]})` })
    }
  }
  add()
  const section = feeds.sections && article?.section !== undefined ? sectionOf(article.section) : undefined
  if (section) add(section)
  return links
}

interface FeedSection {
  name: string
  slug: string
  articles: Article[]
}

/**
 * Articles grouped by section slug (sections that slugify to nothing get no
 * feed). The name shown is the one on the newest article of the section.
 */
export function feedSections(articles: readonly Article[], options: FeedFilesOptions = {}): FeedSection[] {
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

function sectionOf(name: string): { name: string; slug: string } | undefined {
  const clean = feedText(name).trim()
  const slug = slugify(clean)
  return slug ? { name: clean, slug } : undefined
}

function enabledFormats(feeds: ResolvedFeeds): [FeedFormat, string][] {
  const out: [FeedFormat, string][] = []
  for (const format of ['rss', 'atom', 'json'] as const) {
    const fileName = feeds[format]
    if (fileName) out.push([format, fileName])
  }
  return out
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+/, '')
}
