/**
 * TOML frontmatter (Hugo's and Zola's `+++`) with source positions, read with
 * toml-eslint-parser: a maintained TOML 1.0 parser whose AST carries the
 * line and column of every key and value, so findings keep `file:line:col`.
 * Dates stay the text written (`2016-04-01`, `2016-04-01T10:00:00`), so
 * dateline reads them in the site's time zone like YAML dates.
 */
import { ParseError, parseTOML, type AST } from 'toml-eslint-parser'
import type { Position } from '../model/types.js'
import { isStackOverflow, nestingProblem, stackOverflowProblem } from './nesting.js'
import type { PositionedResult } from './yaml.js'
import { tomlDuplicateKey, tomlSyntax } from './source-rules.js'

/** Parse TOML text that starts on line `lineOffset + 1` of `file`. */
export function parseToml(text: string, file: string, lineOffset = 0): PositionedResult {
  let program: AST.TOMLProgram
  try {
    program = parseTOML(text)
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, diagnostic: stackOverflowProblem(file, { line: 1 + lineOffset, column: 1 }, tomlSyntax) }
    let line = error instanceof ParseError ? error.lineNumber : 1
    let column = error instanceof ParseError ? error.column + 1 : 1
    // An error at the very end (a missing value, an unclosed string) is shown on the last line that has text.
    const end = text.trimEnd().length
    if (error instanceof ParseError && error.index >= end && end > 0) {
      const before = text.slice(0, end).split('\n')
      line = before.length
      column = before.at(-1)!.length
    }
    const message = (error as Error).message
    const duplicate = /multiple times/i.test(message)
    return {
      ok: false,
      diagnostic: { file, line: line + lineOffset, column, severity: 'error', message: `invalid TOML: ${message}`, rule: (duplicate ? tomlDuplicateKey : tomlSyntax).id },
    }
  }
  const positions = new Map<string, Position>()
  const at = (node: AST.TOMLNode): Position => ({ line: node.loc.start.line + lineOffset, column: node.loc.start.column + 1 })
  const root: Record<string, unknown> = {}
  const top = program.body[0]
  try {
    for (const item of top?.body ?? []) {
      if (item.type === 'TOMLKeyValue') assign(root, [], item, positions, at)
      else {
        const table = descend(root, [], item.resolvedKey, item.key.keys, positions, at)
        for (const pair of item.body) assign(table, item.resolvedKey, pair, positions, at)
      }
    }
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, diagnostic: stackOverflowProblem(file, { line: 1 + lineOffset, column: 1 }, tomlSyntax) }
    throw error
  }
  const tooDeep = nestingProblem(root, positions, file, tomlSyntax, { line: 1 + lineOffset, column: 1 })
  if (tooDeep) return { ok: false, diagnostic: tooDeep }
  return { ok: true, data: { value: root, positions } }
}

type Table = Record<string, unknown>
type At = (node: AST.TOMLNode) => Position

/**
 * Walk from `table` (which sits at key path `base`) along `steps`, creating
 * tables as needed; numbers are array-of-tables indices. Remembers where each
 * key path is first named.
 */
function descend(table: Table, base: (string | number)[], steps: (string | number)[], keys: AST.TOMLKey['keys'], positions: Map<string, Position>, at: At): Table {
  let current: Record<string | number, unknown> = table
  let named = -1
  steps.forEach((step, index) => {
    if (typeof step === 'string') named++
    if (current[step] === undefined) current[step] = typeof steps[index + 1] === 'number' ? [] : {}
    current = current[step] as Record<string | number, unknown>
    const joined = [...base, ...steps.slice(0, index + 1)].join('.')
    const keyNode = keys[Math.max(0, Math.min(named, keys.length - 1))]
    if (keyNode && !positions.has(joined)) positions.set(joined, at(keyNode))
  })
  return current as Table
}

function assign(table: Table, base: (string | number)[], pair: AST.TOMLKeyValue, positions: Map<string, Position>, at: At): void {
  const names = pair.key.keys.map((key) => (key.type === 'TOMLBare' ? key.name : key.value))
  const parent = descend(table, base, names.slice(0, -1), pair.key.keys, positions, at)
  const path = [...base, ...names].join('.')
  parent[names.at(-1)!] = valueOf(pair.value, path, positions, at)
  positions.set(path, at(pair.key.keys.at(-1)!))
  positions.set(`${path}#value`, at(pair.value))
}

function valueOf(node: AST.TOMLContentNode, path: string, positions: Map<string, Position>, at: At): unknown {
  if (node.type === 'TOMLArray') {
    return node.elements.map((element, index) => {
      positions.set(`${path}.${index}`, at(element))
      return valueOf(element, `${path}.${index}`, positions, at)
    })
  }
  if (node.type === 'TOMLInlineTable') {
    const table: Table = {}
    for (const pair of node.body) {
      const names = pair.key.keys.map((key) => (key.type === 'TOMLBare' ? key.name : key.value))
      let target = table
      for (const name of names.slice(0, -1)) target = (target[name] ??= {}) as Table
      const childPath = `${path}.${names.join('.')}`
      target[names.at(-1)!] = valueOf(pair.value, childPath, positions, at)
      positions.set(childPath, at(pair.key))
      positions.set(`${childPath}#value`, at(pair.value))
    }
    return table
  }
  if (node.kind === 'offset-date-time' || node.kind === 'local-date-time' || node.kind === 'local-date' || node.kind === 'local-time') return node.datetime
  return node.value
}
