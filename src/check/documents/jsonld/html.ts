/**
 * Finding the JSON-LD in an HTML page: every `<script type="application/ld+json">` block with
 * the position of its text in the page, and the script elements whose type only looks like it.
 * The page's DOM (parse5) is built only when a check needs it.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'

/** One `<script>` element's text and where that text starts in the page. */
export interface ScriptBlock {
  /** The raw text between `<script …>` and `</script>` (entities are not decoded in scripts). */
  text: string
  /** 1-based line and column of the first character of `text` in the page. */
  line: number
  column: number
  /** The `type` attribute as written. */
  type: string
  /** Where the `type` attribute is (the start tag when absent). */
  typeLine: number
  typeColumn: number
}

export interface ExtractedScripts {
  /** Blocks whose type is `application/ld+json`, in document order. */
  jsonLd: ScriptBlock[]
  /** Blocks whose type looks like JSON-LD but is not (search engines ignore them). */
  lookalikes: ScriptBlock[]
}

const RAWTEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea'])

/** `application/ld+json`, any case, surrounding whitespace and parameters allowed. */
export function isJsonLdType(type: string): boolean {
  const essence = type.split(';', 1)[0]!.trim().toLowerCase()
  return essence === 'application/ld+json'
}

/** Types people write when they mean `application/ld+json`. */
export function isLookalikeType(type: string, text: string): boolean {
  const t = type.toLowerCase().replace(/\s+/g, '')
  if (isJsonLdType(type)) return false
  if (/(^|[/+._-])ld[+._-]?json|json[+._-]?ld($|[;+._-])/.test(t)) return true
  // Plain JSON carrying a JSON-LD document: looks right, but search engines skip it.
  return (t === 'application/json' || t === 'text/json') && text.includes('"@context"')
}

const enum Char {
  Tab = 9, LineFeed = 10, FormFeed = 12, CarriageReturn = 13, Space = 32, Bang = 33, Quote = 34,
  Apostrophe = 39, Dash = 45, Slash = 47, Less = 60, Equals = 61, Greater = 62, Question = 63,
}

function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.LineFeed || c === Char.Tab || c === Char.FormFeed || c === Char.CarriageReturn
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** 1-based line and column of offsets, computed incrementally (offsets must not decrease). */
class LineCounter {
  private offset = 0
  private line = 1
  private lineStart = 0
  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    const text = this.text
    for (let i = this.offset; i < offset; i++) {
      const c = text.charCodeAt(i)
      if (c === Char.LineFeed || (c === Char.CarriageReturn && text.charCodeAt(i + 1) !== Char.LineFeed)) {
        this.line++
        this.lineStart = i + 1
      }
    }
    this.offset = offset
    return { line: this.line, column: offset - this.lineStart + 1 }
  }
}

interface Tag {
  /** Lower-case name; '' for a name that cannot be one the scanner acts on (see `mayMatter`). */
  name: string
  /** Offset just after the closing `>` (or the end of the text). */
  end: number
  selfClosing: boolean
  /** The `type` attribute's value and the offset of the attribute, when present. */
  type?: string
  typeOffset?: number
}

/**
 * Reads a tag from `<` at `start` (the next character is a letter, or `/` and a letter),
 * following the HTML tokenizer's tag, attribute-name and attribute-value states.
 */
function readTag(html: string, start: number): Tag {
  const length = html.length
  let i = start + 1
  if (html.charCodeAt(i) === Char.Slash) i++
  const nameStart = i
  while (i < length) {
    const c = html.charCodeAt(i)
    if (isSpace(c) || c === Char.Slash || c === Char.Greater) break
    i++
  }
  const tag: Tag = { name: mayMatter(html, nameStart, i) ? html.slice(nameStart, i).toLowerCase() : '', end: length, selfClosing: false }
  while (i < length) {
    let c = html.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    if (c === Char.Greater) {
      tag.end = i + 1
      return tag
    }
    if (c === Char.Slash) {
      i++
      if (html.charCodeAt(i) === Char.Greater) {
        tag.selfClosing = true
        tag.end = i + 1
        return tag
      }
      continue
    }
    // Attribute name: up to whitespace, / or > (a leading = belongs to the name).
    const attrStart = i
    i++
    while (i < length) {
      c = html.charCodeAt(i)
      if (isSpace(c) || c === Char.Slash || c === Char.Greater || c === Char.Equals) break
      i++
    }
    // Only `type` is kept (the first of duplicates wins, as in the tokenizer): other names and
    // values are skipped without slicing them, since pages have a dozen attributes per tag.
    const wanted = tag.type === undefined && isTypeName(html, attrStart, i)
    while (i < length && isSpace(html.charCodeAt(i))) i++
    let valueStart = i
    let valueEnd = i
    if (html.charCodeAt(i) === Char.Equals) {
      i++
      while (i < length && isSpace(html.charCodeAt(i))) i++
      const q = html.charCodeAt(i)
      if (q === Char.Quote || q === Char.Apostrophe) {
        const close = html.indexOf(q === Char.Quote ? '"' : "'", i + 1)
        valueStart = i + 1
        valueEnd = close === -1 ? length : close
        i = valueEnd + 1
      } else {
        valueStart = i
        while (i < length) {
          c = html.charCodeAt(i)
          if (isSpace(c) || c === Char.Greater) break
          i++
        }
        valueEnd = i
      }
    }
    if (wanted) {
      tag.type = html.slice(valueStart, valueEnd)
      tag.typeOffset = attrStart
    }
  }
  return tag
}

