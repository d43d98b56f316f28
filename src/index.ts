/**
 * dateline-kit's public API: what the README documents, and nothing more, so
 * an internal rename is not a breaking change (test/architecture/public-api
 * lists these names). Groups useful alone have subpaths as well:
 * `dateline-kit/check`, `/report`, `/feeds`, `/sitemaps`.
 *
 * load (config, content) -> plan (which files a site writes) -> render each
 * planned file -> write; `check` and `report` beside it.
 */

// Config and the article model
export { defineConfig } from './model/config.js'
export type { DatelineConfig, ResolvedConfig, ResolvedSite, ResolvedFeeds, AuthorInput, FeedsConfig, SitemapConfig, NewsSitemapConfig, PublisherConfig, LogoConfig } from './model/config.js'
export type { Article, ArticleType, Author, Image, Correction, ZonedDateTime, Position } from './model/types.js'

// Load
export { loadConfig, type LoadConfigOptions } from './load/config.js'
export { resolveConfig, type ResolveConfigOptions } from './load/inline-config.js'
export { articleFromData, type ArticleData, type ArticleDataContext } from './load/from-data.js'
export { loadAuthorRegistry, type AuthorRegistry } from './load/authors.js'
export { loadSite, type Site, type LoadSiteOptions } from './load/site.js'
export { normalizeArticle, type NormalizeContext, type NormalizeResult, type ArticleStatus } from './load/article.js'

// Plan: every file a build writes
export { planSite, type OutputPlan, type PlannedFile, type OutputKind, type ArticleFacts, type PlanInput, type PlanOptions } from './plan/plan.js'

// Render: JSON-LD, head, body HTML, pages, feeds, sitemaps
export { articleJsonLd } from './emit/jsonld.js'
export { serializeJsonLdForScript, serializeJsonLdDocument } from './emit/script-json.js'
export { renderHead, type HeadOptions } from './emit/head.js'
export { renderPageHead, sitePageJsonLd, type SitePage, type PageHeadOptions } from './emit/site-pages.js'
export { articleHtml, type ArticleHtmlOptions } from './emit/html.js'
export { renderArticlePage, renderIndexPage } from './emit/page.js'
export { renderRss } from './emit/feeds/rss.js'
export { renderAtom } from './emit/feeds/atom.js'
export { renderJsonFeed } from './emit/feeds/json.js'
export { feedChannel, type FeedChannel, type FeedRenderOptions, type FeedFormat } from './emit/feeds/channel.js'
export { feedFiles, type FeedFile, type FeedFilesOptions } from './emit/feeds/files.js'
export { writeSitemap, type WriteSitemapOptions, type SitemapWriteResult } from './emit/sitemaps/write-sitemap.js'
export { writeNewsSitemap, type WriteNewsSitemapOptions, type NewsSitemapWriteResult } from './emit/sitemaps/write-news-sitemap.js'
export { articleSitemapEntries, newsSitemapEntries } from './plan/sitemap-entries.js'
export type { SitemapEntry, NewsSitemapEntry } from './plan/sitemap-types.js'

// Build and write
export { build, emitSite, planBuild, type BuildOptions, type BuildResult, type IndexEntry } from './build.js'
export { BuildCache, defaultCacheDir, type BuildCacheOptions } from './cache/store.js'
export { folderSink, memorySink } from './write/output.js'
export { sitemapFolderSink, sitemapMemorySink } from './write/sink.js'
export type { OutputSink, SinkFile, SitemapSink } from './emit/sink.js'

// remark
export { default as remarkDateline, type RemarkDatelineOptions, type DatelineFileData } from './remark-dateline.js'

// Check and report
export { checkFiles, checkDocument, type CheckResult, type CheckedFile, type CheckFilesOptions } from './check/documents/run.js'
export { checkSite, type CheckSiteOptions } from './check/site/check-site.js'
export { checkUrls, type CheckUrlsOptions } from './check/documents/live/crawl.js'
export type { CheckOptions } from './check/documents/options.js'
export type { DocumentKind } from './check/documents/detect.js'
export type { RuleMeta } from './util/rule.js'
export { FORMATS, type FormatName, type Formatter, type ReportInput } from './report/index.js'

// Preview: the HTML report of `dateline preview` (collect from a site or built files, render, write)
export { collectSite, collectFiles, type CollectOptions } from './preview/collect.js'
export { renderPreview, writePreview } from './preview/index.js'
export type { PreviewReport, PreviewArticle } from './preview/types.js'

// Dates, URLs, diagnostics
export { parseDateTime } from './model/dates.js'
export { resolveUrl, slugify } from './model/urls.js'
export { DatelineError, type Diagnostic, type Severity } from './util/diagnostic.js'
