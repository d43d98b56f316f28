/**
 * Rules of the sitemap layer: the sitemaps.org and Google extension XSDs
 * written as code, and what no XSD checks (Google's limits, the news window,
 * hosts, duplicates, deprecated tags).
 */
import { defineRule, type RuleMeta } from '../rule.js'

const PROTOCOL = 'https://www.sitemaps.org/protocol.html'
const GOOGLE_BUILD = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap'
const GOOGLE_NEWS = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap'
const GOOGLE_IMAGE = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/image-sitemaps'
const GOOGLE_LOCALIZED = 'https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap'
const SPRING_CLEANING = 'https://developers.google.com/search/blog/2022/05/spring-cleaning-sitemap-extensions'

/** Raised by `checkSitemap` (check.ts). */
export const sitemapInvalidRoot = defineRule({
  id: 'sitemap/invalid-root',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'A sitemap\'s root is `<urlset>` or `<sitemapindex>` in the namespace `http://www.sitemaps.org/schemas/sitemap/0.9`.',
  docs: {
    why: 'Crawlers recognise a sitemap by its root element and namespace; an old Google 0.84 namespace or a missing xmlns is not a sitemap.',
    fix: 'Write `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` (or `<sitemapindex …>` for an index).',
  },
})

/** Raised by `checkSitemap › checkModel` (check.ts). */
export const sitemapMissingLoc = defineRule({
  id: 'sitemap/missing-loc',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Every `<url>` and index `<sitemap>` needs a `<loc>` (sitemap XSD).',
  docs: {
    why: 'The loc is the URL being listed; an entry without one is rejected by the XSD and ignored by crawlers.',
    fix: 'Add `<loc>` with the page\'s absolute URL as the first child.',
  },
})

/** Raised by `checkSitemap › checkModel`, `checkSitemap › checkVideo` (check.ts). */
export const sitemapMissingElement = defineRule({
  id: 'sitemap/missing-element',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'Required extension elements (news, image and video XSDs): `news:publication` with `news:name` and `news:language`, `news:publication_date`, `news:title`; `image:loc`; video `thumbnail_loc`, `title`, `description` and `content_loc` or `player_loc`.',
  docs: {
    why: 'Google rejects an extension entry without its required parts, and the XSD fails the file.',
    fix: 'Add the element the message names, in XSD order.',
  },
})

/** Raised by `checkSitemap › checkModel` (check.ts). */
export const sitemapElementOrder = defineRule({
  id: 'sitemap/element-order',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Children must come in XSD order: `loc`, `lastmod`, `changefreq`, `priority`, then extensions; `news:publication`, `news:publication_date`, `news:title`; `image:loc` first.',
  docs: {
    why: 'The XSDs define sequences, so an element out of order fails validation (xmllint: "This element is not expected").',
    fix: 'Move the element to the position the message names.',
  },
})

/** Raised by `checkSitemap › checkModel` (check.ts). */
export const sitemapDuplicateElement = defineRule({
  id: 'sitemap/duplicate-element',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Elements that may appear once per entry (`loc`, `lastmod`, `changefreq`, `priority`, `news:title`, …) must not repeat.',
  docs: {
    why: 'The XSD allows one; crawlers keep one of them, unpredictably.',
    fix: 'Remove the repeated element.',
  },
})

/** Raised by `checkSitemap › checkModel`, `checkSitemap` (check.ts). */
export const sitemapUnknownElement = defineRule({
  id: 'sitemap/unknown-element',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Elements must be defined by the sitemap XSD or a known extension (news, image, video, xhtml:link); the XSD wildcard is strict, so undeclared elements fail validation.',
  docs: {
    why: 'A misspelt element (`<lastmodified>`) or one from an unknown namespace is rejected by the XSD and ignored by crawlers; `<url>` in a sitemap index is a common mistake.',
    fix: 'Use the element the message suggests, or remove it; a sitemap index lists `<sitemap>` entries, a urlset `<url>` entries.',
  },
})

/** Raised by `checkSitemap › checkDate` (check.ts). */
export const sitemapInvalidDate = defineRule({
  id: 'sitemap/invalid-date',
  severity: 'error',
  helpUrl: 'https://www.w3.org/TR/NOTE-datetime',
  description: '`lastmod` and `news:publication_date` must be W3C Datetime values that exist; a time needs a time zone.',
  docs: {
    why: 'An RFC 822 date, month 13, or a time without zone is rejected by the XSD or misread; Google uses lastmod only when it is accurate.',
    fix: 'Write `2023-10-11` or `2023-10-11T09:30:00+07:00`.',
  },
})

