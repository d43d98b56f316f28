/**
 * Read a page (or a head fragment) the way crawlers do: `<title>`, meta
 * description and robots, canonical, Open Graph, Twitter and every JSON-LD
 * block. Pure: HTML text in, `PageMeta` out.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import type { PageMeta } from './types.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value
}

function text(element: Element): string {
  let out = ''
  for (const child of element.childNodes) {
    if ('value' in child && child.nodeName === '#text') out += child.value
    else if (isElement(child)) out += text(child)
  }
  // <template>-less parse5 keeps script text as a text node
  return out
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node
  const children = 'childNodes' in node ? node.childNodes : []
  for (const child of children) yield* elements(child)
  if (isElement(node) && node.tagName === 'template' && 'content' in node) yield* elements(node.content as unknown as Node)
}

/** The head metadata of `source` (a whole page or a head fragment). */
export function extractPageMeta(source: string): PageMeta {
  const document = parse(source)
  const meta: PageMeta = { og: {}, twitter: {}, authors: [], jsonLd: [] }
  for (const element of elements(document as unknown as Node)) {
    switch (element.tagName) {
      case 'html': {
        const lang = attr(element, 'lang')?.trim()
        if (lang) meta.lang = lang
        break
      }
      case 'title':
        meta.title ??= text(element).replace(/\s+/g, ' ').trim()
        break
      case 'link':
        if ((attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) meta.canonical ??= attr(element, 'href')?.trim()
        break
      case 'meta': {
        const key = (attr(element, 'property') ?? attr(element, 'name') ?? '').trim()
        const content = attr(element, 'content')
        if (!key || content === undefined) break
        const lower = key.toLowerCase()
        if (lower === 'description') meta.description ??= content
        else if (lower === 'robots') meta.robots ??= content
        else if (lower === 'article:author') meta.authors.push(content)
        else if (lower.startsWith('og:') || lower.startsWith('article:')) meta.og[lower] ??= content
        else if (lower.startsWith('twitter:')) meta.twitter[lower] ??= content
        break
      }
      case 'script':
        if ((attr(element, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') {
          const body = text(element)
          try {
            meta.jsonLd.push(JSON.parse(body))
          } catch (error) {
            meta.jsonLd.push(`not JSON: ${(error as Error).message}`)
          }
        }
        break
    }
  }
  if (!meta.lang && meta.og['og:locale']) meta.lang = meta.og['og:locale'].replace('_', '-')
  return meta
}
