/**
 * Rules of article frontmatter (site mode and the build); the other source
 * rules are in source-rules.ts, which says why they are kept apart from the
 * functions that find them (each "Raised by" names that function).
 */
import { defineRule, GOOGLE_ARTICLE_URL, PACKAGE_URL } from '../util/rule.js'

/** Raised by `readSource` (article-source.ts). */
export const frontmatterMissing = defineRule({
  id: 'frontmatter/missing',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'An article starts with frontmatter: YAML between two `---` lines, TOML between two `+++` lines, or a JSON object; a fence that opens must close.',
  docs: {
    why: 'Without it there is no title or date to publish.',
    fix: 'Start the file with `---`, the YAML (at least `title` and `date`), and another `---`.',
  },
})

/** Raised by `readSource` (article-source.ts). */
export const frontmatterNotAMap = defineRule({
  id: 'frontmatter/not-a-map',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'The frontmatter is a map of keys, not a list or a single value.',
  docs: {
    why: 'Only a map can name the title, date and other fields.',
    fix: 'Write `key: value` lines.',
  },
})

/** Raised by `mapFrontmatterKeys` (keys.ts); `groupUnknownKeys` (site.ts). */
export const frontmatterUnknownKey = defineRule({
  id: 'frontmatter/unknown-key',
  severity: 'warning',
  helpUrl: PACKAGE_URL,
  description: 'Frontmatter keys are dateline\'s fields or their aliases (README: the alias table). A key that looks like a typo of one is a warning with a did-you-mean hint; other keys (a theme\'s `layout`, `weight`, `toc`) are info, once per key for the whole site.',
  docs: {
    why: 'A misspelt key (`titel`) is ignored, so its value never reaches the outputs.',
    fix: 'Use the key the message suggests; map your own keys with `frontmatter.aliases` in the config, or silence them with `frontmatter.ignore`.',
  },
})

/** Raised by `asWritten` (from-data.ts). */
export const frontmatterDateAsUtc = defineRule({
  id: 'frontmatter/date-as-utc',
  severity: 'warning',
  helpUrl: PACKAGE_URL,
  description: 'A date handed over as a JavaScript `Date` (a framework parsed the YAML) is read from the source file as written when that file is known.',
  docs: {
    why: 'js-yaml reads `2023-10-09T10:00:00` as UTC and drops offsets, so the instant is hours off in the site\'s time zone.',
    fix: 'Give the adapter the source (Astro `entry.filePath`, Eleventy `inputPath`), or quote the date and write its offset.',
  },
})

/** Raised by `mapFrontmatterKeys` (keys.ts). */
export const frontmatterDuplicateKey = defineRule({
  id: 'frontmatter/duplicate-key',
  severity: 'warning',
  helpUrl: PACKAGE_URL,
  description: 'A field and its alias (`date` and `pubDate`) must not both be given.',
  docs: {
    why: 'Only the first is used, so the other value is silently lost.',
    fix: 'Keep one of them.',
  },
})

/** Raised by `normalizeFields › error` (article.ts). */
export const frontmatterInvalid = defineRule({
  id: 'frontmatter/invalid',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'Frontmatter values must have the documented type: strings, booleans, lists of strings, BCP 47 language tags.',
  docs: {
    why: 'A wrong type cannot be turned into JSON-LD, feeds or sitemaps.',
    fix: 'Write the value in the form the message names.',
  },
})

/** Raised by `normalizeFields` (article.ts). */
export const frontmatterMissingTitle = defineRule({
  id: 'frontmatter/missing-title',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: 'Every article needs a `title` (the headline).',
  docs: {
    why: 'The headline is in every output: JSON-LD `headline`, feed titles, `news:title`.',
    fix: 'Add `title:`.',
  },
})

/** Raised by `readDates` (article-dates.ts). */
export const frontmatterMissingDate = defineRule({
  id: 'frontmatter/missing-date',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: 'Every published article needs a `date`.',
  docs: {
    why: 'The publication date drives `datePublished`, feed dates, sorting and the news-sitemap window.',
    fix: 'Add `date: 2023-10-11T09:30:00` (read in the site time zone without an offset), or `draft: true`.',
  },
})

/** Raised by `readDates › dateField` (article-dates.ts); `correctionsField` (fields.ts). */
export const frontmatterInvalidDate = defineRule({
  id: 'frontmatter/invalid-date',
  severity: 'error',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3339',
  description: 'Dates are ISO 8601 dates or date-times that exist (no 30 February, no hour 24).',
  docs: {
    why: 'An impossible date cannot be written as RFC 822, RFC 3339 or W3C Datetime.',
    fix: 'Write `2023-10-11` or `2023-10-11T09:30:00+07:00`.',
  },
})

/** Raised by `readDates` (article-dates.ts). */
export const frontmatterUpdatedBeforeDate = defineRule({
  id: 'frontmatter/updated-before-date',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: '`updated` must not be earlier than `date`.',
  docs: {
    why: 'An article cannot change before it is published; the dates would contradict each other in JSON-LD, Atom `updated` and sitemap `lastmod`.',
    fix: 'Fix whichever of the two is wrong.',
  },
})

