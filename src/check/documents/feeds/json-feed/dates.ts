/** JSON Feed dates: `date_published` and `date_modified` are RFC 3339 date-times. */
import type { StringNode } from '@humanwhocodes/momoa'
import { checkRfc3339 } from '../../formats.js'
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { defineRule } from '../../../../util/rule.js'
import { checkPlausibleDate } from '../plausible-date.js'
import { at } from './nodes.js'

/** Raised by `checkJsonFeedDate` (dates.ts). */
export const jsonfeedInvalidDate = defineRule({
  id: 'jsonfeed/invalid-date',
  severity: 'error',
  helpUrl: 'https://www.jsonfeed.org/version/1.1/',
  description: 'JSON Feed `date_published` and `date_modified` must be RFC 3339 date-times with a time zone.',
  docs: {
    why: 'The specification requires RFC 3339; readers sort by these dates.',
    fix: 'Write `2023-10-11T09:30:00+07:00`.',
  },
})

/** Check a date field's string (named `what`): RFC 3339, plausible. */
export function checkJsonFeedDate(findings: Findings, value: StringNode, what: string, options: CheckOptions): void {
  const result = checkRfc3339(value.value)
  if (!result.ok) findings.add(jsonfeedInvalidDate, at(value), `${what}: ${result.reason}`)
  else checkPlausibleDate(findings, at(value), `${what} "${value.value}"`, result.epochMs, options)
}
