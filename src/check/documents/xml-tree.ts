/**
 * Streaming XML with source positions for the feed and sitemap checkers.
 *
 * saxes parses strictly (namespaces on); this module turns its events into
 * small element records that carry the line and column of their `<`. A
 * checker sees each element when it closes, with its children, and may drop
 * it from its parent (a `<url>` or an `<item>` once checked), so memory stays
 * bounded by one record however long the file is.
 */
import { SaxesParser } from 'saxes'
import type { Position } from '../../model/types.js'

export interface XmlAttribute {
  /** Qualified name as written, e.g. `xml:lang`. */
  name: string
  local: string
  uri: string
  value: string
}

export interface XmlElement extends Position {
  /** Qualified name as written, e.g. `news:title`. */
  name: string
  local: string
  /** Namespace URI, `''` for none. */
  uri: string
  attributes: XmlAttribute[]
  children: XmlElement[]
  /** Character data directly inside this element (text and CDATA, entities resolved). */
  text: string
  parent: XmlElement | undefined
}

/** Where each line starts, to turn string offsets into line and column. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  locate(offset: number): Position {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 }
  }
}

export interface XmlSyntaxError extends Position {
  message: string
}

export interface XmlWalkHandlers {
  /** Called with the start tag, before children (attributes known, text and children empty). */
  open?(element: XmlElement): void
  /** Called once the element is complete. Return `false` to drop it from its parent's children. */
  close?(element: XmlElement): boolean | void
}

export interface XmlWalkResult {
  root: XmlElement | undefined
  /** The first well-formedness error; the walk stops there. */
  error: XmlSyntaxError | undefined
}

class StopParsing extends Error {}

/** An `&` that starts no predefined or numeric character reference. */
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/g

/** Parse `text`, calling the handlers for each element; stops at the first well-formedness error. */
export function walkXml(text: string, handlers: XmlWalkHandlers = {}, lines: LineIndex = new LineIndex(text)): XmlWalkResult {
  const parser = new SaxesParser({ xmlns: true, position: true })
  let root: XmlElement | undefined
  let current: XmlElement | undefined
  let pending: Position = { line: 1, column: 1 }
  let error: XmlSyntaxError | undefined

  // Where the parser last finished a construct: an entity error is reported by saxes only at
  // the next `;`, possibly far on, so the culprit `&` is searched for from here.
  // (Handlers are kept few on purpose: with a seventh one saxes's parser object falls into
  // V8's slow dictionary mode and parsing gets four times slower.)
  let lastGood = 0
  parser.on('error', (cause) => {
    // saxes prefixes "line:col: "; the position is ours, 1-based.
    let message = cause.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '')
    let offset = Math.max(0, parser.position - 1)
    if (/entity|unclosed tag/.test(message)) {
      BAD_AMPERSAND.lastIndex = lastGood
      const bad = BAD_AMPERSAND.exec(text)
      if (bad && bad.index <= offset) {
        offset = bad.index
        const reference = /^&[A-Za-z_][\w.-]*;/.exec(text.slice(offset, offset + 40))?.[0]
        message = reference
          ? `undefined entity ${reference}: XML knows only &amp; &lt; &gt; &quot; &apos; (use a numeric reference such as &#160;)`
          : 'a raw "&" must be written as &amp;'
      }
    }
    error = { ...lines.locate(offset), message }
    throw new StopParsing()
  })
  parser.on('opentagstart', (tag) => {
    // saxes has read `<`, the name and one delimiter character.
    pending = lines.locate(Math.max(0, parser.position - tag.name.length - 2))
  })
  parser.on('opentag', (tag) => {
    lastGood = parser.position
    const attributes: XmlAttribute[] = []
    for (const attribute of Object.values(tag.attributes)) {
      attributes.push({ name: attribute.name, local: attribute.local, uri: attribute.uri, value: attribute.value })
    }
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: '',
      parent: current,
      line: pending.line,
      column: pending.column,
    }
    if (current) current.children.push(element)
    else root = element
    current = element
    handlers.open?.(element)
    if (tag.isSelfClosing) closeCurrent()
  })
  const closeCurrent = () => {
    const element = current
    if (!element) return
    current = element.parent
    if (handlers.close?.(element) === false && current) {
      const index = current.children.lastIndexOf(element)
      if (index !== -1) current.children.splice(index, 1)
    }
  }
  parser.on('closetag', (tag) => {
    lastGood = parser.position
    if (!tag.isSelfClosing) closeCurrent()
  })
  parser.on('text', (value) => {
    if (current) current.text += value
  })
  parser.on('cdata', (value) => {
    lastGood = parser.position
    if (current) current.text += value
  })

  try {
    parser.write(text).close()
  } catch (cause) {
    if (!(cause instanceof StopParsing)) throw cause
  }
  if (!error && !root) error = { line: 1, column: 1, message: 'no root element' }
  return { root, error }
}

/** The attribute's value, by qualified name (`href`, `xml:lang`), or undefined. */
export function attribute(element: XmlElement, name: string): string | undefined {
  for (const attribute of element.attributes) if (attribute.name === name) return attribute.value
  return undefined
}

/** Every `xml:<local>` (xml:lang, xml:base) on this element and its ancestors, nearest first. */
export function inheritedXmlAttribute(element: XmlElement, local: string): { value: string; element: XmlElement }[] {
  const found: { value: string; element: XmlElement }[] = []
  for (let at: XmlElement | undefined = element; at; at = at.parent) {
    const value = attribute(at, `xml:${local}`)
    if (value !== undefined) found.push({ value, element: at })
  }
  return found
}
