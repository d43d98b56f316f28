/**
 * JSON frontmatter (Hugo's `{ … }` at the top of the file) with source
 * positions, read with momoa, which gives every key and value a line and
 * column. A repeated key is an error, as in YAML: which one wins is not obvious.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa'
import type { Position } from '../model/types.js'
import { jsonDuplicateKey, jsonSyntax } from '../util/json-rules.js'
import { isStackOverflow, nestingProblem, stackOverflowProblem } from './nesting.js'
import type { PositionedResult } from './yaml.js'

/** Parse the JSON object `text`, which starts at line 1, column 1 of `file`. */
export function parseJsonFrontmatter(text: string, file: string): PositionedResult {
  let body: ValueNode
  try {
    body = parse(text, { mode: 'json' }).body
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, diagnostic: stackOverflowProblem(file, { line: 1, column: 1 }, jsonSyntax) }
    const { line = 1, column = 1 } = error as { line?: number; column?: number }
    const message = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, '')
    return { ok: false, diagnostic: { file, line, column, severity: 'error', message: `invalid JSON: ${message}`, rule: jsonSyntax.id } }
  }
  const positions = new Map<string, Position>()
  let repeated: { name: string; at: Position } | undefined
  const valueOf = (node: ValueNode, path: string): unknown => {
    switch (node.type) {
      case 'Object': {
        const object: Record<string, unknown> = {}
        for (const member of node.members) {
          const name = member.name.type === 'String' ? member.name.value : member.name.name
          const childPath = path ? `${path}.${name}` : name
          if (Object.hasOwn(object, name)) repeated ??= { name: childPath, at: member.name.loc.start }
          positions.set(childPath, place(member.name.loc.start))
          positions.set(`${childPath}#value`, place(member.value.loc.start))
          object[name] = valueOf(member.value, childPath)
        }
        return object
      }
      case 'Array':
        return node.elements.map((element, index) => {
          positions.set(`${path}.${index}`, place(element.value.loc.start))
          return valueOf(element.value, `${path}.${index}`)
        })
      case 'Null':
        return null
      case 'String':
      case 'Number':
      case 'Boolean':
        return node.value
      default:
        return undefined
    }
  }
  let value: unknown
  try {
    value = valueOf(body, '')
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, diagnostic: stackOverflowProblem(file, { line: 1, column: 1 }, jsonSyntax) }
    throw error
  }
  const tooDeep = nestingProblem(value, positions, file, jsonSyntax, { line: 1, column: 1 })
  if (tooDeep) return { ok: false, diagnostic: tooDeep }
  if (repeated) {
    const { line, column } = repeated.at
    return { ok: false, diagnostic: { file, line, column, severity: 'error', message: `"${repeated.name}" is given twice; keep one`, rule: jsonDuplicateKey.id } }
  }
  return { ok: true, data: { value, positions } }
}

function place(at: { line: number; column: number }): Position {
  return { line: at.line, column: at.column }
}
