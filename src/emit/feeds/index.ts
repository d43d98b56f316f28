/** Feeds: RSS 2.0, Atom 1.0, JSON Feed 1.1, for the site and per section. */
export { renderRss } from './rss.js'
export { renderAtom } from './atom.js'
export { renderJsonFeed, jsonFeed, JSON_FEED_VERSION, type JsonFeed, type JsonFeedItem, type JsonFeedAuthor } from './json.js'
export { selectFeedArticles, type SelectFeedOptions } from '../../plan/feeds.js'
export { feedFiles, feedAlternates, feedSections, type FeedFile, type AlternateLink, type FeedFilesOptions } from './files.js'
export {
  feedChannel,
  contentDate,
  FEED_MEDIA_TYPES,
  type FeedChannel,
  type FeedRenderOptions,
  type FeedFormat,
} from './channel.js'
