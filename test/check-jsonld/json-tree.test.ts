import { parse, type AnyNode } from '@humanwhocodes/momoa'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonTree } from '../../src/check/documents/jsonld/json-tree.js'

/** Every node as type, value and both ends of its location, in document order. */
function flat(node: AnyNode | undefined, out: unknown[] = []): unknown[] {
  if (!node) return out
  const { start, end } = node.loc
  // What a checker reads as the value (a Null node's is undefined in both).
  const value = node.type === 'Element' || node.type === 'Member' ? undefined : (node as { value?: unknown }).value
  out.push([node.type, value, start.line, start.column, start.offset, end.line, end.column, end.offset])
  if (node.type === 'Document') flat(node.body, out)
  else if (node.type === 'Object') for (const member of node.members) flat(member, out)
  else if (node.type === 'Member') {
    flat(member(node).name, out)
    flat(member(node).value, out)
  } else if (node.type === 'Array') for (const element of node.elements) flat(element, out)
  else if (node.type === 'Element') flat(node.value, out)
  return out
}
const member = (node: AnyNode) => node as unknown as { name: AnyNode; value: AnyNode }

/** JSON text of `value` with arbitrary white space (CR, LF, CRLF, tabs) between tokens. */
const spaced = fc.tuple(fc.jsonValue(), fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\t  '), { minLength: 64, maxLength: 64 })).map(([value, gaps]) => {
  let n = 0
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, () => gaps[n++ % gaps.length]!)
})

describe('jsonTree: momoa\'s tree for valid JSON, faster', () => {
  it('has the same nodes, values and locations as momoa on any JSON, however spaced', () => {
    fc.assert(
      fc.property(fc.oneof(spaced, fc.jsonValue().map((v) => JSON.stringify(v)), fc.string().map((s) => JSON.stringify(s))), (text) => {
        expect(flat(jsonTree(text) as unknown as AnyNode)).toEqual(flat(parse(text, { mode: 'json' }) as unknown as AnyNode))
      }),
      { numRuns: 400 },
    )
  })

  it('reads escapes, astral characters and numbers as JSON.parse does', () => {
    const text = '{"a\\"b": "x\\\\", "😀": ["\\u2028", -1.5e-3, 0, true, false, null], "": {}}'
    expect(flat(jsonTree(text) as unknown as AnyNode)).toEqual(flat(parse(text, { mode: 'json' }) as unknown as AnyNode))
  })
})
