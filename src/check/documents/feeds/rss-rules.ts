/** Rules of RSS 2.0 (the RSS Advisory Board's specification, after the W3C feed validator). */
import { defineRule, type RuleMeta } from '../rule.js'
import { W3C } from './rules.js'

const RSS_SPEC = 'https://www.rssboard.org/rss-specification'

/** Raised by `checkRss › checkItem`, `checkRss › checkChannel`, `checkRss` (rss.ts). */
export const rssMissingElement = defineRule({
  id: 'rss/missing-element',
  severity: 'error',
  helpUrl: RSS_SPEC,
  description: 'RSS 2.0 required elements and attributes: `rss@version="2.0"`, `channel` with `title`, `link`, `description`; each `item` with `title` or `description`; `image` with `url`, `title`, `link`; `enclosure` with `url`, `length`, `type` (W3C: MissingElement, MissingAttribute).',
  docs: {
    why: 'The RSS 2.0 specification requires them; readers show an empty or unnamed feed or item without them.',
    fix: 'Add the element the message names; for an item, at least a title or a description.',
  },
})

/** Raised by `checkRss › checkUndefined` (rss.ts). */
export const rssUndefinedElement = defineRule({
  id: 'rss/undefined-element',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  description: 'Elements without a namespace must be RSS 2.0 elements in their place; `content:` and `dc:` elements must exist in those modules (W3C: UndefinedElement).',
  docs: {
    why: 'Readers ignore unknown elements, so the data is lost: a channel `<author>` (the `rss` npm package writes one), `<pubdate>` instead of `<pubDate>`, an item `<image>`.',
    fix: 'Use the RSS 2.0 element (the message suggests the closest), or put extensions in their own namespace (`dc:creator`, `media:content`).',
  },
})

/** Raised by `checkRss › checkDate` (rss.ts). */
export const rssInvalidDate = defineRule({
  id: 'rss/invalid-date',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidRFC2822Date.html`,
  description: 'RSS `pubDate` and `lastBuildDate` must be RFC 822 date-times that exist, with the right weekday (W3C: InvalidRFC2822Date, IncorrectDOW).',
  docs: {
    why: 'Readers sort and deduplicate by date; an ISO 8601 date, "Invalid Date" or a wrong weekday is dropped or misread.',
    fix: 'Format as RFC 822 with a four-digit year and a numeric offset: `Wed, 11 Oct 2023 09:30:00 +0700`.',
  },
})

/** Raised by `checkRss › checkDate` (rss.ts). */
export const rssProblematicDate = defineRule({
  id: 'rss/problematic-date',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ProblematicalRFC822Date.html`,
  description: 'An RFC 822 date with a two-digit year is legal but ambiguous (W3C: ProblematicalRFC822Date).',
  docs: {
    why: 'Readers guess the century of `11 Oct 23` differently.',
    fix: 'Write the year with four digits.',
  },
})

/** Raised by `checkRss › checkOnce`, `checkRss` (rss.ts). */
export const rssDuplicateElement = defineRule({
  id: 'rss/duplicate-element',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  description: 'RSS elements that describe the channel, an item, the image or the text input once (`title`, `link`, `description`, `pubDate`, `guid`, …) must not repeat; nor `dc:date` and `dc:language` (W3C: DuplicateElement).',
  docs: {
    why: 'Readers keep the first or the last of two titles or dates, unpredictably; a second `<channel>` is ignored.',
    fix: 'Remove the repeated element; use `category` (which may repeat) for several topics.',
  },
})

