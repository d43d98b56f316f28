/**
 * Rules of the feed layer: the W3C Feed Validation Service's checks that
 * matter for RSS 2.0 and Atom 1.0, and JSON Feed 1.1's required fields.
 * Ids follow the W3C message where there is one (named in each description).
 */
import type { RuleMeta } from '../rule.js'
import { jsonFeedMissingField, jsonFeedWrongType, jsonFeedInvalidVersion, jsonFeedInvalidDate, jsonFeedUnknownField, jsonFeedDeprecatedField } from './json-feed-rules.js'

export { jsonFeedMissingField, jsonFeedWrongType, jsonFeedInvalidVersion, jsonFeedInvalidDate, jsonFeedUnknownField, jsonFeedDeprecatedField } from './json-feed-rules.js'

const W3C = 'https://validator.w3.org/feed/docs'
const RSS_SPEC = 'https://www.rssboard.org/rss-specification'
const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

export const xmlNotWellFormed: RuleMeta = {
  id: 'xml/not-well-formed',
  description: 'The file must be well-formed XML (W3C feed validator: SAXError); feed readers and sitemap crawlers reject it otherwise.',
  severity: 'error',
  helpUrl: 'https://www.w3.org/TR/xml/#sec-well-formed',
  docs: {
    why: 'An XML parser stops at the first well-formedness error, so nothing after it is read: a raw `&`, an undefined entity such as `&nbsp;`, a control character, `]]>` inside CDATA or an undeclared namespace prefix (`content:encoded` without `xmlns:content`) makes the whole file unreadable.',
    fix: 'Escape `&` `<` `>` in text (`&amp;` `&lt;` `&gt;`), use numeric references instead of HTML entities (`&#160;`), drop control characters, split `]]>` inside CDATA, and declare every namespace prefix on the root element.',
  },
}

export const feedRelativeUrl: RuleMeta = {
  id: 'feed/relative-url',
  description: 'Links, guids used as permalinks, enclosure, image and self URLs must be absolute http(s) URLs (W3C: InvalidFullLink, RelativeSelf).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidFullLink.html`,
  docs: {
    why: 'A feed is read away from the site, so a reader has no page to resolve `/2023/10/story/` against; most readers drop or mangle relative links.',
    fix: 'Write every URL with scheme and host (`https://example.com/2023/10/story/`); in Atom an absolute `xml:base` also works.',
  },
}

export const feedRelativeUrlInContent: RuleMeta = {
  id: 'feed/relative-url-in-content',
  description: 'HTML content (RSS description / content:encoded, Atom content and summary, JSON Feed content_html) should use absolute URLs in href, src, srcset and poster (W3C: ContainsRelRef).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ContainsRelRef.html`,
  docs: {
    why: 'Readers show the content outside the site; images and links with relative URLs break (jekyll-feed#185, docusaurus#9136). The W3C validator does not look at `srcset`, readers still break on it.',
    fix: 'Resolve every `href`, `src`, `srcset` and `poster` against the article URL when writing the feed.',
  },
}

export const feedUnsafeHtml: RuleMeta = {
  id: 'feed/unsafe-html',
  description: 'HTML content should not carry scripts, frames, embedded objects, `on…` event attributes, styles beyond colours, fonts, borders and spacing, or `javascript:` URLs (W3C: SecurityRisk, SecurityRiskAttr, DangerousStyleAttr).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/SecurityRisk.html`,
  docs: {
    why: 'Readers strip them (so embeds silently vanish) or, worse, run them; aggregators such as MSN reject items that carry them.',
    fix: 'Sanitize feed HTML: drop `script`, `style`, `on…` attributes; turn iframes and social embeds into links.',
  },
}

export const feedMissingSelfLink: RuleMeta = {
  id: 'feed/missing-self-link',
  description: 'A feed should name its own URL: `atom:link rel="self"` in RSS and Atom, `feed_url` in JSON Feed (W3C: MissingAtomSelfLink, MissingSelf).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingAtomSelfLink.html`,
  docs: {
    why: 'Aggregators and WebSub hubs use the self link to know the feed\'s canonical address; it was the W3C validator\'s most frequent complaint.',
    fix: 'RSS: declare `xmlns:atom="http://www.w3.org/2005/Atom"` and add `<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>` to the channel. Atom: `<link rel="self" href="…"/>`. JSON Feed: `"feed_url": "https://example.com/feed.json"`.',
  },
}

