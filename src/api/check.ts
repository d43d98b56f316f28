/**
 * `dateline-kit/check`: the checker as a library. Check files, one document,
 * deployed URLs or a whole site; the per-format checkers; the rule registry.
 */
export { checkFiles, checkDocument, checkDocumentAs, sortDiagnostics, type CheckResult, type CheckedFile, type CheckFilesOptions } from '../check/documents/run.js'
export { checkSite, type CheckSiteOptions } from '../check/site/check-site.js'
export { checkUrls, LIVE_DEFAULTS, type CheckUrlsOptions } from '../check/documents/live/crawl.js'
export { crossCheckSite, type CrossCheckOptions } from '../check/site/cross-check.js'
export { selectFindings, type RuleSelection, type RuleSetting } from '../check/documents/rule-selection.js'
export { detectKind, KIND_NAMES, type DocumentKind } from '../check/documents/detect.js'
export { readForCheck, type ReadForCheck, type ReadOptions } from '../check/documents/read.js'
export type { CheckOptions } from '../check/documents/options.js'
export { checkRss } from '../check/documents/feeds/rss/check.js'
export { checkAtom } from '../check/documents/feeds/atom/check.js'
export { checkJsonFeed } from '../check/documents/feeds/json-feed/check.js'
export { checkSitemap, SITEMAP_LIMITS } from '../check/documents/sitemaps/check.js'
export { checkHtml, checkJsonLdText, type CheckJsonLdOptions, type Policy } from '../check/documents/jsonld/index.js'
export { ALL_RULES, ruleById } from '../check/site/registry.js'
export type { RuleMeta } from '../util/rule.js'
export type { Diagnostic, Severity } from '../util/diagnostic.js'
