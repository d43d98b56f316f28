/**
 * YAML (and JSON, a subset) with source positions, so every finding can name
 * `file:line:col`. Alias bombs are refused by `yaml`'s alias budget; deep
 * nesting, repeated keys and tags that are not plain values by one walk of
 * the tree (yaml-tree.ts).
 */
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml'
import type { Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { MAX_NESTING_DEPTH } from '../util/limits.js'
import { type RuleMeta } from '../util/rule.js'
import { readSimpleYaml } from './yaml-simple.js'
import { walkYamlTree } from './yaml-tree.js'
import { yamlAliasBomb, yamlDuplicateKey, yamlSyntax } from './source-rules.js'

export interface PositionedValue {
  /** The plain JS value (strings, numbers, booleans, null, arrays, objects). */
  value: unknown
  /** Where each key path (dot-joined, array indices as numbers) starts. */
  positions: Map<string, Position>
}

/** A parsed frontmatter or registry, or the one finding that stopped it. */
export type PositionedResult = { ok: true; data: PositionedValue } | { ok: false; diagnostic: Diagnostic }

type ToPosition = (offset: number) => Position

/**
 * Parse YAML text. `lineOffset` shifts positions (frontmatter starts after `---`).
 * Only YAML 1.2 core types: a date stays a string, so dates are read by dateline, not by YAML.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): PositionedResult {
  const lineCounter = new LineCounter()
  let document: Document.Parsed
  try {
    // `uniqueKeys: false`: yaml's own check compares each key with every earlier one, so 100,000 keys
    // took minutes; walkYamlTree finds a repeated key with a Set instead.
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core', strict: true })
  } catch (error) {
    return { ok: false, diagnostic: at(file, { line: 1 + lineOffset, column: 1 }, `cannot parse YAML: ${(error as Error).message}`, yamlSyntax) }
  }
  const position: ToPosition = (offset) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  const first = document.errors[0]
  if (first) return { ok: false, diagnostic: syntaxError(first, document, text, file, position) }
  const positions = new Map<string, Position>()
  const problem = walkYamlTree(document.contents, positions, position)
  if (problem) return { ok: false, diagnostic: at(file, problem.at, problem.message, problem.rule) }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { ok: false, diagnostic: at(file, { line: 1 + lineOffset, column: 1 }, `refused YAML: ${(error as Error).message}`, yamlAliasBomb) }
  }
  return { ok: true, data: { value, positions } }
}

/**
 * Frontmatter YAML, the hot path of a build: the common shape is read
 * directly (yaml-simple.ts, about fifty times cheaper), anything else by
 * `parseYaml`. The result, value, positions and findings, is the same either way.
 */
export function parseFrontmatterYaml(text: string, file: string, lineOffset = 0): PositionedResult {
  const simple = readSimpleYaml(text, lineOffset)
  return simple ? { ok: true, data: simple } : parseYaml(text, file, lineOffset)
}

/** The parser's first error, said so that it points where the problem starts. */
function syntaxError(error: YAMLError, document: Document.Parsed, text: string, file: string, position: ToPosition): Diagnostic {
  const offset = error.pos[0]
  if (error.code === 'RESOURCE_EXHAUSTION') {
    // The parser recursed until the stack ran out: nesting far past the limit.
    return at(file, position(offset), `invalid YAML: lists and maps are nested deeper than ${MAX_NESTING_DEPTH} levels here; flatten the data`, yamlSyntax)
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    // The parser gives up where the text ends; the mistake is where the quote opens.
    const opened = unclosedQuote(document, offset)
    if (opened !== undefined) {
      const quote = text[opened]
      return at(file, position(opened), `invalid YAML: the string opened by ${quote} here is never closed; add the closing ${quote} (or write the value without quotes)`, yamlSyntax)
    }
  }
  if (error.code === 'DUPLICATE_KEY') return at(file, position(offset), error.message, yamlDuplicateKey)
  // An error at the very end (an unclosed bracket) is shown on the last line that has text.
  const end = text.trimEnd().length
  return at(file, position(offset >= end && end > 0 ? end - 1 : offset), `invalid YAML: ${error.message.split('\n')[0]}`, yamlSyntax)
}

/** Offset of the opening quote of the quoted scalar that runs to `errorOffset` (where the parser gave up). */
function unclosedQuote(document: Document.Parsed, errorOffset: number): number | undefined {
  let found: number | undefined
  visit(document, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= errorOffset) {
        found = node.range[0]
        return visit.BREAK
      }
      return undefined
    },
  })
  return found
}

function at(file: string, where: Position, message: string, rule: RuleMeta): Diagnostic {
  return { file, line: where.line, column: where.column, severity: 'error', message, rule: rule.id }
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
