/** The output plan: which files a site writes, where, and which articles each holds. */
export { planSite, type ArticleFacts, type OutputKind, type OutputPlan, type PlanInput, type PlanOptions, type PlannedArticleFile, type PlannedFile, type PlannedListFile } from './plan.js'
export { contentDate } from './articles.js'
export { DATA_FOLDER, DATA_INDEX_FILE, feedFile, headFile, INDEX_PAGE_FILE, jsonLdFile, NEWS_SITEMAP_MAX_URLS, outputNameProblems, pageFile, PUBLIC_FOLDER, ROBOTS_FILE, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS, sitemapChildName, sitemapFileUrl } from './layout.js'
export { FEED_MEDIA_TYPES, feedSections, feedText, planFeeds, selectFeedArticles, type FeedFormat, type FeedSection, type PlannedFeed } from './feeds.js'
export { inNewsWindow, NEWS_WINDOW_HOURS, newsWindowPlace, type NewsWindowPlace } from './news-window.js'
export { planSitemaps, splitSitemap, type PlannedNewsSitemap, type PlannedRobots, type PlannedSitemap, type PlannedSitemapFile, type PlannedSitemapIndex, type SitemapMeasure } from './sitemaps.js'
export { articleSitemapEntries, isSitemapArticle, newsSitemapEntries } from './sitemap-entries.js'