/** Raised by `readSlug` (slug.ts). */
export const frontmatterUnsafeSlug = defineRule({
  id: 'frontmatter/unsafe-slug',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'A slug has no `/`, `\\`, `..`, control characters or surrounding spaces, and one can be derived from the file name.',
  docs: {
    why: 'The slug names output files; an unsafe one could write outside the output folder.',
    fix: 'Set a plain `slug:`.',
  },
})

/** Raised by `readCanonical`, `articlePath`, `frameworkUrl` (article-url.ts). */
export const frontmatterInvalidUrl = defineRule({
  id: 'frontmatter/invalid-url',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: '`canonical` must be an absolute http(s) URL; a page\'s own `url` / `permalink` / `path` is a plain path on this site (Jekyll\'s `:year`-style placeholders are filled in; templates are not run).',
  docs: {
    why: 'A relative canonical URL points search engines nowhere; a page URL with `..`, a query or a template cannot be written as a file.',
    fix: 'Write the full URL of the original in `canonical`, or a plain path such as `/2016/04/hello/` in `url`.',
  },
})

/** Raised by `readPaywall` (paywall.ts). */
export const frontmatterInvalidPaywall = defineRule({
  id: 'frontmatter/invalid-paywall',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/paywalled-content',
  description: '`paywallSelector` must be one class selector such as `.paywall`.',
  docs: {
    why: 'Google\'s paywall markup accepts only `.class` selectors in `cssSelector`.',
    fix: 'Use a single class selector.',
  },
})

/** Raised by `readPaywall` (paywall.ts). */
export const frontmatterUnusedPaywall = defineRule({
  id: 'frontmatter/unused-paywall',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/paywalled-content',
  description: '`paywallSelector` has no effect unless `accessibleForFree` is false.',
  docs: {
    why: 'The paywall markup is only written for paywalled articles.',
    fix: 'Set `accessibleForFree: false`, or remove `paywallSelector`.',
  },
})

/** Raised by `typeField` (fields.ts). */
export const frontmatterInvalidType = defineRule({
  id: 'frontmatter/invalid-type',
  severity: 'error',
  helpUrl: 'https://schema.org/NewsArticle',
  description: '`type` must be one of the article types dateline writes (NewsArticle and its subtypes, Article, BlogPosting).',
  docs: {
    why: 'dateline writes only these types (the ones Google\'s Article documentation covers); another value is most likely a typo.',
    fix: 'Use the type the message suggests.',
  },
})

/** Raised by `authorsField` (fields.ts). */
export const frontmatterInvalidAuthor = defineRule({
  id: 'frontmatter/invalid-author',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: 'Authors are registry ids, names, or objects with a name and absolute or site-relative URLs.',
  docs: {
    why: 'Google asks for each author as its own entry, with a name and a `url` or `sameAs`.',
    fix: 'Fix the author entry the message names.',
  },
})

/** Raised by `authorsField` (fields.ts). */
export const frontmatterCompoundAuthor = defineRule({
  id: 'frontmatter/compound-author',
  severity: 'warning',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: 'An author string names one person: not "Name, Title" and not "A and B". dateline never splits it by guessing ("Ben & Jerry\'s" is one name).',
  docs: {
    why: 'Google asks for one author entry per person with only the name; a title or a second name inside it ends up in the JSON-LD and the feeds.',
    fix: 'Write a list (`authors: [A, B]`), or add a registry entry with `name` and `jobTitle` (or `type: Organization`) and use its id.',
  },
})

/** Raised by `imagesField › fail` (fields.ts). */
export const frontmatterInvalidImage = defineRule({
  id: 'frontmatter/invalid-image',
  severity: 'error',
  helpUrl: GOOGLE_ARTICLE_URL,
  description: 'Images are URLs or objects `{ url, alt, caption, width, height, credit }` with valid URLs and positive sizes.',
  docs: {
    why: 'The lead image feeds JSON-LD `image`, Open Graph and feed enclosures.',
    fix: 'Fix the image entry the message names.',
  },
})

/** Raised by `correctionsField` (fields.ts). */
export const frontmatterInvalidCorrection = defineRule({
  id: 'frontmatter/invalid-correction',
  severity: 'error',
  helpUrl: 'https://schema.org/correction',
  description: 'Each correction is `{ date, text }`.',
  docs: {
    why: 'Corrections become schema.org `correction` entries and bump the modification date.',
    fix: 'Give each correction an ISO 8601 `date` and a `text`.',
  },
})

/** Raised by `reportBidiControlsIn` (bidi.ts). */
export const frontmatterBidiControl = defineRule({
  id: 'frontmatter/bidi-control',
  severity: 'warning',
  helpUrl: 'https://trojansource.codes/',
  description: 'Text fields (title, description, names, captions, …) of frontmatter and the authors registry hold no bidirectional controls U+202A–U+202E or U+2066–U+2069.',
  docs: {
    why: 'These invisible characters reorder how text around them is displayed (the Trojan Source attack), so a headline can show something other than what it says. They stay in the outputs.',
    fix: 'Remove the character, unless right-to-left text really needs it.',
  },
})
