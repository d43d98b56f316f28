/** RSS 2.0 dates: `pubDate` and `lastBuildDate` are RFC 822 date-times. */
import { checkRfc822 } from '../../formats.js'
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { checkPlausibleDate } from '../plausible-date.js'
import { W3C } from '../w3c.js'

/** Raised by `checkRssDate` (dates.ts). */
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

/** Raised by `checkRssDate` (dates.ts). */
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

/** Check the RFC 822 date in `element` (named `what` in messages), and that it is plausible. */
export function checkRssDate(findings: Findings, element: XmlElement, what: string, options: CheckOptions): void {
  const result = checkRfc822(element.text)
  if (!result.ok) return findings.add(rssInvalidDate, element, `${what}: ${result.reason}`)
  if (result.warning) findings.add(rssProblematicDate, element, `${what}: ${result.warning}`)
  checkPlausibleDate(findings, element, `${what} "${element.text.trim()}"`, result.epochMs, options)
}