/**
 * Whether a tag name may be script, svg, math, plaintext or a raw-text element: 3 to 9 letters
 * starting with one of theirs. The rest (div, meta, a, p…) are not lower-cased into new strings.
 */
function mayMatter(html: string, from: number, to: number): boolean {
  const c = html.charCodeAt(from) | 0x20
  return to - from >= 3 && to - from <= 9 && (c === 115 || c === 109 || c === 120 || c === 105 || c === 110 || c === 116 || c === 112) // s m x i n t p
}

/** `html.slice(from, to)` is `type` in any case (what `.toLowerCase() === 'type'` tells, without the strings). */
function isTypeName(html: string, from: number, to: number): boolean {
  return to - from === 4 &&
    (html.charCodeAt(from) | 0x20) === 116 && (html.charCodeAt(from + 1) | 0x20) === 121 &&
    (html.charCodeAt(from + 2) | 0x20) === 112 && (html.charCodeAt(from + 3) | 0x20) === 101
}

/** Offset of `</name` followed by whitespace, `/` or `>` (any case) from `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const length = html.length
  let i = from
  while (true) {
    i = html.indexOf('</', i)
    if (i === -1) return -1
    const after = i + 2 + name.length
    if (after <= length && html.slice(i + 2, after).toLowerCase() === name) {
      const c = html.charCodeAt(after)
      if (after === length || isSpace(c) || c === Char.Slash || c === Char.Greater) return after === length ? -1 : i
    }
    i += 2
  }
}

/**
 * The end of a script's text: the HTML tokenizer's script data states, including the escaped
 * and double-escaped states that `<!--` and `<script` inside a script enter, where `</script>`
 * does not close the element.
 */
function findScriptEnd(html: string, from: number): number {
  const length = html.length
  let escaped = false
  let doubleEscaped = false
  let i = from
  // Only "<" and, escaped, "-->" change the state: the next of each (-1 none, -2 not looked for yet) by indexOf.
  let less = -2
  let close = -2
  while (i < length) {
    if (less !== -1 && less < i) less = html.indexOf('<', i)
    if (escaped && close !== -1 && close < i) close = html.indexOf('-->', i)
    if (escaped && close !== -1 && (less === -1 || close < less)) {
      escaped = false
      doubleEscaped = false
      i = close + 3
      continue
    }
    if (less === -1) return length
    i = less
    if (!escaped && html.startsWith('<!--', i)) {
      escaped = true
      // Continue at the dashes: in "<!-->" and "<!--->" they already close the escape.
      i += 2
      continue
    }
    if (html.charCodeAt(i + 1) === Char.Slash && matchesScript(html, i + 2)) {
      if (!doubleEscaped) return i
      doubleEscaped = false
      i += 8
      continue
    }
    if (escaped && !doubleEscaped && matchesScript(html, i + 1)) {
      doubleEscaped = true
      i += 7
      continue
    }
    i++
  }
  return length
}

/** "script" (any case) at `i`, followed by whitespace, `/` or `>`. */
function matchesScript(html: string, i: number): boolean {
  if (html.slice(i, i + 6).toLowerCase() !== 'script') return false
  const c = html.charCodeAt(i + 6)
  return isSpace(c) || c === Char.Slash || c === Char.Greater
}

/** End of a comment that starts at `start` (`<!--`): after `-->`, `--!>`, or the abrupt `<!-->` / `<!--->`. */
function commentEnd(html: string, start: number): number {
  const body = start + 4
  if (html.charCodeAt(body) === Char.Greater) return body + 1
  if (html.charCodeAt(body) === Char.Dash && html.charCodeAt(body + 1) === Char.Greater) return body + 2
  let i = body
  while (true) {
    i = html.indexOf('--', i)
    if (i === -1) return html.length
    if (html.charCodeAt(i + 2) === Char.Greater) return i + 3
    if (html.charCodeAt(i + 2) === Char.Bang && html.charCodeAt(i + 3) === Char.Greater) return i + 4
    i++
  }
}

