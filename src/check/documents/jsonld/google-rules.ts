/**
 * The rules of Google's Article structured data documentation (dates, authors, images, paywalled
 * content, speakable), plus dateline's own stricter policy for its own output. Each description
 * names its source.
 */
import { defineRule, type RuleMeta } from '../../../util/rule.js'

const GOOGLE_ARTICLE = 'https://developers.google.com/search/docs/appearance/structured-data/article'
const GOOGLE_PAYWALL = 'https://developers.google.com/search/docs/appearance/structured-data/paywalled-content'
const GOOGLE_SPEAKABLE = 'https://developers.google.com/search/docs/appearance/structured-data/speakable'

/** Raised by `SchemaChecker.checkString` (schema.ts). */
export const googleDatetimeTimezone = defineRule({
  id: 'google/datetime-timezone',
  severity: 'warning',
  helpUrl: 'https://support.google.com/webmasters/answer/13300873',
  description: 'A date-time should carry a timezone offset (Google: "Datetime property is missing a timezone"; Article docs: otherwise Google uses Googlebot\'s timezone).',
  docs: {
    why: 'Without an offset the instant is ambiguous by up to a day.',
    fix: 'Add the offset: 2026-03-20T08:00:00+07:00 (or Z for UTC).',
  },
})

/** Raised by `GoogleChecker.checkArticle` (google.ts). */
export const googleRecommendedProperty = defineRule({
  id: 'google/recommended-property',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Google recommends author, datePublished, dateModified, headline and image on Article, NewsArticle and BlogPosting (it requires none).',
  docs: {
    why: 'Google uses them for the article\'s title, image and date in Search, Top stories and Discover.',
    fix: 'Add the property named in the message.',
  },
})

/** Raised by `GoogleChecker.checkAuthor` (google.ts). */
export const googleAuthorType = defineRule({
  id: 'google/author-type',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Each author should be a Person or Organization object with @type (Google Article author best practices: use Person for people, Organization for organizations, never Thing).',
  docs: {
    why: 'A plain string or a node of another type cannot carry the name, url or sameAs Google uses to identify the author.',
    fix: 'Write {"@type": "Person", "name": "…", "url": "…"} (or Organization).',
  },
})

/** Raised by `GoogleChecker.checkAuthor` (google.ts). */
export const googleAuthorName = defineRule({
  id: 'google/author-name',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Each author should have a name (Google Article: author.name is recommended).',
  docs: {
    why: 'Without a name Google cannot show or match the author.',
    fix: 'Add "name" to the author.',
  },
})

/** Raised by `GoogleChecker.checkAuthorName` (google.ts). */
export const googleAuthorNameOnly = defineRule({
  id: 'google/author-name-only',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'author.name should hold only the name: no "By", "Posted by", job title, honorific or publisher (Google Article author best practices).',
  docs: {
    why: 'Google matches authors by name; extra words make a different, unknown author.',
    fix: 'Keep only the name; put the job title in jobTitle and honorifics in honorificPrefix / honorificSuffix.',
  },
})

/** Raised by `GoogleChecker.checkAuthorName` (google.ts). */
export const googleAuthorOnePerEntry = defineRule({
  id: 'google/author-one-per-entry',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Each author should be its own entry in author, not several names joined by commas or "and" in one name (Google Article author best practices).',
  docs: {
    why: 'Google reads "Willow Lane, Regula Felix" as one person with a strange name.',
    fix: 'Make author an array with one Person per name.',
  },
})

/** Raised by `GoogleChecker.checkAuthor` (google.ts). */
export const googleAuthorUrl = defineRule({
  id: 'google/author-url',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Each author should have url or sameAs, a page that identifies them (Google Article: author.url recommended; sameAs accepted).',
  docs: {
    why: 'Google uses it to tell authors with the same name apart.',
    fix: 'Add "url" (the author\'s profile page) or "sameAs" (profiles elsewhere).',
  },
})

/** Raised by `GoogleChecker.checkImage` (google.ts). */
export const googleImageSize = defineRule({
  id: 'google/image-size',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE,
  description: 'Article images should have at least 50,000 pixels (width × height) when width and height are given (Google Article, image guidelines).',
  docs: {
    why: 'Google does not use smaller images for the article in Search and Discover.',
    fix: 'Use a larger image (e.g. 1200 × 675); give several in 16x9, 4x3 and 1x1.',
  },
})

/** Raised by `GoogleChecker.checkDateOrder` (google.ts). */
export const googleDateOrder = defineRule({
  id: 'google/date-order',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/appearance/publication-dates',
  description: 'dateModified should not be before datePublished (Google Article: dateModified is the most recent modification; publication-dates guidelines ask for consistent dates).',
  docs: {
    why: 'Contradictory dates make Google fall back on other signals for the date it shows.',
    fix: 'Set dateModified to the last change, at or after datePublished.',
  },
})

/** Raised by `GoogleChecker.checkPlausibleDates` (google.ts). */
export const googleImplausibleDate = defineRule({
  id: 'google/implausible-date',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/appearance/publication-dates',
  description: 'An article\'s datePublished or dateModified before 1990 (or more than a day after now, when now is known) is almost surely a placeholder such as 0001-01-01 (as the feed rule feed/implausible-date).',
  docs: {
    why: 'Google shows the date it believes; a default date from a CMS or an unset field puts a wrong year in the search result.',
    fix: 'Write the real publication date, or leave the property out until there is one.',
  },
})

