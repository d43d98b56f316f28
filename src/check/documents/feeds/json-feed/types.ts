/** JSON Feed fields have fixed JSON types (strings, arrays, objects, booleans, numbers). */
import type { ValueNode } from '@humanwhocodes/momoa'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { at } from './nodes.js'

const JSON_FEED_SPEC = 'https://www.jsonfeed.org/version/1.1/'

/** Raised by `expectType`, `checkIdType`, `checkFeedIsObject` (types.ts). */
export const jsonfeedWrongType = defineRule({
  id: 'jsonfeed/wrong-type',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed fields have fixed JSON types: strings for text and URLs, arrays for `items`, `authors`, `tags`, `attachments`, `hubs`, a boolean `expired`, numbers for sizes.',
  docs: {
    why: 'Readers read fields by type; a number id, a string `tags` or an object `items` breaks them (a number id must be coerced, so it is only a warning).',
    fix: 'Write the value with the JSON type the message names.',
  },
})

type NodeOf<T extends ValueNode['type']> = Extract<ValueNode, { type: T }>

/** `value`'s JSON type in words ("an object", "null"). */
function jsonType(value: ValueNode): string {
  switch (value.type) {
    case 'Object': return 'an object'
    case 'Array': return 'an array'
    case 'String': return 'a string'
    case 'Number': return 'a number'
    case 'Boolean': return 'a boolean'
    case 'Null': return 'null'
    default: return value.type
  }
}

/** Whether `value` (named `what`) has the JSON type `type`; when not, reports that it must be `expected`. */
export function expectType<T extends ValueNode['type']>(findings: Findings, value: ValueNode, type: T, what: string, expected: string): value is NodeOf<T> {
  if (value.type === type) return true
  findings.add(jsonfeedWrongType, at(value), `${what} must be ${expected}, not ${jsonType(value)}`)
  return false
}

/** An item id is a string; readers coerce a number, so that is only a warning. */
export function checkIdType(findings: Findings, value: ValueNode, what: string): void {
  if (value.type === 'Number') findings.add(jsonfeedWrongType, at(value), `${what} must be a string (readers coerce a number, write "…"), not ${jsonType(value)}`, 'warning')
  else expectType(findings, value, 'String', what, 'a string')
}

/** Whether the document's body is an object, as a feed is; reports it when not. */
export function checkFeedIsObject(findings: Findings, body: ValueNode): body is NodeOf<'Object'> {
  if (body.type === 'Object') return true
  findings.add(jsonfeedWrongType, at(body), `a JSON Feed is an object, not ${jsonType(body)}`)
  return false
}
