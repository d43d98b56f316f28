/** The cross-check rules: site mode compares a build's outputs with each other and with the sources. */
import { defineRule, type RuleMeta } from '../../util/rule.js'

const SITE_MODE = 'https://www.npmjs.com/package/dateline-kit'

/** Raised by `crossCheckAtom` (read-atom.ts); `unknownItem` (read-feed-items.ts); `crossCheckHtml › url` (read-html.ts); `crossCheckJsonFeed` (read-json-feed.ts); `crossCheckJsonLd` (read-jsonld.ts); `crossCheckRss` (read-rss.ts). */
export const siteUrlMismatch = defineRule({
  id: 'site/url-mismatch',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  description: 'An article has one URL everywhere: JSON-LD `url`, and its canonical URL in JSON-LD `mainEntityOfPage` (and the WebPage `url`), the canonical link and `og:url`; feed item links and ids, sitemap and news-sitemap `<loc>` are the URL of an article of the site.',
  docs: {
    why: 'Search engines and feed readers join the outputs by URL; a URL that differs in one of them splits the article in two or points readers at a page that does not exist.',
    fix: 'Rebuild; if the mismatch stays, the output named in the message is written from something other than the article\'s `url`/`canonical` (a custom template or post-processing step).',
  },
})

/** Raised by `feedHeadline` (read-feed-items.ts); `crossCheckHtml` (read-html.ts); `crossCheckJsonLd` (read-jsonld.ts); `crossCheckSitemap` (read-sitemap.ts). */
export const siteHeadlineMismatch = defineRule({
  id: 'site/headline-mismatch',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  description: 'An article has one headline everywhere: JSON-LD `headline`, the page\'s `<h1>` and `<title>`, `og:title`, feed titles and `news:title` (compared after each format\'s escaping and cleaning).',
  docs: {
    why: 'Google News compares the structured-data headline with the page and the news sitemap; a headline that differs between them looks like a bait or a stale copy.',
    fix: 'Rebuild from the same sources; fix whatever rewrites the title in the output the message names.',
  },
})

/** Raised by `feedAuthors` (read-feed-items.ts); `crossCheckHtml` (read-html.ts); `crossCheckJsonLd` (read-jsonld.ts). */
export const siteAuthorMismatch = defineRule({
  id: 'site/author-mismatch',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/article#author-bp',
  description: 'An article credits the same authors everywhere: the JSON-LD author nodes\' names, the page byline, and the feed authors (RSS `dc:creator` or `<author>`, Atom `<author><name>`, JSON Feed `authors`).',
  docs: {
    why: 'Google asks that the structured-data authors match the byline visible on the page; feed readers show the feed\'s authors.',
    fix: 'Rebuild; fix the template or step that drops or renames an author in the output the message names.',
  },
})

/** Raised by `feedDate` (read-feed-items.ts); `crossCheckHtml › date`, `crossCheckHtml` (read-html.ts); `jsonLdDate` (read-jsonld.ts); `crossCheckSitemap` (read-sitemap.ts). */
export const siteDateMismatch = defineRule({
  id: 'site/date-mismatch',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/appearance/publication-dates',
  description: 'An article has the same dates everywhere, compared as instants: `datePublished`/`dateModified` in JSON-LD, `article:published_time`/`article:modified_time`, the page\'s `<time datetime>`, feed publication dates (RSS `pubDate`, Atom `published`, JSON Feed `date_published`) and update dates, sitemap `lastmod` (the modification date, else the publication date) and `news:publication_date`.',
  docs: {
    why: 'Google picks an article\'s date from several signals and shows the wrong one when they disagree; a news sitemap date that differs can move the article out of the two-day window.',
    fix: 'Rebuild; fix the template or step that writes another date (or another time zone without converting) in the output the message names.',
  },
})

/** Raised by `SiteCrossCheck.compare`, `SiteCrossCheck.finish` (cross-check.ts); `crossCheckJsonLd` (read-jsonld.ts). */
export const siteMissingEntry = defineRule({
  id: 'site/missing-entry',
  severity: 'error',
  helpUrl: SITE_MODE,
  description: 'An article is in every output it belongs in: its page (written at the path of its URL), its JSON-LD and head files, the sitemap (when indexable and its own canonical), the news sitemap (when published inside the window) and the feeds whose newest `limit` articles it is among.',
  docs: {
    why: 'An article missing from the sitemap or the feed is found late or never; one missing from its own page or JSON-LD has no structured data.',
    fix: 'Rebuild; if it stays missing, check the output named in the message for a step that filters articles.',
  },
})

/** Raised by `SiteCrossCheck.compare` (cross-check.ts). */
export const siteUnexpectedEntry = defineRule({
  id: 'site/unexpected-entry',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap',
  description: 'A sitemap lists only indexable articles whose canonical URL is their own: not `noindex` ones, not copies whose canonical page lives elsewhere.',
  docs: {
    why: 'Search Console reports a submitted URL marked noindex, or a submitted URL that is not canonical, as an error.',
    fix: 'Leave the article out of the sitemap, or drop `noindex`/`canonical` from its frontmatter.',
  },
})

/** The cross-check rules (site mode only: they compare a build's outputs with its sources). */
export const CROSS_CHECK_RULES: readonly RuleMeta[] = [
  siteUrlMismatch,
  siteHeadlineMismatch,
  siteAuthorMismatch,
  siteDateMismatch,
  siteMissingEntry,
  siteUnexpectedEntry,
]
