/**
 * Microdata (`itemscope`/`itemtype`/`itemprop`, WHATWG HTML §5) and RDFa Lite
 * (`vocab`/`typeof`/`property`, W3C RDFa Lite 1.1) in an HTML page, read as
 * Google reads them and turned into JSON-LD, so the same schema.org and
 * Google rules check them. Each JSON line written remembers the HTML element
 * it came from, so a finding points at the attribute in the page.
 *
 * Not read: `itemref` (rare in articles), RDFa `prefix`/CURIEs other than
 * `schema:` and full RDFa 1.1 beyond Lite.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import type { Position } from '../../../model/types.js'

type Element = DefaultTreeAdapterTypes.Element
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment

/** One item found in the page, as JSON-LD text, and the page position of each of its lines. */
export interface EmbeddedItem {
  syntax: 'microdata' | 'rdfa'
  /** JSON-LD for the item, one property per line. */
  json: string
  /** `lines[i]` is where line i + 1 of `json` came from in the page. */
  lines: Position[]
}

interface ItemNode {
  at: Position
  types: string[]
  id?: string
  properties: { name: string; at: Position; value: string | ItemNode }[]
}

const SCHEMA = /^https?:\/\/schema\.org\/?/i

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value
const has = (element: Element, name: string) => element.attrs.some((a) => a.name === name)
const positionOf = (element: Element, name?: string): Position => {
  const location = element.sourceCodeLocation
  const at = (name && location?.attrs?.[name]) || location
  return { line: at?.startLine ?? 0, column: at?.startCol ?? 0 }
}
const children = (node: Node): Element[] => {
  const content = 'tagName' in node && node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content : node
  return 'childNodes' in content ? (content.childNodes.filter((c) => 'tagName' in c) as Element[]) : []
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value
  if (!('childNodes' in node)) return ''
  return node.childNodes.map((child) => textContent(child)).join('')
}

/** A schema.org type or property name from a URL or a `schema:` CURIE; other vocabularies keep their full IRI. */
function term(value: string): string {
  return value.replace(SCHEMA, '').replace(/^schema:/, '')
}

/** The value of a microdata property element (HTML §5.4: href for links, src for media, content for meta, datetime for time). */
function microdataValue(element: Element): string {
  switch (element.tagName) {
    case 'meta':
      return attr(element, 'content') ?? ''
    case 'audio': case 'embed': case 'iframe': case 'img': case 'source': case 'track': case 'video':
      return attr(element, 'src') ?? ''
    case 'a': case 'area': case 'link':
      return attr(element, 'href') ?? ''
    case 'object':
      return attr(element, 'data') ?? ''
    case 'data': case 'meter':
      return attr(element, 'value') ?? ''
    case 'time':
      return attr(element, 'datetime') ?? textContent(element)
    default:
      return textContent(element)
  }
}

/** RDFa: `content` wins, then a link's href/src/resource, then the text. */
function rdfaValue(element: Element): string {
  return attr(element, 'content') ?? (element.tagName === 'time' ? attr(element, 'datetime') : undefined) ?? attr(element, 'href') ?? attr(element, 'src') ?? attr(element, 'resource') ?? textContent(element)
}

function microdataItem(element: Element): ItemNode {
  const item: ItemNode = { at: positionOf(element, 'itemscope'), types: (attr(element, 'itemtype') ?? '').split(/\s+/).filter(Boolean).map(term), properties: [] }
  const id = attr(element, 'itemid')
  if (id) item.id = id
  const visit = (parent: Element) => {
    for (const child of children(parent)) {
      const names = (attr(child, 'itemprop') ?? '').split(/\s+/).filter(Boolean)
      const scoped = has(child, 'itemscope')
      const value = scoped ? microdataItem(child) : microdataValue(child).trim()
      for (const name of names) item.properties.push({ name: term(name), at: positionOf(child, 'itemprop'), value })
      if (!scoped) visit(child)
    }
  }
  visit(element)
  return item
}

