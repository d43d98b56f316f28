/**
 * Rules every feed format shares (XML, URLs, HTML content, language, dates,
 * ids), after the W3C Feed Validation Service's checks. The rules of each
 * format are in rss-rules.ts, atom-rules.ts (and atom-value-rules.ts),
 * json-feed-rules.ts and rss1.ts. Ids follow the W3C message where there is
 * one (named in each description).
 */
import { defineRule, type RuleMeta } from '../rule.js'

/** The W3C feed validator's documentation, which the feed rules follow. */
export const W3C = 'https://validator.w3.org/feed/docs'

/** Raised by `checkAtom` (atom.ts); `checkRss` (rss.ts); `checkRss1` (rss1.ts); `checkSitemap` (../sitemaps/check.ts). */
export const xmlNotWellFormed = defineRule({
  id: 'xml/not-well-formed',
  severity: 'error',
  helpUrl: 'https://www.w3.org/TR/xml/#sec-well-formed',
  description: 'The file must be well-formed XML (W3C feed validator: SAXError); feed readers and sitemap crawlers reject it otherwise.',
  docs: {
    why: 'An XML parser stops at the first well-formedness error, so nothing after it is read: a raw `&`, an undefined entity such as `&nbsp;`, a control character, `]]>` inside CDATA or an undeclared namespace prefix (`content:encoded` without `xmlns:content`) makes the whole file unreadable.',
    fix: 'Escape `&` `<` `>` in text (`&amp;` `&lt;` `&gt;`), use numeric references instead of HTML entities (`&#160;`), drop control characters, split `]]>` inside CDATA, and declare every namespace prefix on the root element.',
  },
})

/** Raised by `checkFeedUrl` (common.ts). */
export const feedRelativeUrl = defineRule({
  id: 'feed/relative-url',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidFullLink.html`,
  description: 'Links, guids used as permalinks, enclosure, image and self URLs must be absolute http(s) URLs (W3C: InvalidFullLink, RelativeSelf).',
  docs: {
    why: 'A feed is read away from the site, so a reader has no page to resolve `/2023/10/story/` against; most readers drop or mangle relative links.',
    fix: 'Write every URL with scheme and host (`https://example.com/2023/10/story/`); in Atom an absolute `xml:base` also works.',
  },
})

/** Raised by `checkContentHtml` (common.ts). */
export const feedRelativeUrlInContent = defineRule({
  id: 'feed/relative-url-in-content',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ContainsRelRef.html`,
  description: 'HTML content (RSS description / content:encoded, Atom content and summary, JSON Feed content_html) should use absolute URLs in href, src, srcset and poster (W3C: ContainsRelRef).',
  docs: {
    why: 'Readers show the content outside the site; images and links with relative URLs break (jekyll-feed#185, docusaurus#9136). The W3C validator does not look at `srcset`, readers still break on it.',
    fix: 'Resolve every `href`, `src`, `srcset` and `poster` against the article URL when writing the feed.',
  },
})

/** Raised by `checkContentHtml`, `checkXhtmlElement` (common.ts). */
export const feedUnsafeHtml = defineRule({
  id: 'feed/unsafe-html',
  severity: 'warning',
  helpUrl: `${W3C}/warning/SecurityRisk.html`,
  description: 'HTML content should not carry scripts, frames, embedded objects, `on…` event attributes, styles beyond colours, fonts, borders and spacing, or `javascript:` URLs (W3C: SecurityRisk, SecurityRiskAttr, DangerousStyleAttr).',
  docs: {
    why: 'Readers strip them (so embeds silently vanish) or, worse, run them; aggregators such as MSN reject items that carry them.',
    fix: 'Sanitize feed HTML: drop `script`, `style`, `on…` attributes; turn iframes and social embeds into links.',
  },
})

/** Raised by `checkAtom › checkFeed` (atom.ts); `checkJsonFeed` (json-feed.ts); `checkRss › checkChannel` (rss.ts). */
export const feedMissingSelfLink = defineRule({
  id: 'feed/missing-self-link',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingAtomSelfLink.html`,
  description: 'A feed should name its own URL: `atom:link rel="self"` in RSS and Atom, `feed_url` in JSON Feed (W3C: MissingAtomSelfLink, MissingSelf).',
  docs: {
    why: 'Aggregators and WebSub hubs use the self link to know the feed\'s canonical address; it was the W3C validator\'s most frequent complaint.',
    fix: 'RSS: declare `xmlns:atom="http://www.w3.org/2005/Atom"` and add `<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>` to the channel. Atom: `<link rel="self" href="…"/>`. JSON Feed: `"feed_url": "https://example.com/feed.json"`.',
  },
})

/** Raised by `checkLanguage` (common.ts). */
export const feedInvalidLanguage = defineRule({
  id: 'feed/invalid-language',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  description: 'RSS `language`, Atom `xml:lang` and JSON Feed `language` must be language tags such as `id` or `en-us` (W3C: InvalidLanguage).',
  docs: {
    why: 'Readers and aggregators pick fonts, hyphenation and search indexes by language; `en_US` (an underscore, from a POSIX locale) is not a language tag (jekyll-feed#298).',
    fix: 'Use a BCP 47 tag with hyphens: `en`, `en-us`, `id`, `pt-br`.',
  },
})

/** Raised by `checkLanguage` (common.ts). */
export const feedUnknownLanguage = defineRule({
  id: 'feed/unknown-language',
  severity: 'warning',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  description: 'The language tag is well-formed but its language is not a known ISO 639 code.',
  docs: {
    why: 'A typo such as `ind` for `id` passes a shape check but names no language (or the wrong one).',
    fix: 'Use the ISO 639-1 code where one exists (`id` Indonesian, `jv` Javanese, `en` English), else ISO 639-2/3.',
  },
})

/** Raised by `checkPlausibleDate` (common.ts). */
export const feedImplausibleDate = defineRule({
  id: 'feed/implausible-date',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ImplausibleDate.html`,
  description: 'A feed date more than a day after "now" (`--now`) or before 1990 is implausible (W3C: ImplausibleDate).',
  docs: {
    why: 'Items dated in the future stay pinned to the top of readers; dates before the web are almost always a zero or parse error. Scheduled articles leak this way.',
    fix: 'Keep embargoed or scheduled items out of the feed until their time, and write the real publication date.',
  },
})

/** Raised by `checkAtom › checkEntryOrFeed` (atom.ts); `checkJsonFeed › checkItem` (json-feed.ts); `checkRss › checkItem` (rss.ts). */
export const feedDuplicateId = defineRule({
  id: 'feed/duplicate-id',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateEntries.html`,
  description: 'Each item needs its own id: RSS `guid`, Atom `id`, JSON Feed item `id` (W3C: DuplicateEntries, NotSufficientlyUnique).',
  docs: {
    why: 'Readers use the id to tell items apart; two items with one id show as one, or the second replaces the first.',
    fix: 'Derive the id from something unique and stable per article, such as its permalink or a front-matter id.',
  },
})

/** The rules every feed format shares (XML, URLs, HTML content, language, dates, ids). */
export const FEED_RULES: readonly RuleMeta[] = [
  xmlNotWellFormed,
  feedRelativeUrl,
  feedRelativeUrlInContent,
  feedUnsafeHtml,
  feedMissingSelfLink,
  feedInvalidLanguage,
  feedUnknownLanguage,
  feedImplausibleDate,
  feedDuplicateId,
]
