/**
 * What a crawl follows, read from a fetched document: the children of a
 * sitemap index, the pages of a sitemap (with their `<lastmod>` and where
 * each sits in the file), and the feeds an HTML page advertises.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { walkXml } from '../xml-tree.js'
import type { Position } from '../../../model/types.js'

export interface SitemapLink {
  /** The `<loc>`, trimmed. */
  url: string
  /** Where the `<loc>` is. */
  at: Position
  /** The `<lastmod>` text and where it is, when there is one. */
  lastmod?: { text: string; at: Position }
}

/** The `<loc>`s of a sitemap (`<url>`) or sitemap index (`<sitemap>`), in document order. */
export function sitemapLinks(text: string): SitemapLink[] {
  const links: SitemapLink[] = []
  walkXml(text, {
    close(element) {
      if (element.local !== 'url' && element.local !== 'sitemap') return
      const loc = element.children.find((child) => child.local === 'loc')
      const lastmod = element.children.find((child) => child.local === 'lastmod')
      if (loc && loc.text.trim()) {
        links.push({
          url: loc.text.trim(),
          at: { line: loc.line, column: loc.column },
          ...(lastmod ? { lastmod: { text: lastmod.text.trim(), at: { line: lastmod.line, column: lastmod.column } } } : {}),
        })
      }
      // Checked: drop it so memory stays flat on a 50,000-URL sitemap.
      return false
    },
  })
  return links
}

/** Feed media types a page advertises with `<link rel="alternate">`. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml'])

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** Absolute URLs of the feeds a page advertises (`<link rel="alternate" type="application/rss+xml" href>` and kin), resolved against `<base href>` or `pageUrl`. */
export function advertisedFeeds(html: string, pageUrl: string): string[] {
  const document = parse(html)
  const links: { rel: string; type: string; href: string }[] = []
  let base = pageUrl
  const visit = (node: ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      const element = child as Element
      const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value ?? ''
      if (element.tagName === 'base' && attr('href')) base = resolve(attr('href'), pageUrl) ?? base
      if (element.tagName === 'link') links.push({ rel: attr('rel'), type: attr('type'), href: attr('href') })
      visit(element)
    }
  }
  visit(document)
  const feeds: string[] = []
  for (const link of links) {
    const rels = link.rel.toLowerCase().split(/[\t\n\f\r ]+/)
    if (!rels.includes('alternate') || !FEED_TYPES.has(link.type.trim().toLowerCase().split(';')[0]!.trim())) continue
    const url = resolve(link.href, base)
    if (url && !feeds.includes(url)) feeds.push(url)
  }
  return feeds
}

/** `href` against `base`, without its fragment; undefined unless http(s). */
export function resolve(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}