export const feedInvalidLanguage: RuleMeta = {
  id: 'feed/invalid-language',
  description: 'RSS `language`, Atom `xml:lang` and JSON Feed `language` must be language tags such as `id` or `en-us` (W3C: InvalidLanguage).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  docs: {
    why: 'Readers and aggregators pick fonts, hyphenation and search indexes by language; `en_US` (an underscore, from a POSIX locale) is not a language tag (jekyll-feed#298).',
    fix: 'Use a BCP 47 tag with hyphens: `en`, `en-us`, `id`, `pt-br`.',
  },
}

export const feedUnknownLanguage: RuleMeta = {
  id: 'feed/unknown-language',
  description: 'The language tag is well-formed but its language is not a known ISO 639 code.',
  severity: 'warning',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  docs: {
    why: 'A typo such as `ind` for `id` passes a shape check but names no language (or the wrong one).',
    fix: 'Use the ISO 639-1 code where one exists (`id` Indonesian, `jv` Javanese, `en` English), else ISO 639-2/3.',
  },
}

export const feedImplausibleDate: RuleMeta = {
  id: 'feed/implausible-date',
  description: 'A feed date more than a day after "now" (`--now`) or before 1990 is implausible (W3C: ImplausibleDate).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ImplausibleDate.html`,
  docs: {
    why: 'Items dated in the future stay pinned to the top of readers; dates before the web are almost always a zero or parse error. Scheduled articles leak this way.',
    fix: 'Keep embargoed or scheduled items out of the feed until their time, and write the real publication date.',
  },
}

export const feedDuplicateId: RuleMeta = {
  id: 'feed/duplicate-id',
  description: 'Each item needs its own id: RSS `guid`, Atom `id`, JSON Feed item `id` (W3C: DuplicateEntries, NotSufficientlyUnique).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateEntries.html`,
  docs: {
    why: 'Readers use the id to tell items apart; two items with one id show as one, or the second replaces the first.',
    fix: 'Derive the id from something unique and stable per article, such as its permalink or a front-matter id.',
  },
}

export const rssMissingElement: RuleMeta = {
  id: 'rss/missing-element',
  description: 'RSS 2.0 required elements and attributes: `rss@version="2.0"`, `channel` with `title`, `link`, `description`; each `item` with `title` or `description`; `image` with `url`, `title`, `link`; `enclosure` with `url`, `length`, `type` (W3C: MissingElement, MissingAttribute).',
  severity: 'error',
  helpUrl: RSS_SPEC,
  docs: {
    why: 'The RSS 2.0 specification requires them; readers show an empty or unnamed feed or item without them.',
    fix: 'Add the element the message names; for an item, at least a title or a description.',
  },
}

export const rssUndefinedElement: RuleMeta = {
  id: 'rss/undefined-element',
  description: 'Elements without a namespace must be RSS 2.0 elements in their place; `content:` and `dc:` elements must exist in those modules (W3C: UndefinedElement).',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  docs: {
    why: 'Readers ignore unknown elements, so the data is lost: a channel `<author>` (the `rss` npm package writes one), `<pubdate>` instead of `<pubDate>`, an item `<image>`.',
    fix: 'Use the RSS 2.0 element (the message suggests the closest), or put extensions in their own namespace (`dc:creator`, `media:content`).',
  },
}

export const rssInvalidDate: RuleMeta = {
  id: 'rss/invalid-date',
  description: 'RSS `pubDate` and `lastBuildDate` must be RFC 822 date-times that exist, with the right weekday (W3C: InvalidRFC2822Date, IncorrectDOW).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidRFC2822Date.html`,
  docs: {
    why: 'Readers sort and deduplicate by date; an ISO 8601 date, "Invalid Date" or a wrong weekday is dropped or misread.',
    fix: 'Format as RFC 822 with a four-digit year and a numeric offset: `Wed, 11 Oct 2023 09:30:00 +0700`.',
  },
}

