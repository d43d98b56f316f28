/**
 * The common shape of frontmatter, read without a YAML parser: a block map of
 * plain keys whose values are one-line scalars (plain, 'single' or "double"
 * quoted without escapes), one-line flow lists and maps of such scalars,
 * block lists of them, and nested block maps of the same.
 *
 * It gives exactly what `parseYaml` (yaml.ts, the `yaml` package) gives for
 * the same text, value and positions, at about a tenth of the cost; for anything
 * else (anchors, tags, merge keys, block scalars, escapes, multi-line values,
 * repeated keys, tabs, CR, a BOM, indented comments, …) it gives `undefined`
 * and the caller parses with `yaml`, which also words every error. The
 * property test in test/load/yaml-simple.test.ts pins the two together.
 */
import type { Position } from '../model/types.js'
import type { PositionedValue } from './yaml.js'

/** Thrown inside the reader when the text leaves the simple shape; caught at the top. */
class NotSimple extends Error {}
const notSimple = new NotSimple()

// Characters the reader leaves to `yaml`: tabs and CR (indentation and line-break rules), other
// C0/C1 controls and DEL (errors), U+2028/U+2029 and the BOM (line and byte-order subtleties).
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/
// A key the reader takes: plain ASCII, starting with a letter or `_`, then `:` and a space or the line's end
// (short: YAML limits an implicit key to 1024 characters).
const KEY = /([A-Za-z_][A-Za-z0-9_.-]{0,127}):(?: +|$)/y
// The same key in a flow map: `:` and at least one space, the value on the same line.
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_.-]{0,127}): +/y
// Where a plain scalar may start: not an indicator (`-` only before a digit, letter or `.`).
const PLAIN_START = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|-[0-9A-Za-z.])/
// What may follow a value on its line: spaces, then a comment.
const LINE_TAIL = /^(?: *| +#.*)$/
// The deepest nesting of block maps the reader takes; deeper goes to `yaml`.
const MAX_DEPTH = 8

/** The text's value and key positions when it has the simple shape, else undefined. `lineOffset` as for `parseYaml`. */
export function readSimpleYaml(text: string, lineOffset = 0): PositionedValue | undefined {
  if (UNUSUAL.test(text)) return undefined
  const reader = new Reader(text.split('\n'), lineOffset)
  try {
    const value = reader.blockMap(0, '', 1)
    // Every line read, and a map with at least one key (an empty or comment-only text is `yaml`'s null).
    if (reader.next() !== undefined || Object.keys(value).length === 0) return undefined
    return { value, positions: reader.positions }
  } catch (error) {
    if (error === notSimple) return undefined
    throw error
  }
}

class Reader {
  readonly positions = new Map<string, Position>()
  /** The next line to read. */
  private line = 0

  constructor(
    private readonly lines: string[],
    private readonly lineOffset: number,
  ) {}

  private at(line: number, column: number): Position {
    return { line: line + 1 + this.lineOffset, column: column + 1 }
  }

  /** Index of the next line with content (blank lines and `#` comments at column 1 skipped), or undefined at the end. */
  next(): number | undefined {
    for (; this.line < this.lines.length; this.line++) {
      const text = this.lines[this.line]!
      const indent = indentOf(text)
      if (indent === text.length || (indent === 0 && text[0] === '#')) continue
      // A comment indented in a block may belong to a value's lines: leave it to `yaml`.
      if (text[indent] === '#') throw notSimple
      return this.line
    }
    return undefined
  }

  /**
   * A block map whose keys start at column `indent`. `afterDash`: the line
   * where its first key follows a list item's `- ` (`- url: …`), not indentation.
   */
  blockMap(indent: number, path: string, depth: number, afterDash?: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw notSimple
    const map: Record<string, unknown> = {}
    for (let index = afterDash ?? this.next(); index !== undefined; index = this.next()) {
      const text = this.lines[index]!
      const lineIndent = index === afterDash ? indent : indentOf(text)
      if (lineIndent < indent) break
      if (lineIndent > indent) throw notSimple
      const key = matchAt(KEY, text, indent)
      if (!key) throw notSimple
      const name = key[1]!
      if (Object.hasOwn(map, name) || name === '__proto__' || typeof resolvePlain(name) !== 'string') throw notSimple
      const childPath = path ? `${path}.${name}` : name
      this.positions.set(childPath, this.at(index, indent))
      const rest = indent + key[0].length
      this.line = index + 1
      if (rest < text.length) {
        map[name] = this.inlineValue(text, index, rest, childPath, depth, true)
        continue
      }
      // `key:` at the line's end: a block below it, or nothing.
      if (rest !== indent + name.length + 1) throw notSimple // `key:` and spaces: where `yaml` puts the empty value is not worth guessing
      const below = this.next()
      const belowText = below === undefined ? undefined : this.lines[below]!
      const belowIndent = belowText === undefined ? -1 : indentOf(belowText)
      if (belowText !== undefined && belowIndent >= indent && belowText.startsWith('- ', belowIndent)) {
        this.positions.set(`${childPath}#value`, this.at(below!, belowIndent))
        map[name] = this.blockList(belowIndent, childPath, depth + 1)
      } else if (belowText !== undefined && belowIndent > indent) {
        this.positions.set(`${childPath}#value`, this.at(below!, belowIndent))
        map[name] = this.blockMap(belowIndent, childPath, depth + 1)
      } else {
        this.positions.set(`${childPath}#value`, this.at(index, rest))
        map[name] = null
      }
    }
    return map
  }

  /** A block list whose `- ` marks are at column `indent`; each item one line. */
  private blockList(indent: number, path: string, depth: number): unknown[] {
    const list: unknown[] = []
    for (let index = this.next(); index !== undefined; index = this.next()) {
      const text = this.lines[index]!
      const lineIndent = indentOf(text)
      if (lineIndent < indent || (lineIndent === indent && !text.startsWith('- ', indent))) break
      if (lineIndent > indent) throw notSimple
      let start = indent + 2
      while (text[start] === ' ') start++
      if (start === text.length) throw notSimple
      const itemPath = `${path}.${list.length}`
      this.positions.set(itemPath, this.at(index, start))
      // An item that starts with `key:` is a map, its keys lined up under the first.
      if (matchAt(KEY, text, start)) list.push(this.blockMap(start, itemPath, depth + 1, index))
      else {
        this.line = index + 1
        list.push(this.inlineValue(text, index, start, itemPath, depth, false))
      }
    }
    return list
  }

  /** The value starting at `text[start]` and running to the line's end (a comment allowed); a map's value records where it starts. */
  private inlineValue(text: string, index: number, start: number, path: string, depth: number, ofMap: boolean): unknown {
    if (ofMap) this.positions.set(`${path}#value`, this.at(index, start))
    const first = text[start]
    if (first === '[' || first === '{') {
      const flow = new FlowReader(text, start + 1, index, this, path)
      const value = first === '[' ? flow.list() : flow.map()
      if (depth + 1 > MAX_DEPTH || !LINE_TAIL.test(text.slice(flow.offset))) throw notSimple
      return value
    }
    const scalar = readScalar(text, start, 'block')
    if (!LINE_TAIL.test(text.slice(scalar.end))) throw notSimple
    return scalar.value
  }

  /** Record a position (for the flow reader). */
  set(path: string, line: number, column: number): void {
    this.positions.set(path, this.at(line, column))
  }
}

/** A one-line flow list or map of scalars, read from just after its opening bracket. */
class FlowReader {
  constructor(
    private readonly text: string,
    public offset: number,
    private readonly line: number,
    private readonly reader: Reader,
    private readonly path: string,
  ) {}

  private skipSpaces(): void {
    while (this.text[this.offset] === ' ') this.offset++
  }

  /** After an item: `,` and another, or the closing bracket. True when closed. */
  private closes(bracket: string): boolean {
    this.skipSpaces()
    const char = this.text[this.offset]
    this.offset++
    if (char === bracket) return true
    if (char !== ',') throw notSimple
    this.skipSpaces()
    // A trailing comma or an empty item: leave it to `yaml`.
    if (this.text[this.offset] === ',' || this.text[this.offset] === bracket) throw notSimple
    return false
  }

  list(): unknown[] {
    const list: unknown[] = []
    this.skipSpaces()
    if (this.text[this.offset] === ']') {
      this.offset++
      return list
    }
    do {
      this.reader.set(`${this.path}.${list.length}`, this.line, this.offset)
      const scalar = readScalar(this.text, this.offset, 'flow')
      this.offset = scalar.end
      list.push(scalar.value)
    } while (!this.closes(']'))
    return list
  }

  map(): Record<string, unknown> {
    const map: Record<string, unknown> = {}
    this.skipSpaces()
    if (this.text[this.offset] === '}') {
      this.offset++
      return map
    }
    do {
      const key = matchAt(FLOW_KEY, this.text, this.offset)
      if (!key) throw notSimple
      const name = key[1]!
      if (Object.hasOwn(map, name) || name === '__proto__' || typeof resolvePlain(name) !== 'string') throw notSimple
      const childPath = `${this.path}.${name}`
      this.reader.set(childPath, this.line, this.offset)
      this.offset += key[0].length
      this.reader.set(`${childPath}#value`, this.line, this.offset)
      const scalar = readScalar(this.text, this.offset, 'flow')
      this.offset = scalar.end
      map[name] = scalar.value
    } while (!this.closes('}'))
    return map
  }
}

/**
 * A scalar on one line from `start`: quoted without escapes, or plain. In a
 * block it runs to the line's end (a ` #` comment cut off); in a flow
 * collection to the next `,` or closing bracket. `end` is just after it.
 */
function readScalar(text: string, start: number, context: 'block' | 'flow'): { value: unknown; end: number } {
  const first = text[start]
  if (first === '"') {
    const close = text.indexOf('"', start + 1)
    const escape = text.indexOf('\\', start + 1)
    if (close === -1 || (escape !== -1 && escape < close)) throw notSimple
    return { value: text.slice(start + 1, close), end: close + 1 }
  }
  if (first === "'") {
    let value = ''
    let from = start + 1
    for (;;) {
      const quote = text.indexOf("'", from)
      if (quote === -1) throw notSimple
      value += text.slice(from, quote)
      if (text[quote + 1] !== "'") return { value, end: quote + 1 }
      value += "'"
      from = quote + 2
    }
  }
  if (!PLAIN_START.test(text.slice(start, start + 2))) throw notSimple
  let end = start
  for (; end < text.length; end++) {
    const char = text[end]!
    if (char === ' ' && text[end + 1] === '#') break
    if (char === ':' && (end + 1 === text.length || text[end + 1] === ' ' || (context === 'flow' && ',]}'.includes(text[end + 1]!)))) throw notSimple
    if (context === 'flow' && (char === ',' || char === ']' || char === '}' || char === '[' || char === '{')) break
  }
  let trimmed = end
  while (text[trimmed - 1] === ' ') trimmed--
  return { value: resolvePlain(text.slice(start, trimmed)), end: trimmed }
}

const MAYBE_NOT_TEXT = /^[~nNtTfF0-9+\-.]/

/** A plain scalar's value by the YAML 1.2 core schema, tried in the order of `yaml`'s core tags. */
export function resolvePlain(text: string): unknown {
  // Every non-string form starts with one of `~ n N t T f F 0-9 + - .` (or is empty): most text is settled by its first character.
  if (text !== '' && !MAYBE_NOT_TEXT.test(text)) return text
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T'
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8)
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16)
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text)
  return text
}

/** A sticky pattern's match at `offset`. */
function matchAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset
  return pattern.exec(text)
}

function indentOf(text: string): number {
  let indent = 0
  while (text.charCodeAt(indent) === 32) indent++
  return indent
}
