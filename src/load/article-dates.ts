/**
 * An article's dates: publication (from the frontmatter, else the file name
 * or the page's own path), modification and expiry, read in the site's zone.
 */
import { parseDateTime } from '../model/dates.js'
import type { ZonedDateTime } from '../model/types.js'
import { englishDate, fileNameDate, urlPathDate } from './conventions.js'
import type { FieldReader } from './fields.js'
import { frontmatterInvalidDate, frontmatterMissingDate, frontmatterUpdatedBeforeDate } from './frontmatter-rules.js'

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

