/** The cross-check rules: site mode compares a build's outputs with each other and with the sources. */
import { defineRule, type RuleMeta } from '../documents/rule.js'

const SITE_MODE = 'https://www.npmjs.com/package/dateline-kit'

const rule = (id: string, helpUrl: string, description: string, why: string, fix: string): RuleMeta => defineRule(id, 'error', helpUrl, description, why, fix)

/** The cross-check rules (site mode only: they compare a build's outputs with its sources). */
export const CROSS_CHECK_RULE = {
  urlMismatch: rule(
    'site/url-mismatch',
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
    'An article has one URL everywhere: JSON-LD `url`, and its canonical URL in JSON-LD `mainEntityOfPage` (and the WebPage `url`), the canonical link and `og:url`; feed item links and ids, sitemap and news-sitemap `<loc>` are the URL of an article of the site.',
    'Search engines and feed readers join the outputs by URL; a URL that differs in one of them splits the article in two or points readers at a page that does not exist.',
    'Rebuild; if the mismatch stays, the output named in the message is written from something other than the article\'s `url`/`canonical` (a custom template or post-processing step).',
  ),
  headlineMismatch: rule(
    'site/headline-mismatch',
    'https://developers.google.com/search/docs/appearance/structured-data/article',
    'An article has one headline everywhere: JSON-LD `headline`, the page\'s `<h1>` and `<title>`, `og:title`, feed titles and `news:title` (compared after each format\'s escaping and cleaning).',
    'Google News compares the structured-data headline with the page and the news sitemap; a headline that differs between them looks like a bait or a stale copy.',
    'Rebuild from the same sources; fix whatever rewrites the title in the output the message names.',
  ),
  authorMismatch: rule(
    'site/author-mismatch',
    'https://developers.google.com/search/docs/appearance/structured-data/article#author-bp',
    'An article credits the same authors everywhere: the JSON-LD author nodes\' names, the page byline, and the feed authors (RSS `dc:creator` or `<author>`, Atom `<author><name>`, JSON Feed `authors`).',
    'Google asks that the structured-data authors match the byline visible on the page; feed readers show the feed\'s authors.',
    'Rebuild; fix the template or step that drops or renames an author in the output the message names.',
  ),
  dateMismatch: rule(
    'site/date-mismatch',
    'https://developers.google.com/search/docs/appearance/publication-dates',
    'An article has the same dates everywhere, compared as instants: `datePublished`/`dateModified` in JSON-LD, `article:published_time`/`article:modified_time`, the page\'s `<time datetime>`, feed publication dates (RSS `pubDate`, Atom `published`, JSON Feed `date_published`) and update dates, sitemap `lastmod` (the modification date, else the publication date) and `news:publication_date`.',
    'Google picks an article\'s date from several signals and shows the wrong one when they disagree; a news sitemap date that differs can move the article out of the two-day window.',
    'Rebuild; fix the template or step that writes another date (or another time zone without converting) in the output the message names.',
  ),
  missingEntry: rule(
    'site/missing-entry',
    SITE_MODE,
    'An article is in every output it belongs in: its page (written at the path of its URL), its JSON-LD and head files, the sitemap (when indexable and its own canonical), the news sitemap (when published inside the window) and the feeds whose newest `limit` articles it is among.',
    'An article missing from the sitemap or the feed is found late or never; one missing from its own page or JSON-LD has no structured data.',
    'Rebuild; if it stays missing, check the output named in the message for a step that filters articles.',
  ),
  unexpectedEntry: rule(
    'site/unexpected-entry',
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap',
    'A sitemap lists only indexable articles whose canonical URL is their own: not `noindex` ones, not copies whose canonical page lives elsewhere.',
    'Search Console reports a submitted URL marked noindex, or a submitted URL that is not canonical, as an error.',
    'Leave the article out of the sitemap, or drop `noindex`/`canonical` from its frontmatter.',
  ),
} as const

export const CROSS_CHECK_RULES: readonly RuleMeta[] = Object.values(CROSS_CHECK_RULE)

export type CrossCheckRule = (typeof CROSS_CHECK_RULE)[keyof typeof CROSS_CHECK_RULE]