export const rssProblematicDate: RuleMeta = {
  id: 'rss/problematic-date',
  description: 'An RFC 822 date with a two-digit year is legal but ambiguous (W3C: ProblematicalRFC822Date).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ProblematicalRFC822Date.html`,
  docs: {
    why: 'Readers guess the century of `11 Oct 23` differently.',
    fix: 'Write the year with four digits.',
  },
}

export const rssDuplicateElement: RuleMeta = {
  id: 'rss/duplicate-element',
  description: 'RSS elements that describe the channel, an item, the image or the text input once (`title`, `link`, `description`, `pubDate`, `guid`, …) must not repeat; nor `dc:date` and `dc:language` (W3C: DuplicateElement).',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  docs: {
    why: 'Readers keep the first or the last of two titles or dates, unpredictably; a second `<channel>` is ignored.',
    fix: 'Remove the repeated element; use `category` (which may repeat) for several topics.',
  },
}

export const rssMissingGuid: RuleMeta = {
  id: 'rss/missing-guid',
  description: 'Each RSS item should have a `guid` (W3C: MissingGuid; Google News requires one).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingGuid.html`,
  docs: {
    why: 'Without a guid, readers guess identity from title or link and show edited items twice; Google News Publisher Center requires `<guid>`.',
    fix: 'Add `<guid>` with the item\'s permalink, or a stable id with `isPermaLink="false"`.',
  },
}

export const rssInvalidGuid: RuleMeta = {
  id: 'rss/invalid-guid',
  description: 'A `guid` is a permalink unless `isPermaLink="false"`, so it must then be an absolute URL; `isPermaLink` is `true` or `false` (W3C: InvalidHttpGUID, InvalidPermalink).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidHttpGUID.html`,
  docs: {
    why: 'Readers open a permalink guid as the item\'s link; a bare id such as `post-42` becomes a broken link.',
    fix: 'Add `isPermaLink="false"` to guids that are not URLs, or use the absolute permalink.',
  },
}

export const rssAuthorNotEmail: RuleMeta = {
  id: 'rss/author-not-email',
  description: 'RSS `author`, `managingEditor` and `webMaster` hold an e-mail address, optionally with the name in parentheses (W3C: InvalidContact).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidContact.html`,
  docs: {
    why: 'RSS 2.0 defines these as e-mail addresses; a bare name is invalid and was the most common feed complaint (jpmonette/feed#241).',
    fix: 'Put names in `<dc:creator>` (declare `xmlns:dc="http://purl.org/dc/elements/1.1/"`); use `<author>` only as `newsroom@example.com (Jane Doe)`.',
  },
}

export const rssAuthorMissingName: RuleMeta = {
  id: 'rss/author-missing-name',
  description: 'An RSS contact that is only an e-mail address should carry the person\'s name: `email (Name)` (W3C: MissingRealName).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingRealName.html`,
  docs: {
    why: 'Readers show the contact as the byline; a bare address says nothing about who wrote the item.',
    fix: 'Write `jane@example.com (Jane Doe)`, or use `dc:creator` for the name.',
  },
}

export const rssDuplicateSemantics: RuleMeta = {
  id: 'rss/duplicate-semantics',
  description: 'An item or channel should not say the same thing twice in two vocabularies: `author` and `dc:creator`, `pubDate` and `dc:date`, `category` and `dc:subject`, `source` and `dc:source`, `language` and `dc:language`, `copyright` and `dc:rights` (W3C: DuplicateItemSemantics, DuplicateSemantics).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateItemSemantics.html`,
  docs: {
    why: 'Readers pick one of the two, and when they differ (an e-mail in `author`, a name in `dc:creator`) users see the wrong one.',
    fix: 'Keep one of each pair: `dc:creator` (one per person) rather than `author`, `pubDate` rather than `dc:date`.',
  },
}

export const rssDescriptionAfterContent: RuleMeta = {
  id: 'rss/description-after-content',
  description: 'In an item with `content:encoded`, a `description` should come first (W3C: NeedDescriptionBeforeContent).',
  severity: 'warning',
  helpUrl: `${W3C}/warning/NeedDescriptionBeforeContent.html`,
  docs: {
    why: 'Some readers take the first of the two as the summary; without a description they show the full text as a teaser.',
    fix: 'Write `<description>` (a summary) before `<content:encoded>`.',
  },
}

