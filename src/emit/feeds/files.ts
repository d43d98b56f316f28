/**
 * Feed files rendered from the plan (site-wide, and per section with
 * `feeds.sections: true`) and the `<link rel="alternate">` that advertise them.
 * Paths and URLs come from the plan, so a feed's self link always matches
 * where it is written.
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, ZonedDateTime } from '../../model/types.js'
import { enabledFormats, FEED_MEDIA_TYPES, type FeedFormat, type FeedSectionName, feedText, planFeeds, type PlannedFeed, sectionOf } from '../../plan/feeds.js'
import type { BodyCache } from '../html.js'
import { renderAtom } from './atom.js'
import { type FeedChannel, feedChannel } from './channel.js'
import { renderJsonFeed } from './json.js'
import { renderRss } from './rss.js'

export { feedSections } from '../../plan/feeds.js'

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
  /** One build's article bodies, shared with the pages (see `BodyCache`). */
  cache?: BodyCache
}

const FORMAT_LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }
const RENDERERS = { rss: renderRss, atom: renderAtom, json: renderJsonFeed }

/** The text of one planned feed. */
export function renderFeed(feed: PlannedFeed, config: ResolvedConfig, options: FeedFilesOptions = {}): string {
  if (!config.feeds) throw new TypeError('renderFeed: the config has no feeds')
  const channel: FeedChannel = { ...feedChannel(config, feed.fileName, feed.section), ...(options.now ? { emptyUpdated: options.now } : {}) }
  return RENDERERS[feed.format](feed.articles, channel, { content: config.feeds.content, ...(options.cache ? { cache: options.cache } : {}) })
}

/** Every feed file of the site, rendered: the site feeds, then one set per section (newest section first). */
export function feedFiles(config: ResolvedConfig, articles: readonly Article[], options: FeedFilesOptions = {}): FeedFile[] {
  return planFeeds(config, articles, options).map((feed) => ({
    path: feed.path,
    url: feed.url,
    format: feed.format,
    mediaType: FEED_MEDIA_TYPES[feed.format],
    content: renderFeed(feed, config, options),
  }))
}

/**
 * The feeds to advertise on a page: the site's, and with `feeds.sections`
 * the article's section's. Without an article: the site's only.
 */
export function feedAlternates(config: ResolvedConfig, article?: Article): AlternateLink[] {
  const feeds = config.feeds
  if (!feeds) return []
  const links: AlternateLink[] = []
  const add = (section?: FeedSectionName) => {
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
