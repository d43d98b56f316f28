/** `dateline-kit/feeds`: RSS 2.0, Atom and JSON Feed renderers, the feeds a site gets, and which articles each lists. */
export { renderRss } from '../emit/feeds/rss.js'
export { renderAtom } from '../emit/feeds/atom.js'
export { renderJsonFeed, jsonFeed, JSON_FEED_VERSION, type JsonFeed, type JsonFeedItem, type JsonFeedAuthor } from '../emit/feeds/json.js'
export { feedChannel, FEED_MEDIA_TYPES, type FeedChannel, type FeedRenderOptions, type FeedFormat } from '../emit/feeds/channel.js'
export { feedFiles, feedAlternates, renderFeed, type FeedFile, type AlternateLink, type FeedFilesOptions } from '../emit/feeds/files.js'
export { selectFeedArticles, feedSections, planFeeds, type SelectFeedOptions, type FeedSection, type PlannedFeed } from '../plan/feeds.js'
