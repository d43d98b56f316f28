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

const rule = defineRule

export const sitemapInvalidRoot = rule('sitemap/invalid-root', 'error', PROTOCOL,
  'A sitemap\'s root is `<urlset>` or `<sitemapindex>` in the namespace `http://www.sitemaps.org/schemas/sitemap/0.9`.',
  'Crawlers recognise a sitemap by its root element and namespace; an old Google 0.84 namespace or a missing xmlns is not a sitemap.',
  'Write `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` (or `<sitemapindex …>` for an index).')

export const sitemapMissingLoc = rule('sitemap/missing-loc', 'error', PROTOCOL,
  'Every `<url>` and index `<sitemap>` needs a `<loc>` (sitemap XSD).',
  'The loc is the URL being listed; an entry without one is rejected by the XSD and ignored by crawlers.',
  'Add `<loc>` with the page\'s absolute URL as the first child.')

export const sitemapMissingElement = rule('sitemap/missing-element', 'error', GOOGLE_NEWS,
  'Required extension elements (news, image and video XSDs): `news:publication` with `news:name` and `news:language`, `news:publication_date`, `news:title`; `image:loc`; video `thumbnail_loc`, `title`, `description` and `content_loc` or `player_loc`.',
  'Google rejects an extension entry without its required parts, and the XSD fails the file.',
  'Add the element the message names, in XSD order.')

export const sitemapElementOrder = rule('sitemap/element-order', 'error', PROTOCOL,
  'Children must come in XSD order: `loc`, `lastmod`, `changefreq`, `priority`, then extensions; `news:publication`, `news:publication_date`, `news:title`; `image:loc` first.',
  'The XSDs define sequences, so an element out of order fails validation (xmllint: "This element is not expected").',
  'Move the element to the position the message names.')

export const sitemapDuplicateElement = rule('sitemap/duplicate-element', 'error', PROTOCOL,
  'Elements that may appear once per entry (`loc`, `lastmod`, `changefreq`, `priority`, `news:title`, …) must not repeat.',
  'The XSD allows one; crawlers keep one of them, unpredictably.',
  'Remove the repeated element.')

export const sitemapUnknownElement = rule('sitemap/unknown-element', 'error', PROTOCOL,
  'Elements must be defined by the sitemap XSD or a known extension (news, image, video, xhtml:link); the XSD wildcard is strict, so undeclared elements fail validation.',
  'A misspelt element (`<lastmodified>`) or one from an unknown namespace is rejected by the XSD and ignored by crawlers; `<url>` in a sitemap index is a common mistake.',
  'Use the element the message suggests, or remove it; a sitemap index lists `<sitemap>` entries, a urlset `<url>` entries.')

export const sitemapInvalidDate = rule('sitemap/invalid-date', 'error', 'https://www.w3.org/TR/NOTE-datetime',
  '`lastmod` and `news:publication_date` must be W3C Datetime values that exist; a time needs a time zone.',
  'An RFC 822 date, month 13, or a time without zone is rejected by the XSD or misread; Google uses lastmod only when it is accurate.',
  'Write `2023-10-11` or `2023-10-11T09:30:00+07:00`.')

export const sitemapDateFormat = rule('sitemap/date-format', 'warning', GOOGLE_NEWS,
  'W3C Datetime forms the sitemap XSD rejects: year only, year-month, and times without seconds (`2025-03-01T18:42+01:00`).',
  'sitemaps.org (and Google, for news) accept them, but XSD validators reject the file, so tools disagree about it.',
  'Write a full date (`2025-03-01`) or a time with seconds and zone (`2025-03-01T18:42:00+01:00`), which both accept.')

export const sitemapInvalidValue = rule('sitemap/invalid-value', 'error', PROTOCOL,
  'Values with a fixed form: `changefreq` one of always, hourly, daily, weekly, monthly, yearly, never; `priority` a decimal from 0.0 to 1.0.',
  'The XSD rejects other values (Google ignores both fields, but the file must still validate).',
  'Use one of the listed values, or leave the element out.')

export const sitemapRelativeUrl = rule('sitemap/relative-url', 'error', GOOGLE_BUILD,
  'Sitemap URLs (`loc`, `image:loc`, `xhtml:link href`) must be fully qualified absolute http(s) URLs.',
  'Google: "Use fully-qualified, absolute URLs"; the XSD accepts a relative `/world/story` but crawlers cannot fetch it.',
  'Write the scheme and host: `https://example.com/world/story`.')

export const sitemapInvalidUrl = rule('sitemap/invalid-url', 'error', PROTOCOL,
  'Sitemap URLs must be valid RFC 3986 URLs of at most 2,048 characters: no raw spaces, quotes or angle brackets.',
  'sitemaps.org requires escaped URLs; libxml2\'s anyURI check is lax, so the XSD lets a raw space through.',
  'Percent-encode the characters the message names (a space is `%20`) and keep URLs under 2,048 characters.')

export const sitemapUnencodedUrl = rule('sitemap/unencoded-url', 'warning', PROTOCOL,
  'Non-ASCII characters in sitemap URLs should be percent-encoded UTF-8 (`%C3%BC` rather than `ü`).',
  'sitemaps.org asks for URL-escaped locations; crawlers and tools differ on raw IRIs.',
  'Percent-encode the URL once (the message shows the encoded form).')

