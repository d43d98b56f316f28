/** Feed dates in a plausible range, whatever their format (each format's own date rule checks the form). */
import type { Position } from '../../../model/types.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { defineRule } from '../../../util/rule.js'
import { W3C } from './w3c.js'

/** Raised by `checkPlausibleDate` (plausible-date.ts). */
export const feedImplausibleDate = defineRule({
  id: 'feed/implausible-date',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ImplausibleDate.html`,
  description: 'A feed date more than a day after "now" (`--now`) or before 1990 is implausible (W3C: ImplausibleDate).',
  docs: {
    why: 'Items dated in the future stay pinned to the top of readers; dates before the web are almost always a zero or parse error. Scheduled articles leak this way.',
    fix: 'Keep embargoed or scheduled items out of the feed until their time, and write the real publication date.',
  },
})

const DAY = 86_400_000
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1)

/** Warn when a feed date is more than a day after `now` or before 1990 (as the W3C validator does). */
export function checkPlausibleDate(findings: Findings, at: Position, what: string, epochMs: number, options: CheckOptions): void {
  if (epochMs < EARLIEST_PLAUSIBLE) {
    findings.add(feedImplausibleDate, at, `${what} is before 1990; write the real publication date`)
  } else if (options.now !== undefined && epochMs > options.now + DAY) {
    findings.add(feedImplausibleDate, at, `${what} is more than a day after now (${new Date(options.now).toISOString()}); keep scheduled items out of the feed until their time`)
  }
}
