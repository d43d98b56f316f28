/**
 * The items of a feed (RSS 2.0, Atom, JSON Feed) and the `<url>` entries of a
 * sitemap, each with the article URL it is about and the lines it spans, so a
 * finding at a line of a feed lands on the right article's report. Pure.
 */
import { parse as parseJson, type ValueNode as JsonNode } from '@humanwhocodes/momoa'
import { attribute, walkXml, type XmlElement } from '../check/documents/xml-tree.js'
import type { DocumentKind } from '../check/documents/detect.js'
import type { FeedItemView } from './types.js'

/** One item or entry: the URL it is about, its first and last line, and (for feeds) what a reader shows. */
export interface LocatedEntry {
  url: string
  line: number
  endLine: number
  item?: Omit<FeedItemView, 'feed' | 'html'> & { rawHtml: string }
}

const child = (element: XmlElement, local: string) => element.children.find((c) => c.local === local)
const children = (element: XmlElement, local: string) => element.children.filter((c) => c.local === local)
const textOf = (element: XmlElement | undefined) => element?.text.trim() || undefined

/** The entries of a feed or sitemap `text` of `kind`; empty for other kinds or unparsable text. */
export function locateEntries(text: string, kind: DocumentKind): LocatedEntry[] {
  switch (kind) {
    case 'rss':
      return xmlEntries(text, 'item', rssItem)
    case 'atom':
      return xmlEntries(text, 'entry', atomEntry)
    case 'sitemap':
    case 'news-sitemap':
      return xmlEntries(text, 'url', (element) => ({ url: textOf(child(element, 'loc')) ?? '' }))
    case 'json-feed':
      return jsonFeedEntries(text)
    default:
      return []
  }
}

type Entry = { url: string; item?: LocatedEntry['item'] }

function xmlEntries(text: string, local: string, read: (element: XmlElement) => Entry): LocatedEntry[] {
  const found: { entry: Entry; line: number }[] = []
  walkXml(text, {
    close(element) {
      if (element.local !== local) return
      found.push({ entry: read(element), line: element.line })
      return false
    },
  })
  const lastLine = text.split('\n').length
  return found.map(({ entry, line }, i) => ({ ...entry, line, endLine: (found[i + 1]?.line ?? lastLine + 1) - 1 }))
}

function rssItem(item: XmlElement): Entry {
  const link = textOf(child(item, 'link'))
  const guid = child(item, 'guid')
  const url = link ?? (guid && attribute(guid, 'isPermaLink') !== 'false' ? textOf(guid) : undefined) ?? ''
  const enclosure = child(item, 'enclosure')
  const authors = [...children(item, 'creator'), ...children(item, 'author')].map((a) => a.text.trim()).filter(Boolean)
  const encoded = item.children.find((c) => c.local === 'encoded')
  const length = enclosure ? Number(attribute(enclosure, 'length')) : NaN
  return {
    url,
    item: {
      ...(textOf(child(item, 'title')) ? { title: textOf(child(item, 'title'))! } : {}),
      ...(textOf(child(item, 'pubDate')) ? { date: textOf(child(item, 'pubDate'))! } : {}),
      authors,
      rawHtml: (encoded ?? child(item, 'description'))?.text ?? '',
      ...(enclosure && attribute(enclosure, 'url')
        ? { enclosure: { url: attribute(enclosure, 'url')!, ...(attribute(enclosure, 'type') ? { type: attribute(enclosure, 'type')! } : {}), ...(Number.isFinite(length) ? { length } : {}) } }
        : {}),
    },
  }
}

function atomEntry(entry: XmlElement): Entry {
  const links = children(entry, 'link')
  const alternate = links.find((l) => (attribute(l, 'rel') ?? 'alternate') === 'alternate')
  const enclosure = links.find((l) => attribute(l, 'rel') === 'enclosure')
  const content = child(entry, 'content') ?? child(entry, 'summary')
  const length = enclosure ? Number(attribute(enclosure, 'length')) : NaN
  const date = textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated'))
  return {
    url: (alternate && attribute(alternate, 'href')) ?? textOf(child(entry, 'id')) ?? '',
    item: {
      ...(textOf(child(entry, 'title')) ? { title: textOf(child(entry, 'title'))! } : {}),
      ...(date ? { date } : {}),
      authors: children(entry, 'author').map((a) => textOf(child(a, 'name')) ?? '').filter(Boolean),
      // Atom text content is escaped markup when type="html", plain text otherwise; XHTML keeps its children, not kept here.
      rawHtml: content ? (attribute(content, 'type') === 'html' ? content.text : escapeText(content.text)) : '',
      ...(enclosure && attribute(enclosure, 'href')
        ? { enclosure: { url: attribute(enclosure, 'href')!, ...(attribute(enclosure, 'type') ? { type: attribute(enclosure, 'type')! } : {}), ...(Number.isFinite(length) ? { length } : {}) } }
        : {}),
    },
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function jsonFeedEntries(text: string): LocatedEntry[] {
  let document
  try {
    document = parseJson(text, { mode: 'json' })
  } catch {
    return []
  }
  const root = document.body
  if (root.type !== 'Object') return []
  const items = root.members.find((m) => m.name.type === 'String' && m.name.value === 'items')?.value
  if (!items || items.type !== 'Array') return []
  const entries: LocatedEntry[] = []
  for (const element of items.elements) {
    const node = element.value
    if (node.type !== 'Object') continue
    const value = plain(node) as Record<string, unknown>
    const str = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined)
    const authors = Array.isArray(value.authors) ? value.authors : value.author ? [value.author] : []
    const attachment = Array.isArray(value.attachments) ? (value.attachments[0] as Record<string, unknown> | undefined) : undefined
    const date = str('date_published') ?? str('date_modified')
    entries.push({
      url: str('url') ?? str('id') ?? '',
      line: node.loc.start.line,
      endLine: node.loc.end.line,
      item: {
        ...(str('title') ? { title: str('title')! } : {}),
        ...(date ? { date } : {}),
        authors: authors.map((a) => (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : '')).filter(Boolean),
        rawHtml: str('content_html') ?? (str('content_text') ? escapeText(str('content_text')!) : ''),
        ...(attachment && typeof attachment.url === 'string'
          ? {
              enclosure: {
                url: attachment.url,
                ...(typeof attachment.mime_type === 'string' ? { type: attachment.mime_type } : {}),
                ...(typeof attachment.size_in_bytes === 'number' ? { length: attachment.size_in_bytes } : {}),
              },
            }
          : {}),
      },
    })
  }
  return entries
}

/** A momoa node as a plain value. */
function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'Object':
      return Object.fromEntries(node.members.map((m) => [m.name.type === 'String' ? m.name.value : m.name.name, plain(m.value)]))
    case 'Array':
      return node.elements.map((e) => plain(e.value))
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value
    default:
      return null
  }
}