/** Raised by `GoogleChecker.checkPaywall` (google.ts). */
export const googlePaywallMarkup = defineRule({
  id: 'google/paywall-markup',
  severity: 'warning',
  helpUrl: GOOGLE_PAYWALL,
  description: 'Paywalled content is marked with isAccessibleForFree: false on the article and a hasPart WebPageElement with isAccessibleForFree: false and cssSelector (Google paywalled content).',
  docs: {
    why: 'Without both halves Google may take the paywall for cloaking.',
    fix: 'Add the half the message names.',
  },
})

/** Raised by `GoogleChecker.checkPaywall` (google.ts). */
export const googlePaywallSelector = defineRule({
  id: 'google/paywall-selector',
  severity: 'error',
  helpUrl: GOOGLE_PAYWALL,
  description: 'A paywall cssSelector must be a single class selector such as ".paywall" (Google paywalled content: only .class selectors).',
  docs: {
    why: 'Google does not evaluate other selectors, so the paywalled section is not identified.',
    fix: 'Wrap each paywalled section in an element with a class and give that class as ".name".',
  },
})

/** Raised by `GoogleChecker.checkPaywall` (google.ts). */
export const googlePaywallNested = defineRule({
  id: 'google/paywall-nested',
  severity: 'error',
  helpUrl: GOOGLE_PAYWALL,
  description: 'Paywalled sections must not be nested inside each other (Google paywalled content: don\'t nest sections).',
  docs: {
    why: 'Nested sections make the paywalled part ambiguous.',
    fix: 'Mark sibling sections, not one inside another.',
  },
})

/** Raised by `GoogleChecker.checkPaywall` (google.ts). */
export const googlePaywallUnmatched = defineRule({
  id: 'google/paywall-unmatched',
  severity: 'warning',
  helpUrl: GOOGLE_PAYWALL,
  description: 'The paywall cssSelector should match an element of the page (Google paywalled content: the class wraps each paywalled section).',
  docs: {
    why: 'Markup that points at nothing does not describe the page.',
    fix: 'Add the class to the element that wraps the paywalled content, or fix the selector.',
  },
})

/** Raised by `GoogleChecker.checkSpeakable` (google.ts). */
export const googleSpeakableSelector = defineRule({
  id: 'google/speakable-selector',
  severity: 'error',
  helpUrl: GOOGLE_SPEAKABLE,
  description: 'A SpeakableSpecification takes cssSelector or xPath, not both and not neither (Google speakable).',
  docs: {
    why: 'Google cannot tell which sections to read aloud.',
    fix: 'Keep one of cssSelector or xPath.',
  },
})

/** Raised by `GoogleChecker.checkDatelinePolicy` (google.ts). */
export const datelineHeadline = defineRule({
  id: 'dateline/headline',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE,
  description: 'dateline policy (stricter than Google, for dateline\'s own output): every article has a non-empty headline.',
  docs: {
    why: 'dateline always knows the title, so a missing headline is a bug.',
    fix: 'Give the article a title.',
  },
})

/** Raised by `GoogleChecker.checkDatelinePolicy` (google.ts). */
export const datelineDatePublished = defineRule({
  id: 'dateline/date-published',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE,
  description: 'dateline policy (stricter than Google): every article has datePublished as a date-time with a timezone offset.',
  docs: {
    why: 'dateline requires a newsroom timezone, so the publication instant is always known.',
    fix: 'Write datePublished like 2026-03-20T08:00:00+07:00.',
  },
})

/** Raised by `GoogleChecker.checkDatelinePolicy` (google.ts). */
export const datelineAuthorObject = defineRule({
  id: 'dateline/author-object',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE,
  description: 'dateline policy (stricter than Google): each author an article gives is a Person or Organization object with a name, not text. An article without authors is not flagged here (authors are optional; Google recommends one: google/recommended-property).',
  docs: {
    why: 'dateline builds authors from its registry, never as plain strings.',
    fix: 'Give authors as objects with @type and name.',
  },
})

/** Raised by `GoogleChecker.datelineImageUrl` (google.ts). */
export const datelineImageUrl = defineRule({
  id: 'dateline/image-url',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE,
  description: 'dateline policy (stricter than Google): every article image URL is absolute http(s).',
  docs: {
    why: 'dateline resolves image URLs against site.url, so a relative one is a bug.',
    fix: 'Make the URL absolute.',
  },
})

export const GOOGLE_RULES: readonly RuleMeta[] = [
  googleDatetimeTimezone,
  googleRecommendedProperty,
  googleAuthorType,
  googleAuthorName,
  googleAuthorNameOnly,
  googleAuthorOnePerEntry,
  googleAuthorUrl,
  googleImageSize,
  googleDateOrder,
  googleImplausibleDate,
  googlePaywallMarkup,
  googlePaywallSelector,
  googlePaywallNested,
  googlePaywallUnmatched,
  googleSpeakableSelector,
  datelineHeadline,
  datelineDatePublished,
  datelineAuthorObject,
  datelineImageUrl,
]
