/** Sitemap dates: `lastmod` and `news:publication_date` are W3C Datetime values the XSD accepts. */
import { checkW3cDatetime } from '../formats.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { display } from './models.js'
import { checkNewsWindow } from './news.js'
import { GOOGLE_NEWS } from './sources.js'

/** Raised by `checkSitemapDate` (dates.ts). */
export const sitemapInvalidDate = defineRule({
  id: 'sitemap/invalid-date',
  severity: 'error',
  helpUrl: 'https://www.w3.org/TR/NOTE-datetime',
  description: '`lastmod` and `news:publication_date` must be W3C Datetime values that exist; a time needs a time zone.',
  docs: {
    why: 'An RFC 822 date, month 13, or a time without zone is rejected by the XSD or misread; Google uses lastmod only when it is accurate.',
    fix: 'Write `2023-10-11` or `2023-10-11T09:30:00+07:00`.',
  },
})

/** Raised by `checkSitemapDate` (dates.ts). */
export const sitemapDateFormat = defineRule({
  id: 'sitemap/date-format',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: 'W3C Datetime forms the sitemap XSD rejects: year only, year-month, and times without seconds (`2025-03-01T18:42+01:00`).',
  docs: {
    why: 'sitemaps.org (and Google, for news) accept them, but XSD validators reject the file, so tools disagree about it.',
    fix: 'Write a full date (`2025-03-01`) or a time with seconds and zone (`2025-03-01T18:42:00+01:00`), which both accept.',
  },
})

/** Check a `<lastmod>` or (`news`) a `<news:publication_date>`, which must also be a full date in the news window. */
export function checkSitemapDate(findings: Findings, element: XmlElement, news: boolean, options: CheckOptions): void {
  const value = element.text.trim()
  const result = checkW3cDatetime(value)
  const what = display(element)
  if (!result.ok) return findings.add(sitemapInvalidDate, element, `${what}: ${result.reason}`)
  if (news && (result.precision === 'year' || result.precision === 'month')) {
    return findings.add(sitemapInvalidDate, element, `${what} "${value}" needs at least a full date; write "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss±hh:mm"`)
  }
  if (result.precision === 'year' || result.precision === 'month' || result.precision === 'minute') {
    findings.add(sitemapDateFormat, element, `${what} "${value}" is a W3C Datetime the sitemap XSD rejects; write ${result.precision === 'minute' ? 'the seconds too ("…T18:42:00+01:00")' : 'a full date ("YYYY-MM-DD")'}`)
  }
  if (news) checkNewsWindow(findings, element, what, value, result, options)
}
