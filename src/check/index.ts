/**
 * `dateline check` as a library: check files, one document, or a whole site;
 * the rule registry; the kind detector. Report formats are in `../report/`.
 */
export { checkFiles, checkDocument, checkDocumentAs, sortDiagnostics, type CheckResult, type CheckedFile, type CheckFilesOptions } from './run.js'
export { checkSite, type CheckSiteOptions } from './site.js'
export { checkUrls, LIVE_DEFAULTS, type CheckUrlsOptions } from './live/crawl.js'
export { selectFindings, type RuleSelection, type RuleSetting } from './rule-selection.js'
export { crossCheckSite, CROSS_CHECK_RULES, type CrossCheckOptions } from './cross-check.js'
export { detectKind, KIND_NAMES, type DocumentKind } from './detect.js'
export { resolveInputs, CHECKED_EXTENSIONS, type InputFile, type ResolvedInputs } from './inputs.js'
export type { CheckOptions } from './options.js'
export { checkRss } from './feeds/rss.js'
export { checkAtom } from './feeds/atom.js'
export { checkJsonFeed } from './feeds/json-feed.js'
export { checkSitemap, SITEMAP_LIMITS } from './sitemaps/check.js'
export { checkHtml, checkJsonLdText, checkJsonLdSources, type CheckJsonLdOptions, type JsonLdSource, type Policy } from './jsonld/index.js'
export { ALL_RULES, ruleById } from './registry.js'
export type { RuleMeta } from './rule.js'
export { renderRulesMarkdown } from './rules-doc.js'
