/** Each item its own id: RSS `guid`, Atom entry `id`, JSON Feed item `id`. */
import type { Position } from '../../../model/types.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { W3C } from './w3c.js'

/** Raised by `checkUniqueId` (ids.ts). */
export const feedDuplicateId = defineRule({
  id: 'feed/duplicate-id',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateEntries.html`,
  description: 'Each item needs its own id: RSS `guid`, Atom `id`, JSON Feed item `id` (W3C: DuplicateEntries, NotSufficientlyUnique).',
  docs: {
    why: 'Readers use the id to tell items apart; two items with one id show as one, or the second replaces the first.',
    fix: 'Derive the id from something unique and stable per article, such as its permalink or a front-matter id.',
  },
})

/**
 * Report `id` (of an item at `at`, shown as `what`) when an earlier item of
 * the feed used it; `seen` holds the ids so far, each with its first line
 * (the only memory the check keeps of items already dropped).
 */
export function checkUniqueId(findings: Findings, seen: Map<string, number>, at: Position, what: string, id: string, item: 'item' | 'entry'): void {
  const first = seen.get(id)
  if (first !== undefined) findings.add(feedDuplicateId, at, `${what} "${id}" is also used by the ${item} on line ${first}`)
  else seen.set(id, at.line)
}
