/** Fields JSON Feed 1.1 does not define start with `_` (extensions); others are typos or leftovers. */
import type { MemberNode } from '@humanwhocodes/momoa'
import { hint } from '../../../../util/did-you-mean.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { at } from './nodes.js'

/** Raised by `checkKnownField` (unknown-fields.ts). */
export const jsonfeedUnknownField = defineRule({
  id: 'jsonfeed/unknown-field',
  severity: 'warning',
  helpUrl: 'https://www.jsonfeed.org/version/1.1/#extensions-a-name-extensions-a',
  description: 'Fields JSON Feed 1.1 does not define must start with `_` (extensions); others are typos or leftovers.',
  docs: {
    why: 'Readers ignore unknown fields, so a misspelt `content_htm` silently loses the article body.',
    fix: 'Use the field the message suggests, or prefix your own fields with `_` (`_dateline`).',
  },
})

/** Report `member` (key `key`, in `where`) unless JSON Feed defines it there (a key of `fields`) or it is an extension. */
export function checkKnownField(findings: Findings, member: MemberNode, key: string, fields: ReadonlyMap<string, unknown>, where: string): void {
  if (fields.has(key) || key.startsWith('_')) return
  findings.add(jsonfeedUnknownField, at(member.name), `"${key}" is not a JSON Feed 1.1 field of ${where}.${hint(key, fields.keys())} Extension fields must start with "_".`)
}
