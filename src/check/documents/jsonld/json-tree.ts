/**
 * A syntax tree for JSON that `JSON.parse` has already accepted, in momoa's
 * shape (the checkers read momoa nodes), built several times faster than
 * momoa's tokenizer does: the text is known to be valid, so there is nothing
 * to report, and a node stores offsets and works out its line and column only
 * when a finding asks for `loc`. Invalid JSON goes to momoa, for its messages.
 */
import type { DocumentNode } from '@humanwhocodes/momoa'

interface Location {
  line: number
  column: number
  offset: number
}

/** Line starts of a text, for offset -> line and column as momoa counts them (UTF-16 units; CR, LF and CRLF end a line). */
class Lines {
  private starts: number[] | undefined
  constructor(private readonly text: string) {}

  at(offset: number): Location {
    if (!this.starts) {
      const starts = [0]
      const text = this.text
      // Most texts have no CR: their line starts are found with indexOf, faster than reading every character.
      const lfOnly = !text.includes('\r')
      for (let i = text.indexOf('\n'); lfOnly && i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
      for (let i = lfOnly ? text.length : 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 10) starts.push(i + 1)
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++
          starts.push(i + 1)
        }
      }
      this.starts = starts
    }
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset }
  }
}

/** One node of any type: one object shape for all, which keeps property reads monomorphic. */
class Node {
  value: unknown = undefined
  members: Node[] | undefined = undefined
  elements: Node[] | undefined = undefined
  name: Node | undefined = undefined
  body: Node | undefined = undefined
  constructor(
    readonly type: string,
    private readonly lines: Lines,
    /** Offsets of the first character and of the one after the last. */
    public from: number,
    public to: number,
  ) {}

  get loc(): { start: Location; end: Location } {
    return { start: this.lines.at(this.from), end: this.lines.at(this.to) }
  }
}

/** The tree of `text`, which must be JSON that `JSON.parse` accepts (a byte order mark already removed). */
export function jsonTree(text: string): DocumentNode {
  const lines = new Lines(text)
  let i = 0

  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  }

  const string = (): Node => {
    const from = i
    let quote = text.indexOf('"', i + 1)
    // A quote is escaped when an odd number of backslashes precede it.
    for (;;) {
      let backslashes = 0
      while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
      if (backslashes % 2 === 0) break
      quote = text.indexOf('"', quote + 1)
    }
    i = quote + 1
    const node = new Node('String', lines, from, i)
    const raw = text.slice(from + 1, quote)
    node.value = raw.includes('\\') ? JSON.parse(text.slice(from, i)) : raw
    return node
  }

  const value = (): Node => {
    space()
    const from = i
    const c = text.charCodeAt(i)
    if (c === 34) return string()
    if (c === 123) {
      const node = new Node('Object', lines, from, from)
      const members: Node[] = []
      i++
      space()
      if (text.charCodeAt(i) === 125) i++
      else {
        for (;;) {
          space()
          const name = string()
          space()
          i++ // the colon
          const memberValue = value()
          const member = new Node('Member', lines, name.from, memberValue.to)
          member.name = name
          member.value = memberValue
          members.push(member)
          space()
          if (text.charCodeAt(i++) === 125) break
        }
      }
      node.members = members
      node.to = i
      return node
    }
    if (c === 91) {
      const node = new Node('Array', lines, from, from)
      const elements: Node[] = []
      i++
      space()
      if (text.charCodeAt(i) === 93) i++
      else {
        for (;;) {
          const item = value()
          const element = new Node('Element', lines, item.from, item.to)
          element.value = item
          elements.push(element)
          space()
          if (text.charCodeAt(i++) === 93) break
        }
      }
      node.elements = elements
      node.to = i
      return node
    }
    if (c === 116) return literal('Boolean', true, 4)
    if (c === 102) return literal('Boolean', false, 5)
    if (c === 110) return literal('Null', null, 4)
    let end = i + 1
    for (let d = text.charCodeAt(end); (d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45; d = text.charCodeAt(++end));
    const node = new Node('Number', lines, i, end)
    node.value = Number(text.slice(i, end))
    i = end
    return node
  }

  const literal = (type: string, literalValue: unknown, length: number): Node => {
    const node = new Node(type, lines, i, i + length)
    // momoa's Null node has no value.
    if (literalValue !== null) node.value = literalValue
    i += length
    return node
  }

  const document = new Node('Document', lines, 0, text.length)
  document.body = value()
  return document as unknown as DocumentNode
}
