/** Atom dates: `updated` and `published` are RFC 3339 date-times. */
import { checkRfc3339 } from '../../formats.js'
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { checkPlausibleDate } from '../plausible-date.js'
import { W3C } from '../w3c.js'
import { withoutWhitespace } from './whitespace.js'

/** Raised by `checkAtomDate` (dates.ts). */
export const atomInvalidDate = defineRule({
  id: 'atom/invalid-date',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidRFC3339Date.html`,
  description: 'Atom `updated` and `published` must be RFC 3339 date-times with a time zone that exist (W3C: InvalidRFC3339Date).',
  docs: {
    why: 'Readers sort and detect changes by these dates; a date without time or zone, or an RFC 822 date, is rejected.',
    fix: 'Write `2023-10-11T09:30:00+07:00` (or with `Z`).',
  },
})

/** Check an `<updated>` or `<published>`: no whitespace around, RFC 3339, plausible. */
export function checkAtomDate(findings: Findings, element: XmlElement, options: CheckOptions): void {
  withoutWhitespace(findings, element, `<${element.local}>`, element.text)
  const result = checkRfc3339(element.text)
  if (!result.ok) findings.add(atomInvalidDate, element, `<${element.local}>: ${result.reason}`)
  else checkPlausibleDate(findings, element, `<${element.local}> "${element.text.trim()}"`, result.epochMs, options)
}
