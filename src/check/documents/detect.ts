/**
 * What a file is, decided by its content (the extension only breaks ties):
 * HTML, JSON-LD, JSON Feed, RSS, Atom, sitemap, sitemap index or news
 * sitemap. Only the start of the file is looked at (up to the root element's
 * start tag), so detection is cheap even for a 50 MB sitemap.
 */
import { NEWS_NS, RSS1_NS } from '../../util/namespaces.js'

export type DocumentKind =
  | 'html'
  | 'jsonld'
  | 'json-feed'
  | 'rss'
  | 'atom'
  | 'sitemap'
  | 'sitemap-index'
  | 'news-sitemap'
  /** XML or JSON that is none of the above (a web manifest, OPML, …). */
  | 'unknown'

/** Human names for messages and reports. */
export const KIND_NAMES: Record<DocumentKind, string> = {
  html: 'HTML',
  jsonld: 'JSON-LD',
  'json-feed': 'JSON Feed',
  rss: 'RSS',
  atom: 'Atom',
  sitemap: 'sitemap',
  'sitemap-index': 'sitemap index',
  'news-sitemap': 'news sitemap',
  unknown: 'unknown',
}

const HEAD = 4096
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//

/** Whether `text` is RSS 1.0: an `rdf:RDF` root declaring the RSS 1.0 namespace. */
export function isRss1Document(text: string): boolean {
  const root = rootStart(text)
  return root !== undefined && /(^|:)RDF$/.test(root.name) && root.tag.includes(RSS1_NS)
}

/**
 * Index just past the `>` that closes the markup declaration at `start`
 * (`<!DOCTYPE …>`), or -1. An internal subset (`[ … ]`) may hold `>` and `]`
 * inside its declarations, literals, comments and PIs, so it is skipped as a
 * whole; its entities are never read, let alone expanded.
 */
function declarationEnd(text: string, start: number): number {
  let inSubset = false
  for (let i = start + 2; i < text.length; ) {
    const c = text[i]!
    let skipTo = -1
    if (c === '"' || c === "'") skipTo = after(text, c, i + 1)
    else if (inSubset && text.startsWith('<!--', i)) skipTo = after(text, '-->', i + 4)
    else if (inSubset && text.startsWith('<?', i)) skipTo = after(text, '?>', i + 2)
    else {
      if (c === '[' && !inSubset) inSubset = true
      else if (c === ']' && inSubset) inSubset = false
      else if (c === '>' && !inSubset) return i + 1
      i++
      continue
    }
    if (skipTo === -1) return -1
    i = skipTo
  }
  return -1
}

/** Index just past the next `token` from `from`, or -1. */
function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from)
  return at === -1 ? -1 : at + token.length
}

/** Skip a byte order mark, whitespace, the XML declaration, comments, PIs and a doctype (with its internal subset). */
function rootStart(text: string): { name: string; tag: string } | undefined {
  let i = 0
  for (;;) {
    while (i < text.length && /[\s\uFEFF]/.test(text[i]!)) i++
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i)
      if (end === -1) return undefined
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i)
      if (end === -1) return undefined
      i = end + 3
    } else if (text.startsWith('<!', i)) {
      if (/^<!doctype\s+html/i.test(text.slice(i, i + 20))) return { name: 'html', tag: '' }
      const end = declarationEnd(text, i)
      if (end === -1) return undefined
      i = end
    } else break
  }
  if (text[i] !== '<') return undefined
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200))
  if (!match) return undefined
  const end = text.indexOf('>', i)
  return { name: match[1]!, tag: text.slice(i, end === -1 ? i + HEAD : end + 1) }
}

/**
 * The kind of `text`. `fileName` helps only where content cannot tell:
 * `.html`/`.htm` fragments (a `<head>` snippet) are HTML, and `.jsonld`
 * is JSON-LD even when it is not valid JSON.
 */
export function detectKind(text: string, fileName = ''): DocumentKind {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html'
  const head = text.slice(0, HEAD)
  const trimmed = head.replace(/^[\s\uFEFF]+/, '')
  if (lower.endsWith('.jsonld')) return 'jsonld'
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (JSON_FEED_VERSION.test(head) || (lower.endsWith('.json') && /"items"\s*:/.test(head) && /jsonfeed/.test(head))) return 'json-feed'
    if (text.includes('"@context"') || text.includes('"@type"') || text.includes('"@graph"')) return 'jsonld'
    return 'unknown'
  }
  // The whole text, not the head: an internal DTD subset can push the root element past it.
  const root = rootStart(text)
  if (!root) return /<html[\s>]|<script[\s>]/i.test(head) ? 'html' : 'unknown'
  const local = root.name.includes(':') ? root.name.slice(root.name.indexOf(':') + 1) : root.name
  switch (local.toLowerCase() === 'html' ? 'html' : local) {
    case 'html':
      return 'html'
    case 'rss':
      return 'rss'
    case 'RDF':
      // RSS 1.0 is RDF with the RSS 1.0 namespace; checkRss hands it to the RSS 1.0 checker.
      return root.tag.includes(RSS1_NS) ? 'rss' : 'unknown'
    case 'feed':
      return 'atom'
    case 'urlset':
      return root.tag.includes(NEWS_NS) ? 'news-sitemap' : 'sitemap'
    case 'sitemapindex':
      return 'sitemap-index'
    default:
      return /^<(head|meta|link|script|title|body|div)\b/i.test(root.tag) ? 'html' : 'unknown'
  }
}
