/**
 * An article's dates: publication (from the frontmatter, else the file name
 * or the page's own path), modification and expiry, read in the site's zone.
 */
import { parseDateTime } from '../model/dates.js'
import type { ZonedDateTime } from '../model/types.js'
import { defineRule, GOOGLE_ARTICLE_URL } from '../util/rule.js'
import { englishDate, fileNameDate, urlPathDate } from './conventions.js'
import type { FieldReader } from './fields.js'

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

// Eleventy's special dates name the file system or git, which a build elsewhere cannot reproduce.
const ELEVENTY_DATES = /^(git )?(last modified|created)$/i

/** Publication (from the frontmatter, else the file name), modification and expiry dates, in the site's zone. */
export function readDates(read: FieldReader, file: string, draft: boolean, zone: string): { datePublished?: ZonedDateTime; dateModified?: ZonedDateTime; expiry?: ZonedDateTime } {
  const { fields, error, report, start } = read
  const dateField = (key: string): ZonedDateTime | undefined => {
    const value = fields[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' && ELEVENTY_DATES.test(value.trim())) {
      error(key, `"${value}" takes the date from the file system or git, which differs between machines; write the date itself (e.g. 2023-10-11)`, frontmatterInvalidDate)
      return undefined
    }
    const result = typeof value === 'string' ? parseDateTime(englishDate(value) ?? value, zone) : { ok: false as const, reason: `expected an ISO 8601 date or date-time, got ${JSON.stringify(value)}` }
    if (!result.ok) {
      error(key, result.reason, frontmatterInvalidDate)
      return undefined
    }
    return result.value
  }
  // Jekyll and Zola date a post by its file name when the frontmatter does not; some sites only by its own path.
  const nameDate = fileNameDate(file) ?? urlPathDate(fields.url)
  if ((fields.date === undefined || fields.date === null) && nameDate !== undefined) fields.date = nameDate
  const datePublished = dateField('date')
  if (!('date' in fields) && !draft) report('error', start, 'missing "date" (the publication date, e.g. 2023-10-11T09:30:00), and neither the file name (2023-10-11-slug.md) nor the page\'s own path (/2023/10/11/slug/) has one', frontmatterMissingDate)
  else if (fields.date === null && !draft) error('date', 'is empty: write the publication date after it, e.g. 2023-10-11T09:30:00', frontmatterMissingDate)
  const dateModified = dateField('updated')
  if (datePublished && dateModified && dateModified.epochMs < datePublished.epochMs) {
    error('updated', `${dateModified.iso} is earlier than the publication date ${datePublished.iso}`, frontmatterUpdatedBeforeDate)
  }
  const expiry = dateField('expiryDate')
  return { ...(datePublished ? { datePublished } : {}), ...(dateModified ? { dateModified } : {}), ...(expiry ? { expiry } : {}) }
}

