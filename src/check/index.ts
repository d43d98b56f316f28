/**
 * `dateline check` as a library: check files, one document, or a whole site;
 * the rule registry; the kind detector. Report formats are in `../report/`.
 */
export { checkFiles, checkDocument, checkDocumentAs, sortDiagnostics, type CheckResult, type CheckedFile, type CheckFilesOptions } from './documents/run.js'
export { checkSite, type CheckSiteOptions } from './site/check-site.js'
export { checkUrls, LIVE_DEFAULTS, type CheckUrlsOptions } from './documents/live/crawl.js'
export { selectFindings, type RuleSelection, type RuleSetting } from './documents/rule-selection.js'
export { crossCheckSite, CROSS_CHECK_RULES, type CrossCheckOptions } from './site/cross-check.js'
export { detectKind, KIND_NAMES, type DocumentKind } from './documents/detect.js'
export { resolveInputs, CHECKED_EXTENSIONS, type InputFile, type ResolvedInputs } from './documents/inputs.js'
export type { CheckOptions } from './documents/options.js'
export { checkRss } from './documents/feeds/rss.js'
export { checkAtom } from './documents/feeds/atom.js'
export { checkJsonFeed } from './documents/feeds/json-feed.js'
export { checkSitemap, SITEMAP_LIMITS } from './documents/sitemaps/check.js'
export { checkHtml, checkJsonLdText, checkJsonLdSources, type CheckJsonLdOptions, type JsonLdSource, type Policy } from './documents/jsonld/index.js'
export { ALL_RULES, ruleById } from './site/registry.js'
export type { RuleMeta } from './documents/rule.js'
export { renderRulesMarkdown } from './rules-doc.js'
