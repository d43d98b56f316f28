/**
 * A strict XML reader for the feed tests: saxes (well-formedness and
 * namespaces, errors thrown with line and column) into a tiny element tree.
 */
import { SaxesParser } from 'saxes'

export interface XmlNode {
  /** Namespace URI of the element. */
  uri: string
  /** Local name. */
  local: string
  /** Attributes by qualified name, values as parsed (entities decoded). */
  attributes: Record<string, string>
  children: XmlNode[]
  /** The element's own text (text and CDATA children, concatenated). */
  text: string
}

export interface XmlDocument {
  root: XmlNode
  /** Processing instructions before the root (target and body). */
  instructions: { target: string; body: string }[]
}

/** Parse `xml` strictly; throws on anything that is not namespace-well-formed XML 1.0. */
export function parseXml(xml: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: XmlNode[] = []
  const instructions: XmlDocument['instructions'] = []
  let root: XmlNode | undefined
  parser.on('error', (error) => {
    throw error
  })
  parser.on('processinginstruction', (pi) => {
    if (!root) instructions.push({ target: pi.target, body: pi.body })
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value
    const node: XmlNode = { uri: tag.uri, local: tag.local, attributes, children: [], text: '' }
    stack.at(-1)?.children.push(node)
    root ??= node
    stack.push(node)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (text: string) => {
    const top = stack.at(-1)
    if (top) top.text += text
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return { root, instructions }
}

/** Direct children named `local` (any namespace unless `uri` is given). */
export function childrenNamed(node: XmlNode, local: string, uri?: string): XmlNode[] {
  return node.children.filter((child) => child.local === local && (uri === undefined || child.uri === uri))
}

/** The single direct child named `local`; throws when there is none or several. */
export function child(node: XmlNode, local: string, uri?: string): XmlNode {
  const found = childrenNamed(node, local, uri)
  if (found.length !== 1) throw new Error(`expected one <${local}> in <${node.local}>, found ${found.length}`)
  return found[0]!
}

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
} as const

/** Decode the three escapes plain text gets when it is carried as HTML (`&amp;`, `&lt;`, `&gt;`). */
export function htmlTextDecode(html: string): string {
  return html.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name]!)
}
