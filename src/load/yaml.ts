/**
 * YAML (and JSON, a subset) with source positions, so every finding can name
 * `file:line:col`. Alias bombs are refused by `yaml`'s alias budget.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml'
import type { Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'

export interface PositionedValue {
  /** The plain JS value (strings, numbers, booleans, null, arrays, objects). */
  value: unknown
  /** Where each key path (dot-joined, array indices as numbers) starts. */
  positions: Map<string, Position>
}

/** A parsed frontmatter or registry, or the one finding that stopped it. */
export type PositionedResult = { ok: true; data: PositionedValue } | { ok: false; diagnostic: Diagnostic }

/**
 * Parse YAML text. `lineOffset` shifts positions (frontmatter starts after `---`).
 * Only YAML 1.2 core types: a date stays a string, so dates are read by dateline, not by YAML.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): PositionedResult {
  const lineCounter = new LineCounter()
  let document: Document.Parsed
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true })
  } catch (error) {
    return { ok: false, diagnostic: at(file, 1 + lineOffset, 1, `cannot parse YAML: ${(error as Error).message}`, 'yaml/syntax') }
  }
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  const first = document.errors[0]
  if (first) {
    // An error at the very end (an unclosed bracket or quote) is shown on the last line that has text.
    const end = text.trimEnd().length
    const { line, column } = position(first.pos[0] >= end && end > 0 ? end - 1 : first.pos[0])
    const message = first.code === 'DUPLICATE_KEY' ? first.message : `invalid YAML: ${first.message.split('\n')[0]}`
    return { ok: false, diagnostic: at(file, line, column, message, first.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax') }
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { ok: false, diagnostic: at(file, 1 + lineOffset, 1, `refused YAML: ${(error as Error).message}`, 'yaml/alias-bomb') }
  }
  const positions = new Map<string, Position>()
  collectPositions(document.contents, '', positions, position)
  return { ok: true, data: { value, positions } }
}

function collectPositions(node: unknown, path: string, into: Map<string, Position>, position: (offset: number) => Position): void {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const childPath = path ? `${path}.${key}` : key
      if (pair.key && (pair.key as Node).range) into.set(childPath, position((pair.key as Node).range![0]))
      if (pair.value && (pair.value as Node).range) into.set(`${childPath}#value`, position((pair.value as Node).range![0]))
      collectPositions(pair.value, childPath, into, position)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = `${path}.${index}`
      if (item && (item as Node).range) into.set(childPath, position((item as Node).range![0]))
      collectPositions(item, childPath, into, position)
    })
  }
}

function at(file: string, line: number, column: number, message: string, rule: string): Diagnostic {
  return { file, line, column, severity: 'error', message, rule }
}

/** Position of a key path, falling back to its nearest ancestor, then to the file start. */
export function positionOf(positions: Map<string, Position>, path: string, fallback: Position = { line: 1, column: 1 }): Position {
  let current = path
  while (current) {
    const found = positions.get(current)
    if (found) return found
    const cut = current.lastIndexOf('.')
    current = cut === -1 ? '' : current.slice(0, cut)
  }
  return fallback
}