/**
 * Every script block in `html`, split into JSON-LD and look-alikes. A single-pass scanner that
 * follows the HTML tokenizer where it matters for finding scripts (comments, raw-text and
 * RCDATA elements, script data escaping, attribute quoting, foreign content), jumping with
 * indexOf between tags: several times faster than a full tokenizer, and tested against
 * parse5's tokenizer on generated pages.
 */
export function extractScripts(html: string): ExtractedScripts {
  const jsonLd: ScriptBlock[] = []
  const lookalikes: ScriptBlock[] = []
  const lines = new LineCounter(html)
  const length = html.length
  let foreignDepth = 0
  let i = 0
  while (i < length) {
    i = html.indexOf('<', i)
    if (i === -1) break
    const next = html.charCodeAt(i + 1)
    if (next === Char.Bang) {
      if (html.startsWith('<!--', i)) i = commentEnd(html, i)
      else if (foreignDepth > 0 && html.startsWith('<![CDATA[', i)) {
        const end = html.indexOf(']]>', i + 9)
        i = end === -1 ? length : end + 3
      } else {
        const end = html.indexOf('>', i + 2)
        i = end === -1 ? length : end + 1
      }
      continue
    }
    if (next === Char.Question) {
      const end = html.indexOf('>', i + 2)
      i = end === -1 ? length : end + 1
      continue
    }
    const closing = next === Char.Slash
    if (closing && !isAsciiAlpha(html.charCodeAt(i + 2))) {
      // "</>" is dropped; "</" before anything else starts a bogus comment up to ">".
      const end = html.indexOf('>', i + 2)
      i = end === -1 ? length : end + 1
      continue
    }
    if (!closing && !isAsciiAlpha(next)) {
      i++
      continue
    }
    const tag = readTag(html, i)
    if (tag.end === length && html.charCodeAt(length - 1) !== Char.Greater) break // unterminated tag at EOF
    const name = tag.name
    if (closing) {
      if ((name === 'svg' || name === 'math') && foreignDepth > 0) foreignDepth--
      i = tag.end
      continue
    }
    if (name === 'svg' || name === 'math') {
      if (!tag.selfClosing) foreignDepth++
      i = tag.end
      continue
    }
    if (foreignDepth > 0) {
      i = tag.end
      continue
    }
    if (name === 'script') {
      let textEnd = findScriptEnd(html, tag.end)
      const endTag = textEnd < length ? readTag(html, textEnd) : undefined
      // An end tag cut off by the end of the text is not a tag: the script runs to the end.
      if (endTag && endTag.end === length && html.charCodeAt(length - 1) !== Char.Greater) textEnd = length
      const type = tag.type ?? ''
      const text = html.slice(tag.end, textEnd)
      const json = isJsonLdType(type)
      if (json || isLookalikeType(type, text)) {
        const typeAt = lines.at(tag.typeOffset ?? i)
        const textAt = lines.at(tag.end)
        const block: ScriptBlock = { text, line: textAt.line, column: textAt.column, type, typeLine: typeAt.line, typeColumn: typeAt.column }
        ;(json ? jsonLd : lookalikes).push(block)
      }
      if (!endTag || textEnd === length) break
      i = endTag.end
      continue
    }
    if (RAWTEXT.has(name)) {
      const end = findEndTag(html, name, tag.end)
      if (end === -1) break
      i = readTag(html, end).end
      continue
    }
    if (name === 'plaintext') break
    i = tag.end
  }
  return { jsonLd, lookalikes }
}

/** An element carrying a given class, and whether it sits inside another such element. */
export interface ClassedElement {
  line: number
  column: number
  /** Inside another element with one of the classes asked about. */
  nested: boolean
}

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/**
 * Elements of the page that carry any of `classNames`, in document order. Parses the whole page
 * (with locations) — call it only when a check needs the DOM, e.g. paywall markup.
 */
export function elementsWithClasses(html: string, classNames: readonly string[]): Map<string, ClassedElement[]> {
  const found = new Map<string, ClassedElement[]>(classNames.map((c) => [c, []]))
  const wanted = new Set(classNames)
  const document = parse(html, { sourceCodeLocationInfo: true })
  const visit = (node: ParentNode, insideDepth: number): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      const element = child as Element
      const classAttr = element.attrs.find((a) => a.name === 'class')?.value
      let matched = false
      if (classAttr) {
        for (const cls of classAttr.split(/[\t\n\f\r ]+/)) {
          if (!wanted.has(cls)) continue
          const location = element.sourceCodeLocation
          found.get(cls)!.push({ line: location?.startLine ?? 0, column: location?.startCol ?? 0, nested: insideDepth > 0 })
          matched = true
        }
      }
      const content = element.tagName === 'template' ? (element as DefaultTreeAdapterTypes.Template).content : element
      visit(content, insideDepth + (matched ? 1 : 0))
    }
  }
  visit(document, 0)
  return found
}
