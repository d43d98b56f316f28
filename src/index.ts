/**
 * dateline's library: every step the CLI takes, as typed functions.
 * load (config, content) -> model (Article) -> emit (JSON-LD, head, feeds,
 * sitemaps, pages) -> write; `check` and `report` beside it.
 */

// Model
export { defineConfig, PUBLISHER_POLICIES } from './model/config.js'
export type { DatelineConfig, ResolvedConfig, ResolvedSite, ResolvedFeeds, AuthorInput, FeedsConfig, SitemapConfig, NewsSitemapConfig, PublisherConfig, LogoConfig } from './model/config.js'
export type { Article, ArticleType, Author, Image, Correction, ZonedDateTime, Position } from './model/types.js'
export { ARTICLE_TYPES } from './model/types.js'
export { parseDateTime, toRfc822, zonedFromEpoch } from './model/dates.js'
export { resolveUrl, slugify, expandPermalink } from './model/urls.js'
export { articleTree, parseMarkdown, countWords, firstParagraphText } from './model/markdown.js'

// Load
export { loadConfig, findConfigFile, CONFIG_FILES } from './load/config.js'
export { loadSite, loadContent, type Site, type LoadSiteOptions } from './load/site.js'
export { normalizeArticle, FRONTMATTER_ALIASES, type NormalizeResult, type ArticleStatus } from './load/article.js'

// Emit
export { articleJsonLd } from './emit/jsonld.js'
export { serializeJsonLdForScript, serializeJsonLdDocument } from './emit/script-json.js'
export { renderHead, type HeadOptions } from './emit/head.js'
export { articleHtml, articlePageHtml, paywallClass, type ArticleHtmlOptions } from './emit/html.js'
export { ogLocale } from './emit/head.js'
export { siteIds, articleIds } from './emit/jsonld.js'
export { renderArticlePage, renderIndexPage } from './emit/page.js'
export * from './emit/feeds/index.js'
export * from './emit/sitemaps/index.js'

// Write and build
export { build, emitSite, pageFile, type BuildOptions, type BuildResult, type IndexEntry } from './build.js'
export { BuildCache, defaultCacheDir, type BuildCacheOptions } from './cache/store.js'
export { writeStaged, folderSink, memorySink, type OutputSink } from './write/output.js'
export { sitemapFolderSink, sitemapMemorySink, type SitemapMemorySink } from './write/sink.js'

// remark
export { default as remarkDateline, type RemarkDatelineOptions, type DatelineFileData } from './remark-dateline.js'

// Check and report
export * from './check/index.js'
export * from './report/index.js'

// Diagnostics
export { DatelineError, formatLocation, type Diagnostic, type Severity } from './util/diagnostic.js'
