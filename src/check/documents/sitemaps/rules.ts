/**
 * Every sitemap rule, in the order of docs/rules.md and of SARIF's rule list.
 * Each is defined beside the check that raises it: the XSDs' structure in
 * structure.ts, dates.ts, values.ts, urls.ts, limits.ts, deprecated.ts,
 * alternates.ts (hreflang) and news.ts.
 */
import type { RuleMeta } from '../../../util/rule.js'
import { sitemapInvalidHreflang, sitemapMissingAttribute } from './alternates.js'
import { sitemapDateFormat, sitemapInvalidDate } from './dates.js'
import { sitemapDeprecatedElement } from './deprecated.js'
import { newsTooManyUrls, sitemapEmpty, sitemapTooLarge, sitemapTooManyImages, sitemapTooManyUrls } from './limits.js'
import { newsEmptyElement, newsInvalidLanguage, newsMultipleNews, newsOutsideWindow, newsUnknownLanguage } from './news.js'
import { sitemapDuplicateElement, sitemapElementOrder, sitemapInvalidRoot, sitemapMissingElement, sitemapMissingLoc, sitemapUnknownElement } from './structure.js'
import { sitemapDuplicateUrl, sitemapInvalidUrl, sitemapOtherHost, sitemapRelativeUrl, sitemapUnencodedUrl } from './urls.js'
import { sitemapInvalidValue } from './values.js'

export const SITEMAP_RULES: readonly RuleMeta[] = [
  sitemapInvalidRoot,
  sitemapMissingLoc,
  sitemapMissingElement,
  sitemapElementOrder,
  sitemapDuplicateElement,
  sitemapUnknownElement,
  sitemapInvalidDate,
  sitemapDateFormat,
  sitemapInvalidValue,
  sitemapRelativeUrl,
  sitemapInvalidUrl,
  sitemapUnencodedUrl,
  sitemapOtherHost,
  sitemapDuplicateUrl,
  sitemapTooManyUrls,
  sitemapTooLarge,
  sitemapEmpty,
  sitemapDeprecatedElement,
  sitemapTooManyImages,
  sitemapInvalidHreflang,
  sitemapMissingAttribute,
  newsTooManyUrls,
  newsOutsideWindow,
  newsInvalidLanguage,
  newsUnknownLanguage,
  newsMultipleNews,
  newsEmptyElement,
]
