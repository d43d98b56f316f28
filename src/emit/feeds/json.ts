/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Texts are cleaned
 * like the XML feeds' (`feedText`) so the three formats carry the same words.
 */
import type { Article } from '../../model/types.js'
import { safeUrl } from '../../model/urls.js'
import {
  type FeedChannel,
  type FeedRenderOptions,
  contentDate,
  feedText,
  itemAuthors,
  itemCategories,
  itemContentHtml,
} from './channel.js'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

/** A JSON Feed 1.1 author. */
export interface JsonFeedAuthor {
  name: string
  url?: string
  avatar?: string
}

/** A JSON Feed 1.1 item, as dateline writes it. */
export interface JsonFeedItem {
  id: string
  url: string
  external_url?: string
  title: string
  content_html?: string
  content_text?: string
  summary?: string
  image?: string
  date_published: string
  date_modified?: string
  authors?: JsonFeedAuthor[]
  tags?: string[]
  language: string
}

/** A JSON Feed 1.1 document, as dateline writes it. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION
  title: string
  home_page_url: string
  feed_url: string
  description?: string
  icon?: string
  language: string
  authors: JsonFeedAuthor[]
  hubs?: { type: string; url: string }[]
  items: JsonFeedItem[]
}

/** The JSON Feed 1.1 object for `articles` (already selected and ordered, see `selectFeedArticles`). */
export function jsonFeed(articles: readonly Article[], channel: FeedChannel, options: FeedRenderOptions): JsonFeed {
  const description = feedText(channel.description)
  return {
    version: JSON_FEED_VERSION,
    title: feedText(channel.title),
    home_page_url: channel.homeUrl,
    feed_url: channel.url,
    ...(description.trim() !== '' ? { description } : {}),
    ...(channel.logo ? { icon: channel.logo.url } : {}),
    language: feedText(channel.language),
    authors: [{ name: feedText(channel.publisher.name), url: channel.publisher.url }],
    ...(channel.hub ? { hubs: [{ type: 'WebSub', url: channel.hub }] } : {}),
    items: articles.map((article) => jsonFeedItem(article, options)),
  }
}

/** The JSON Feed 1.1 document as text (two-space indented, final newline). */
export function renderJsonFeed(articles: readonly Article[], channel: FeedChannel, options: FeedRenderOptions): string {
  return `${JSON.stringify(jsonFeed(articles, channel, options), null, 2)}\n`
}

function jsonFeedItem(article: Article, options: FeedRenderOptions): JsonFeedItem {
  const html = itemContentHtml(article, options)
  const summary = feedText(article.description)
  const modified = contentDate(article)
  const authors = itemAuthors(article).map((author) => ({
    name: feedText(author.name).trim(),
    ...(author.url ? { url: safeUrl(author.url) } : {}),
    ...(author.image ? { avatar: safeUrl(author.image) } : {}),
  }))
  const tags = itemCategories(article)
  const image = article.images[0]
  return {
    id: safeUrl(article.url),
    url: safeUrl(article.url),
    ...(article.canonical !== article.url ? { external_url: safeUrl(article.canonical) } : {}),
    title: feedText(article.title),
    // An item needs content_html or content_text; a summary-only feed gives the description as text.
    ...(html !== undefined ? { content_html: html } : { content_text: summary }),
    ...(summary.trim() !== '' ? { summary } : {}),
    ...(image ? { image: safeUrl(image.url) } : {}),
    date_published: article.datePublished.iso,
    ...(modified.epochMs !== article.datePublished.epochMs ? { date_modified: modified.iso } : {}),
    ...(authors.length ? { authors } : {}),
    ...(tags.length ? { tags } : {}),
    language: feedText(article.lang),
  }
}
