/**
 * Which articles a feed lists, in which order. The loader already drops
 * drafts and scheduled articles; this stays safe when called on other lists.
 */
import type { ResolvedFeeds } from '../model/config.js'
import type { Article, ZonedDateTime } from '../model/types.js'

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