/** Raised by `checkSitemap › checkDate` (check.ts). */
export const sitemapDateFormat = defineRule({
  id: 'sitemap/date-format',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: 'W3C Datetime forms the sitemap XSD rejects: year only, year-month, and times without seconds (`2025-03-01T18:42+01:00`).',
  docs: {
    why: 'sitemaps.org (and Google, for news) accept them, but XSD validators reject the file, so tools disagree about it.',
    fix: 'Write a full date (`2025-03-01`) or a time with seconds and zone (`2025-03-01T18:42:00+01:00`), which both accept.',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const sitemapInvalidValue = defineRule({
  id: 'sitemap/invalid-value',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Values with a fixed form: `changefreq` one of always, hourly, daily, weekly, monthly, yearly, never; `priority` a decimal from 0.0 to 1.0.',
  docs: {
    why: 'The XSD rejects other values (Google ignores both fields, but the file must still validate).',
    fix: 'Use one of the listed values, or leave the element out.',
  },
})

/** Raised by `checkSitemap › checkUrlValue` (check.ts). */
export const sitemapRelativeUrl = defineRule({
  id: 'sitemap/relative-url',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'Sitemap URLs (`loc`, `image:loc`, `xhtml:link href`) must be fully qualified absolute http(s) URLs.',
  docs: {
    why: 'Google: "Use fully-qualified, absolute URLs"; the XSD accepts a relative `/world/story` but crawlers cannot fetch it.',
    fix: 'Write the scheme and host: `https://example.com/world/story`.',
  },
})

/** Raised by `checkSitemap › checkUrlValue` (check.ts). */
export const sitemapInvalidUrl = defineRule({
  id: 'sitemap/invalid-url',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Sitemap URLs must be valid RFC 3986 URLs of at most 2,048 characters: no raw spaces, quotes or angle brackets.',
  docs: {
    why: 'sitemaps.org requires escaped URLs; libxml2\'s anyURI check is lax, so the XSD lets a raw space through.',
    fix: 'Percent-encode the characters the message names (a space is `%20`) and keep URLs under 2,048 characters.',
  },
})

/** Raised by `checkSitemap › checkUrlValue` (check.ts). */
export const sitemapUnencodedUrl = defineRule({
  id: 'sitemap/unencoded-url',
  severity: 'warning',
  helpUrl: PROTOCOL,
  description: 'Non-ASCII characters in sitemap URLs should be percent-encoded UTF-8 (`%C3%BC` rather than `ü`).',
  docs: {
    why: 'sitemaps.org asks for URL-escaped locations; crawlers and tools differ on raw IRIs.',
    fix: 'Percent-encode the URL once (the message shows the encoded form).',
  },
})

/** Raised by `checkSitemap › checkUrlValue` (check.ts). */
export const sitemapOtherHost = defineRule({
  id: 'sitemap/other-host',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'All URLs in a sitemap must use the same scheme and host as the site (the `--site-url`, or the first URL in the file).',
  docs: {
    why: 'sitemaps.org and Google ignore URLs on another host unless cross-site submission is verified; a stray host is usually a staging or CDN leak.',
    fix: 'List only the site\'s own URLs; put other hosts in their own sitemaps.',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const sitemapDuplicateUrl = defineRule({
  id: 'sitemap/duplicate-url',
  severity: 'warning',
  helpUrl: GOOGLE_BUILD,
  description: 'A URL should be listed once per sitemap.',
  docs: {
    why: 'Duplicates waste the 50,000-URL budget and, with different lastmod values, tell crawlers two stories.',
    fix: 'Deduplicate the entries (normalise trailing slashes and query strings first).',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const sitemapTooManyUrls = defineRule({
  id: 'sitemap/too-many-urls',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'A sitemap holds at most 50,000 URLs, an index at most 50,000 sitemaps.',
  docs: {
    why: 'Google and sitemaps.org reject larger files; the XSD counts nothing.',
    fix: 'Split the URLs over several sitemaps and list them in a sitemap index.',
  },
})

/** Raised by `gunzipForCheck` (../gunzip.ts); `tooLarge` (../read-file.ts); `checkSitemap` (check.ts). */
export const sitemapTooLarge = defineRule({
  id: 'sitemap/too-large',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'A sitemap or index may be at most 50 MB (52,428,800 bytes) uncompressed.',
  docs: {
    why: 'Google and sitemaps.org reject larger files; long hreflang lists reach the size limit before the URL limit.',
    fix: 'Split the file by size as well as by count, and list the parts in a sitemap index.',
  },
})

/** Raised by `checkSitemap` (check.ts). */
export const sitemapEmpty = defineRule({
  id: 'sitemap/empty',
  severity: 'info',
  helpUrl: GOOGLE_NEWS,
  description: 'The sitemap lists no URLs: the XSD requires at least one, Google accepts an empty news sitemap.',
  docs: {
    why: 'An empty news sitemap is normal between news cycles; an empty plain sitemap usually means a broken build.',
    fix: 'Nothing to do for a news sitemap; otherwise check what generated it.',
  },
})

/** Raised by `checkSitemap › checkVideo`, `checkSitemap` (check.ts). */
export const sitemapDeprecatedElement = defineRule({
  id: 'sitemap/deprecated-element',
  severity: 'warning',
  helpUrl: SPRING_CLEANING,
  description: 'Tags Google no longer uses: `image:caption`, `image:title`, `image:license`, `image:geo_location`; `news:keywords`, `news:genres`, `news:stock_tickers`, `news:access`; video `category`, `gallery_loc`, `price`, `tvshow` and `player_loc` attributes `allow_embed`, `autoplay`.',
  docs: {
    why: 'Google dropped them (image and video in 2022, news from its documentation); they add bytes and suggest settings that do nothing.',
    fix: 'Remove them; put image captions and licences in the page or its structured data.',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const sitemapTooManyImages = defineRule({
  id: 'sitemap/too-many-images',
  severity: 'error',
  helpUrl: GOOGLE_IMAGE,
  description: 'A `<url>` holds at most 1,000 `image:image` entries.',
  docs: {
    why: 'Google ignores images beyond the limit; the XSD counts nothing.',
    fix: 'List the page\'s most important images only.',
  },
})

/** Raised by `checkSitemap › checkAlternate` (check.ts). */
export const sitemapInvalidHreflang = defineRule({
  id: 'sitemap/invalid-hreflang',
  severity: 'error',
  helpUrl: GOOGLE_LOCALIZED,
  description: '`xhtml:link` hreflang must be `x-default` or an ISO 639-1 language with an optional ISO 3166-1 region (`en`, `de-CH`).',
  docs: {
    why: 'Google ignores alternates with an unknown language code; `english` or `en_GB` are not codes.',
    fix: 'Use a language code with an optional region separated by a hyphen.',
  },
})

/** Raised by `checkSitemap › checkAlternate` (check.ts). */
export const sitemapMissingAttribute = defineRule({
  id: 'sitemap/missing-attribute',
  severity: 'error',
  helpUrl: GOOGLE_LOCALIZED,
  description: '`xhtml:link` needs `rel="alternate"`, `hreflang` and an absolute `href`.',
  docs: {
    why: 'An alternate without them says nothing Google can use.',
    fix: 'Write `<xhtml:link rel="alternate" hreflang="de" href="https://example.com/de/"/>`.',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const newsTooManyUrls = defineRule({
  id: 'news/too-many-urls',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'A news sitemap holds at most 1,000 `news:news` entries.',
  docs: {
    why: 'Google reads no more than 1,000 news URLs per sitemap.',
    fix: 'Split the news URLs over several sitemaps listed in an index, and keep only the last two days.',
  },
})

/** Raised by `checkSitemap › checkDate` (check.ts). */
export const newsOutsideWindow = defineRule({
  id: 'news/outside-window',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: 'News entries must be articles published in the two days before "now" (`--now`), not in the future.',
  docs: {
    why: 'Google: include only articles created in the last two days; older entries are ignored and future ones are wrong.',
    fix: 'Remove older URLs from the news sitemap (or drop their `news:news`), and publish scheduled articles only when their time has come.',
  },
})

/** Raised by `checkSitemap › checkNews` (check.ts). */
export const newsInvalidLanguage = defineRule({
  id: 'news/invalid-language',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: '`news:language` is an ISO 639 code of two or three lower-case letters, or `zh-cn` / `zh-tw` (news XSD).',
  docs: {
    why: 'The XSD pattern is `zh-cn|zh-tw|([a-z]{2,3})`: `en-US` or `EN` fail validation.',
    fix: 'Write the language alone in lower case: `en`, `id`, `zh-tw`.',
  },
})

/** Raised by `checkSitemap › checkNews` (check.ts). */
export const newsUnknownLanguage = defineRule({
  id: 'news/unknown-language',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: '`news:language` has the right shape but is no known ISO 639 language.',
  docs: {
    why: 'The XSD accepts any three letters, such as `qqq`; Google cannot match them to a language.',
    fix: 'Use the publication\'s ISO 639 code (`id` for Indonesian).',
  },
})

/** Raised by `checkSitemap › checkEntry` (check.ts). */
export const newsMultipleNews = defineRule({
  id: 'news/multiple-news',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'A `<url>` holds one `news:news`.',
  docs: {
    why: 'Google allows one news entry per URL; the XSD does not count them.',
    fix: 'Keep one `news:news` per URL.',
  },
})

/** Raised by `checkSitemap › checkNews` (check.ts). */
export const newsEmptyElement = defineRule({
  id: 'news/empty-element',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: '`news:name` and `news:title` must not be empty.',
  docs: {
    why: 'The XSD accepts an empty string; Google needs the publication name as on news.google.com and the article title as shown on the site.',
    fix: 'Write the publication name and the article headline.',
  },
})

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