/** Raised by `checkRss › checkItem` (rss.ts). */
export const rssMissingGuid = defineRule({
  id: 'rss/missing-guid',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingGuid.html`,
  description: 'Each RSS item should have a `guid` (W3C: MissingGuid; Google News requires one).',
  docs: {
    why: 'Without a guid, readers guess identity from title or link and show edited items twice; Google News Publisher Center requires `<guid>`.',
    fix: 'Add `<guid>` with the item\'s permalink, or a stable id with `isPermaLink="false"`.',
  },
})

/** Raised by `checkRss › checkItem` (rss.ts). */
export const rssInvalidGuid = defineRule({
  id: 'rss/invalid-guid',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidHttpGUID.html`,
  description: 'A `guid` is a permalink unless `isPermaLink="false"`, so it must then be an absolute URL; `isPermaLink` is `true` or `false` (W3C: InvalidHttpGUID, InvalidPermalink).',
  docs: {
    why: 'Readers open a permalink guid as the item\'s link; a bare id such as `post-42` becomes a broken link.',
    fix: 'Add `isPermaLink="false"` to guids that are not URLs, or use the absolute permalink.',
  },
})

/** Raised by `checkRss › checkContact` (rss.ts). */
export const rssAuthorNotEmail = defineRule({
  id: 'rss/author-not-email',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidContact.html`,
  description: 'RSS `author`, `managingEditor` and `webMaster` hold an e-mail address, optionally with the name in parentheses (W3C: InvalidContact).',
  docs: {
    why: 'RSS 2.0 defines these as e-mail addresses; a bare name is invalid and was the most common feed complaint (jpmonette/feed#241).',
    fix: 'Put names in `<dc:creator>` (declare `xmlns:dc="http://purl.org/dc/elements/1.1/"`); use `<author>` only as `newsroom@example.com (Jane Doe)`.',
  },
})

/** Raised by `checkRss › checkContact` (rss.ts). */
export const rssAuthorMissingName = defineRule({
  id: 'rss/author-missing-name',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingRealName.html`,
  description: 'An RSS contact that is only an e-mail address should carry the person\'s name: `email (Name)` (W3C: MissingRealName).',
  docs: {
    why: 'Readers show the contact as the byline; a bare address says nothing about who wrote the item.',
    fix: 'Write `jane@example.com (Jane Doe)`, or use `dc:creator` for the name.',
  },
})

/** Raised by `checkRss › checkDuplicateSemantics` (rss.ts). */
export const rssDuplicateSemantics = defineRule({
  id: 'rss/duplicate-semantics',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateItemSemantics.html`,
  description: 'An item or channel should not say the same thing twice in two vocabularies: `author` and `dc:creator`, `pubDate` and `dc:date`, `category` and `dc:subject`, `source` and `dc:source`, `language` and `dc:language`, `copyright` and `dc:rights` (W3C: DuplicateItemSemantics, DuplicateSemantics).',
  docs: {
    why: 'Readers pick one of the two, and when they differ (an e-mail in `author`, a name in `dc:creator`) users see the wrong one.',
    fix: 'Keep one of each pair: `dc:creator` (one per person) rather than `author`, `pubDate` rather than `dc:date`.',
  },
})

/** Raised by `checkRss › checkItem` (rss.ts). */
export const rssDescriptionAfterContent = defineRule({
  id: 'rss/description-after-content',
  severity: 'warning',
  helpUrl: `${W3C}/warning/NeedDescriptionBeforeContent.html`,
  description: 'In an item with `content:encoded`, a `description` should come first (W3C: NeedDescriptionBeforeContent).',
  docs: {
    why: 'Some readers take the first of the two as the summary; without a description they show the full text as a teaser.',
    fix: 'Write `<description>` (a summary) before `<content:encoded>`.',
  },
})

/** Raised by `checkRss › checkItem`, `checkRss › checkChannel`, `checkRss` (rss.ts). */
export const rssInvalidValue = defineRule({
  id: 'rss/invalid-value',
  severity: 'error',
  helpUrl: RSS_SPEC,
  description: 'RSS values with a fixed form: `ttl` and enclosure `length` are integers, `image` width ≤ 144 and height ≤ 400, `skipHours` 0–23, `skipDays` day names, `rss@version` "2.0".',
  docs: {
    why: 'The RSS 2.0 specification fixes these values; readers ignore or misread others.',
    fix: 'Write the value in the form the message names.',
  },
})

export const RSS_RULES: readonly RuleMeta[] = [
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
]