export const rssInvalidValue: RuleMeta = {
  id: 'rss/invalid-value',
  description: 'RSS values with a fixed form: `ttl` and enclosure `length` are integers, `image` width ≤ 144 and height ≤ 400, `skipHours` 0–23, `skipDays` day names, `rss@version` "2.0".',
  severity: 'error',
  helpUrl: RSS_SPEC,
  docs: {
    why: 'The RSS 2.0 specification fixes these values; readers ignore or misread others.',
    fix: 'Write the value in the form the message names.',
  },
}

export const atomMissingElement: RuleMeta = {
  id: 'atom/missing-element',
  description: 'Atom required elements: `feed` and each `entry` with `id`, `title`, `updated`; an `author` on each entry or the feed; `author` with `name`; an entry without `content` needs `link rel="alternate"`; `link` needs `href` (RFC 4287; W3C: MissingElement).',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.1.1`,
  docs: {
    why: 'RFC 4287 makes them mandatory; readers cannot identify, date or attribute an entry without them.',
    fix: 'Add the element the message names.',
  },
}

export const atomUndefinedElement: RuleMeta = {
  id: 'atom/undefined-element',
  description: 'Elements in the Atom namespace must be Atom elements allowed in their parent (W3C: UndefinedElement).',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  docs: {
    why: 'Readers ignore unknown Atom elements, so their data is lost (`<pubDate>` or `<description>` copied from RSS, `<created>` from Atom 0.3).',
    fix: 'Use the Atom element the message suggests (`published`, `summary`), or move extensions into their own namespace.',
  },
}

export const atomInvalidDate: RuleMeta = {
  id: 'atom/invalid-date',
  description: 'Atom `updated` and `published` must be RFC 3339 date-times with a time zone that exist (W3C: InvalidRFC3339Date).',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidRFC3339Date.html`,
  docs: {
    why: 'Readers sort and detect changes by these dates; a date without time or zone, or an RFC 822 date, is rejected.',
    fix: 'Write `2023-10-11T09:30:00+07:00` (or with `Z`).',
  },
}

export const atomInvalidId: RuleMeta = {
  id: 'atom/invalid-id',
  description: 'Atom `id` must be an absolute IRI, such as a `tag:` URI, `urn:uuid:` or the permalink (RFC 4287 §4.2.6; W3C: InvalidFullLink).',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.2.6`,
  docs: {
    why: 'The id identifies the entry forever across feeds; a relative or bare value is not an IRI and may collide with other feeds\' ids.',
    fix: 'Use the absolute permalink, or `tag:example.com,2023:story-42`.',
  },
}

export const atomInvalidValue: RuleMeta = {
  id: 'atom/invalid-value',
  description: 'Atom attribute and element values with a fixed form: text `type` is `text`, `html` or `xhtml` (xhtml content wrapped in one `div`); `email` is an e-mail address.',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-3.1.1`,
  docs: {
    why: 'Readers decide how to display text by its type; another value makes them show markup as text or drop it.',
    fix: 'Use `type="html"` for escaped HTML, `type="xhtml"` with a single `<div xmlns="http://www.w3.org/1999/xhtml">` child, or leave plain text untyped.',
  },
}

export const atomDuplicateElement: RuleMeta = {
  id: 'atom/duplicate-element',
  description: 'Atom elements that may appear once (`id`, `title`, `updated`, `published`, `content`, `summary`, …) must not repeat (W3C: DuplicateElement).',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  docs: {
    why: 'RFC 4287 allows one; readers keep the first or the last, unpredictably.',
    fix: 'Remove the repeated element.',
  },
}

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
  rssMissingElement,
  rssUndefinedElement,
  rssInvalidDate,
  rssProblematicDate,
  rssDuplicateElement,
  rssMissingGuid,
  rssInvalidGuid,
  rssAuthorNotEmail,
  rssAuthorMissingName,
  rssDuplicateSemantics,
  rssDescriptionAfterContent,
  rssInvalidValue,
  atomMissingElement,
  atomUndefinedElement,
  atomInvalidDate,
  atomInvalidId,
  atomInvalidValue,
  atomDuplicateElement,
  jsonFeedMissingField,
  jsonFeedWrongType,
  jsonFeedInvalidVersion,
  jsonFeedInvalidDate,
  jsonFeedUnknownField,
  jsonFeedDeprecatedField,
]