function rdfaItem(element: Element): ItemNode {
  const item: ItemNode = { at: positionOf(element, 'typeof'), types: (attr(element, 'typeof') ?? '').split(/\s+/).filter(Boolean).map(term), properties: [] }
  const id = attr(element, 'resource') ?? attr(element, 'about')
  if (id) item.id = id
  const visit = (parent: Element) => {
    for (const child of children(parent)) {
      const names = (attr(child, 'property') ?? '').split(/\s+/).filter(Boolean)
      const typed = has(child, 'typeof')
      const value = typed ? rdfaItem(child) : rdfaValue(child).trim()
      for (const name of names) item.properties.push({ name: term(name), at: positionOf(child, 'property'), value })
      if (!typed) visit(child)
    }
  }
  visit(element)
  return item
}

/** Writes `item` as JSON, one property per line, recording where each line came from. */
function serialize(item: ItemNode): { json: string; lines: Position[] } {
  const out: string[] = []
  const lines: Position[] = []
  const line = (text: string, at: Position) => (out.push(text), lines.push(at))
  const write = (node: ItemNode, prefix: string, top: boolean, suffix: string) => {
    line(`${prefix}{`, node.at)
    const fields: [string, Position][] = []
    if (top) fields.push([`"@context": "https://schema.org"`, node.at])
    if (node.types.length) fields.push([`"@type": ${JSON.stringify(node.types.length === 1 ? node.types[0] : node.types)}`, node.at])
    if (node.id) fields.push([`"@id": ${JSON.stringify(node.id)}`, node.at])
    const byName = new Map<string, ItemNode['properties']>()
    for (const property of node.properties) byName.set(property.name, [...(byName.get(property.name) ?? []), property])
    const entries = [...byName]
    const total = fields.length + entries.length
    fields.forEach(([text, at], i) => line(`${text}${i + 1 < total ? ',' : ''}`, at))
    entries.forEach(([name, values], i) => {
      const comma = fields.length + i + 1 < total ? ',' : ''
      const key = JSON.stringify(name)
      const one = (value: ItemNode['properties'][number], lead: string, end: string) => {
        if (typeof value.value === 'string') line(`${lead}${JSON.stringify(value.value)}${end}`, value.at)
        else write(value.value, lead, false, end)
      }
      if (values.length === 1) one(values[0]!, `${key}: `, comma)
      else {
        line(`${key}: [`, values[0]!.at)
        values.forEach((value, j) => one(value, '', j + 1 < values.length ? ',' : ''))
        line(`]${comma}`, values.at(-1)!.at)
      }
    })
    line(`}${suffix}`, node.at)
  }
  write(item, '', true, '')
  return { json: out.join('\n'), lines }
}

/** Every top-level microdata item and RDFa Lite resource in `html`, as JSON-LD. */
export function extractEmbeddedItems(html: string): EmbeddedItem[] {
  // Three plain case-insensitive searches first: several times faster than the alternation on pages without any.
  if (!(/itemscope/i.test(html) || /typeof/i.test(html) || /vocab/i.test(html)) || !/\s(itemscope|typeof|vocab)\b/i.test(html)) return []
  const document = parse(html, { sourceCodeLocationInfo: true })
  const items: EmbeddedItem[] = []
  const visit = (node: Node, inRdfa: boolean) => {
    for (const element of children(node)) {
      // RDFa Lite is read under vocab="https://schema.org/" only: other vocabularies are not Google's.
      const vocab = attr(element, 'vocab')
      const rdfa = vocab === undefined ? inRdfa : SCHEMA.test(vocab)
      if (has(element, 'itemscope') && !has(element, 'itemprop')) {
        items.push({ syntax: 'microdata', ...serialize(microdataItem(element)) })
        continue
      }
      if (rdfa && has(element, 'typeof') && !has(element, 'property')) {
        items.push({ syntax: 'rdfa', ...serialize(rdfaItem(element)) })
        continue
      }
      visit(element, rdfa)
    }
  }
  visit(document, false)
  return items
}
