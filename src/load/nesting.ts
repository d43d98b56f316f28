/**
 * The nesting limit for frontmatter a parser has already read (JSON and TOML;
 * YAML is checked while its tree is walked). The parsers recurse, so far
 * deeper data ends in a stack overflow, which is reported the same way.
 */
import type { Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import type { RuleMeta } from '../util/rule.js'
import { MAX_NESTING_DEPTH } from '../util/limits.js'
import { positionOf } from './yaml.js'

const TOO_DEEP = `lists and maps are nested deeper than ${MAX_NESTING_DEPTH} levels`

/** Key path (dot-joined) of the first list or map nested past the limit in `value`, or undefined. */
export function tooDeepPath(value: unknown, path = '', depth = 1): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  if (depth > MAX_NESTING_DEPTH) return path
  for (const [key, child] of Object.entries(value)) {
    const found = tooDeepPath(child, path ? `${path}.${key}` : key, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

/** The finding for `value` when it nests too deep, pointing at the first list or map past the limit. */
export function nestingProblem(value: unknown, positions: Map<string, Position>, file: string, rule: RuleMeta, start: Position): Diagnostic | undefined {
  const path = tooDeepPath(value)
  if (path === undefined) return undefined
  const { line, column } = positionOf(positions, path, start)
  const top = path.split('.')[0]
  return { file, line, column, severity: 'error', message: `${top ? `${top}: ` : ''}${TOO_DEEP} here; flatten the data`, rule: rule.id }
}

/** Whether `error` is the stack overflow a parser's recursion ends in. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/** The finding for a parser that ran out of stack: the data nests far past the limit. */
export function stackOverflowProblem(file: string, at: Position, rule: RuleMeta): Diagnostic {
  return { file, line: at.line, column: at.column, severity: 'error', message: `${TOO_DEEP}; flatten the data`, rule: rule.id }
}