export const sitemapOtherHost = rule('sitemap/other-host', 'error', PROTOCOL,
  'All URLs in a sitemap must use the same scheme and host as the site (the `--site-url`, or the first URL in the file).',
  'sitemaps.org and Google ignore URLs on another host unless cross-site submission is verified; a stray host is usually a staging or CDN leak.',
  'List only the site\'s own URLs; put other hosts in their own sitemaps.')

export const sitemapDuplicateUrl = rule('sitemap/duplicate-url', 'warning', GOOGLE_BUILD,
  'A URL should be listed once per sitemap.',
  'Duplicates waste the 50,000-URL budget and, with different lastmod values, tell crawlers two stories.',
  'Deduplicate the entries (normalise trailing slashes and query strings first).')

export const sitemapTooManyUrls = rule('sitemap/too-many-urls', 'error', GOOGLE_BUILD,
  'A sitemap holds at most 50,000 URLs, an index at most 50,000 sitemaps.',
  'Google and sitemaps.org reject larger files; the XSD counts nothing.',
  'Split the URLs over several sitemaps and list them in a sitemap index.')

export const sitemapTooLarge = rule('sitemap/too-large', 'error', GOOGLE_BUILD,
  'A sitemap or index may be at most 50 MB (52,428,800 bytes) uncompressed.',
  'Google and sitemaps.org reject larger files; long hreflang lists reach the size limit before the URL limit.',
  'Split the file by size as well as by count, and list the parts in a sitemap index.')

export const sitemapEmpty = rule('sitemap/empty', 'info', GOOGLE_NEWS,
  'The sitemap lists no URLs: the XSD requires at least one, Google accepts an empty news sitemap.',
  'An empty news sitemap is normal between news cycles; an empty plain sitemap usually means a broken build.',
  'Nothing to do for a news sitemap; otherwise check what generated it.')

export const sitemapDeprecatedElement = rule('sitemap/deprecated-element', 'warning', SPRING_CLEANING,
  'Tags Google no longer uses: `image:caption`, `image:title`, `image:license`, `image:geo_location`; `news:keywords`, `news:genres`, `news:stock_tickers`, `news:access`; video `category`, `gallery_loc`, `price`, `tvshow` and `player_loc` attributes `allow_embed`, `autoplay`.',
  'Google dropped them (image and video in 2022, news from its documentation); they add bytes and suggest settings that do nothing.',
  'Remove them; put image captions and licences in the page or its structured data.')

export const sitemapTooManyImages = rule('sitemap/too-many-images', 'error', GOOGLE_IMAGE,
  'A `<url>` holds at most 1,000 `image:image` entries.',
  'Google ignores images beyond the limit; the XSD counts nothing.',
  'List the page\'s most important images only.')

export const sitemapInvalidHreflang = rule('sitemap/invalid-hreflang', 'error', GOOGLE_LOCALIZED,
  '`xhtml:link` hreflang must be `x-default` or an ISO 639-1 language with an optional ISO 3166-1 region (`en`, `de-CH`).',
  'Google ignores alternates with an unknown language code; `english` or `en_GB` are not codes.',
  'Use a language code with an optional region separated by a hyphen.')

export const sitemapMissingAttribute = rule('sitemap/missing-attribute', 'error', GOOGLE_LOCALIZED,
  '`xhtml:link` needs `rel="alternate"`, `hreflang` and an absolute `href`.',
  'An alternate without them says nothing Google can use.',
  'Write `<xhtml:link rel="alternate" hreflang="de" href="https://example.com/de/"/>`.')

export const newsTooManyUrls = rule('news/too-many-urls', 'error', GOOGLE_NEWS,
  'A news sitemap holds at most 1,000 `news:news` entries.',
  'Google reads no more than 1,000 news URLs per sitemap.',
  'Split the news URLs over several sitemaps listed in an index, and keep only the last two days.')

export const newsOutsideWindow = rule('news/outside-window', 'warning', GOOGLE_NEWS,
  'News entries must be articles published in the two days before "now" (`--now`), not in the future.',
  'Google: include only articles created in the last two days; older entries are ignored and future ones are wrong.',
  'Remove older URLs from the news sitemap (or drop their `news:news`), and publish scheduled articles only when their time has come.')

export const newsInvalidLanguage = rule('news/invalid-language', 'error', GOOGLE_NEWS,
  '`news:language` is an ISO 639 code of two or three lower-case letters, or `zh-cn` / `zh-tw` (news XSD).',
  'The XSD pattern is `zh-cn|zh-tw|([a-z]{2,3})`: `en-US` or `EN` fail validation.',
  'Write the language alone in lower case: `en`, `id`, `zh-tw`.')

export const newsUnknownLanguage = rule('news/unknown-language', 'warning', GOOGLE_NEWS,
  '`news:language` has the right shape but is no known ISO 639 language.',
  'The XSD accepts any three letters, such as `qqq`; Google cannot match them to a language.',
  'Use the publication\'s ISO 639 code (`id` for Indonesian).')

export const newsMultipleNews = rule('news/multiple-news', 'error', GOOGLE_NEWS,
  'A `<url>` holds one `news:news`.',
  'Google allows one news entry per URL; the XSD does not count them.',
  'Keep one `news:news` per URL.')

export const newsEmptyElement = rule('news/empty-element', 'error', GOOGLE_NEWS,
  '`news:name` and `news:title` must not be empty.',
  'The XSD accepts an empty string; Google needs the publication name as on news.google.com and the article title as shown on the site.',
  'Write the publication name and the article headline.')

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
