/** Rules about how a live site serves its documents (`dateline check https://…`). */
import { defineRule, type RuleMeta } from '../../../util/rule.js'

/** Raised by `checkTask` (crawl.ts). */
export const httpStatus = defineRule({
  id: 'http/status',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
  description: 'A document must be served with a 2xx status.',
  docs: {
    why: 'Crawlers and feed readers drop a page, feed or sitemap served as 4xx or 5xx; a soft error page served as 200 is a different problem.',
    fix: 'Fix the URL, or serve the document; remove URLs that are gone from sitemaps and feeds.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpSitemapUrlStatus = defineRule({
  id: 'http/sitemap-url-status',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap',
  description: 'Every URL a sitemap lists must answer 2xx (after redirects).',
  docs: {
    why: 'Google reports sitemap URLs that return 404 or 5xx as errors in Search Console and trusts the sitemap less.',
    fix: 'Drop URLs that are gone from the sitemap, or restore the page.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpRedirect = defineRule({
  id: 'http/redirect',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/301-redirects',
  description: 'Each redirect on the way to a document (fetched with redirect: manual, every hop recorded).',
  docs: {
    why: 'Sitemaps and feeds should list final, canonical URLs; each hop costs crawl budget, and temporary redirects keep the old URL indexed.',
    fix: 'List the URL the redirect points to; make permanent moves 301/308.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpContentType = defineRule({
  id: 'http/content-type',
  severity: 'warning',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc9110#name-content-type',
  description: 'The Content-Type header must match the content (HTML as text/html, feeds as their XML or JSON types, sitemaps as XML).',
  docs: {
    why: 'Feed readers and crawlers decide how to parse by Content-Type: an RSS feed served as text/html is treated as a web page, a sitemap as text/plain may be ignored.',
    fix: 'Configure the server\'s MIME types: .xml application/xml, .rss application/rss+xml, .atom application/atom+xml, .json application/feed+json or application/json.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpLastmodAfterLastModified = defineRule({
  id: 'http/lastmod-after-last-modified',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap#additional-notes-about-xml-sitemaps',
  description: 'A sitemap <lastmod> must not be later than the Last-Modified the server sends for the page.',
  docs: {
    why: 'Google uses lastmod only when it is consistently and verifiably accurate; a lastmod after the page\'s own last modification claims a change that did not happen. (The other way round is normal: static hosts send the deploy time.)',
    fix: 'Write lastmod from the date the content last changed, not from the build time.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpFetchFailed = defineRule({
  id: 'http/fetch-failed',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
  description: 'The document could not be fetched: DNS, connection, TLS, timeout or too many redirects.',
  docs: {
    why: 'What dateline cannot fetch, crawlers cannot either.',
    fix: 'Check the URL and the server; raise --timeout for a slow server.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpTooLarge = defineRule({
  id: 'http/too-large',
  severity: 'error',
  helpUrl: 'https://www.sitemaps.org/protocol.html',
  description: 'A response is larger than --max-bytes (default 50 MB, the sitemap limit) and was not read to the end.',
  docs: {
    why: 'Sitemaps over 50 MB are rejected; a page or feed that large is a problem for every reader.',
    fix: 'Split the document; raise --max-bytes if it is meant to be that large.',
  },
})

/** Raised by `checkTask` (crawl.ts). */
export const httpRobotsDisallowed = defineRule({
  id: 'http/robots-disallowed',
  severity: 'info',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc9309',
  description: 'A URL found while crawling is disallowed for dateline by robots.txt and was not fetched.',
  docs: {
    why: 'dateline honours robots.txt (RFC 9309) like any crawler; a sitemap that lists disallowed URLs also sends Google mixed signals.',
    fix: 'Allow the user agent "dateline" in robots.txt to check those URLs, or drop them from the sitemap.',
  },
})

/** Raised by `checkUrls` (crawl.ts). */
export const httpMaxPages = defineRule({
  id: 'http/max-pages',
  severity: 'info',
  helpUrl: 'https://www.npmjs.com/package/dateline-kit',
  description: 'The crawl stopped at --max-pages; the remaining URLs were not fetched.',
  docs: {
    why: 'A crawl is bounded so that a CI job ends; what was not fetched was not checked.',
    fix: 'Raise --max-pages to check everything.',
  },
})

export const HTTP_RULES: readonly RuleMeta[] = [
  httpStatus,
  httpSitemapUrlStatus,
  httpRedirect,
  httpContentType,
  httpLastmodAfterLastModified,
  httpFetchFailed,
  httpTooLarge,
  httpRobotsDisallowed,
  httpMaxPages,
]
