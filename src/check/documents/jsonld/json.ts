/**
 * The JSON layer: strict RFC 8259 parsing with positions. momoa gives the syntax tree with
 * locations; it is lenient in two ways JSON is not (control characters inside strings, and —
 * when asked — trailing commas), so those are checked here, and duplicate keys as well.
 * A document with only trailing commas is still returned, so the later layers can check it.
 */
import { parse, tokenize, type DocumentNode, type ObjectNode, type ValueNode } from '@humanwhocodes/momoa'
import { parseJson, type ParsedDocument } from '../parsed.js'
import type { Findings } from '../findings.js'
import type { Position } from '../../../model/types.js'
import { positionIn, positionOf } from '../position.js'
import { jsonDuplicateKey, jsonSyntax } from '../../../util/json-rules.js'
import { jsonTrailingComma } from './rules.js'

interface MomoaError extends Error {
  line?: number
  column?: number
}

/** Parses `text` strictly (once per `parsed` document when given); findings go to `findings`. Undefined when the text is not JSON at all. */
export function parseJsonStrict(text: string, origin: Position, findings: Findings, parsed?: ParsedDocument): DocumentNode | undefined {
  // A byte order mark is not JSON, but files often start with one; editors don't count it as a column.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let document: DocumentNode
  try {
    // JSON.parse decides validity natively; valid text (nearly all) gets the fast tree. JSON.parse refuses raw
    // control characters and trailing commas, so only duplicate keys are left to look for.
    const valid = parsed ? parsed.jsonOf(text) : parseJson(text)
    if (valid) {
      document = valid.document
      checkDuplicateKeys(document.body, origin, findings)
      return document
    }
    try {
      document = parse(source, { mode: 'json' })
    } catch (error) {
      if (error instanceof RangeError) throw error
      document = recoverTrailingCommas(source, error as MomoaError, origin, findings) as DocumentNode
      if (!document) return undefined
    }
    checkControlCharacters(source, origin, findings)
    checkDuplicateKeys(document.body, origin, findings)
    return document
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    findings.add(jsonSyntax, origin, tooDeep)
    return undefined
  }
}

/** For a stack overflow: JSON nested thousands of levels deep. */
export const tooDeep = 'The JSON is nested too deeply to check (thousands of levels); no structured data needs that.'

function recoverTrailingCommas(source: string, error: MomoaError, origin: Position, findings: Findings): DocumentNode | undefined {
  let document: DocumentNode | undefined
  try {
    document = parse(source, { mode: 'json', allowTrailingCommas: true })
  } catch (retryError) {
    const first = error
    if (isTrailingCommaAt(source, first)) {
      reportTrailingComma(source, first, origin, findings)
      reportSyntax(source, retryError as MomoaError, origin, findings)
    } else reportSyntax(source, first, origin, findings)
    return undefined
  }
  // Only trailing commas were wrong: findings each one, keep the tree.
  const tokens = tokenize(source, { mode: 'json' })
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!
    const next = tokens[i + 1]!.type
    if (token.type === 'Comma' && (next === 'RBrace' || next === 'RBracket')) {
      findings.add(jsonTrailingComma, positionOf(origin, token),
        `Trailing comma before "${next === 'RBrace' ? '}' : ']'}": JSON allows none; remove it.`)
    }
  }
  return document
}

/** The parser stopped at a `}` or `]` that directly follows a comma. */
function isTrailingCommaAt(source: string, error: MomoaError): boolean {
  const offset = offsetOf(source, error)
  if (offset === undefined) return false
  const char = source[offset]
  if (char !== '}' && char !== ']') return false
  let i = offset - 1
  while (i >= 0 && /\s/.test(source[i]!)) i--
  return source[i] === ','
}

function reportTrailingComma(source: string, error: MomoaError, origin: Position, findings: Findings): void {
  let i = offsetOf(source, error)! - 1
  while (i >= 0 && source[i] !== ',') i--
  const { line, column } = lineColumnAt(source, i)
  findings.add(jsonTrailingComma, positionIn(origin, { line, column }), 'Trailing comma: JSON allows none; remove it.')
}

function reportSyntax(source: string, error: MomoaError, origin: Position, findings: Findings): void {
  const line = error.line ?? 1
  const column = error.column ?? 1
  const raw = error.message.replace(/\s*\(\d+:\d+\)\s*$/, '')
  let message: string
  if (source.trim() === '') message = 'The JSON-LD block is empty.'
  else if (/end of input/i.test(raw)) message = 'The JSON ends too early: a closing } or ] or " is missing.'
  else {
    const char = source[offsetOf(source, error) ?? -1]
    if (char === '/') message = 'JSON has no comments: remove the // or /* */ comment.'
    else if (char === "'") message = 'JSON strings use double quotes, not single quotes.'
    else if (/^Unexpected token/.test(raw) && /^(LBrace|LBracket|String|Number|Boolean|Null)/.test(raw.slice(17)))
      message = `${raw.replace(/\.$/, '')}: a comma is missing, or there is text after the end of the JSON value.`
    else message = `${raw.replace(/\.$/, '')}: not valid JSON.`
  }
  findings.add(jsonSyntax, positionIn(origin, { line, column }), message)
}

/** The offset of momoa's 1-based line:column in `source`. */
function offsetOf(source: string, error: MomoaError): number | undefined {
  if (!error.line || !error.column) return undefined
  let line = 1
  let i = 0
  while (line < error.line && i < source.length) {
    const c = source.charCodeAt(i++)
    if (c === 10) line++
    else if (c === 13) {
      if (source.charCodeAt(i) === 10) i++
      line++
    }
  }
  return i + error.column - 1
}

function lineColumnAt(source: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const c = source.charCodeAt(i)
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Raw control characters (U+0000–U+001F, tabs and newlines included) inside strings. */
function checkControlCharacters(source: string, origin: Position, findings: Findings): void {
  let inString = false
  let line = 1
  let lineStart = 0
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      else if (c < 0x20) {
        const name = c === 10 ? 'a line break' : c === 13 ? 'a carriage return' : c === 9 ? 'a tab' : `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`
        const escape = c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`
        findings.add(jsonSyntax, positionIn(origin, { line, column: i - lineStart + 1 }),
          `A JSON string cannot contain ${name}; write it as ${escape}.`)
      }
    } else if (c === 34) inString = true
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
}

function keyOf(member: ObjectNode['members'][number]): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}

function checkDuplicateKeys(value: ValueNode, origin: Position, findings: Findings): void {
  if (value.type === 'Array') {
    for (const element of value.elements) checkDuplicateKeys(element.value, origin, findings)
    return
  }
  if (value.type !== 'Object') return
  const members = (value as ObjectNode).members
  // Most objects are small: comparing each name with the ones before it allocates nothing, unlike a Map per object.
  const index = members.length > 32 ? new Map<string, number>() : undefined
  for (let i = 0; i < members.length; i++) {
    const name = keyOf(members[i]!)
    let first = index?.get(name)
    if (index && first === undefined) index.set(name, i)
    for (let j = 0; !index && j < i; j++) {
      if (keyOf(members[j]!) === name) {
        first = j
        break
      }
    }
    if (first === undefined) continue
    const at = positionOf(origin, members[first]!.name)
    findings.add(jsonDuplicateKey, positionOf(origin, members[i]!.name),
      `Duplicate key "${name}" (first at ${at.line}:${at.column}): parsers keep only one value; merge them into one key, with an array for several values.`)
  }
  for (const member of members) checkDuplicateKeys(member.value, origin, findings)
}
