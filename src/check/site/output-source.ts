/**
 * What in the sources a place in one planned output comes from. An
 * article's own files (its JSON-LD, head fragment, page) hold one article;
 * in a feed or sitemap the item around the place names the article; the
 * element or property at the place names the field. Parses here are
 * located ones and run only for outputs that have findings.
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, Position } from '../../model/types.js'
import type { PlannedFile } from '../../plan/plan.js'
import { LineIndex, walkXml, type XmlElement } from '../documents/xml-tree.js'
import { urlKey } from './compare.js'
import type { ParsedDocument, ParsedJson } from '../documents/parsed.js'
import { isObject, type Json } from './json.js'
import { jsonLdSource, jsonPathAt } from './jsonld-source.js'
import type { SourceRef } from './source-places.js'

/** Feed and sitemap elements (local names) -> the frontmatter keys they come from. */
const ITEM_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  title: ['title'],
  pubDate: ['date'],
  published: ['date'],
  issued: ['date'],
  publication_date: ['date'],
  date: ['date'],
  updated: ['updated', 'corrections', 'date'],
  modified: ['updated', 'date'],
  lastmod: ['updated', 'corrections', 'date'],
  author: ['authors'],
  creator: ['authors'],
  contributor: ['authors'],
  enclosure: ['image'],
  image: ['image'],
  thumbnail: ['image'],
  category: ['tags', 'section', 'categories'],
  keywords: ['tags'],
  description: ['description'],
  summary: ['description'],
  encoded: ['body'],
  content: ['body'],
  link: ['url', 'slug'],
  guid: ['url', 'slug'],
  id: ['url', 'slug'],
  loc: ['url', 'slug'],
  language: ['lang'],
}

/** JSON Feed item members -> frontmatter keys. */
const JSON_FEED_ITEM: Readonly<Record<string, readonly string[]>> = {
  id: ['url', 'slug'],
  url: ['url', 'slug'],
  external_url: ['canonical'],
  title: ['title'],
  summary: ['description'],
  content_html: ['body'],
  content_text: ['body'],
  image: ['image'],
  banner_image: ['image'],
  date_published: ['date'],
  date_modified: ['updated', 'corrections', 'date'],
  authors: ['authors'],
  author: ['authors'],
  tags: ['tags', 'section', 'categories'],
  language: ['lang'],
}

/** Config keys of the site-wide outputs, for findings outside any item. */
function configOf(file: PlannedFile | undefined): SourceRef {
  switch (file?.kind) {
    case 'feed':
      return { kind: 'config', keys: ['feeds', 'site'] }
    case 'sitemap':
    case 'sitemap-index':
      return { kind: 'config', keys: ['sitemap', 'site.url'] }
    case 'news-sitemap':
      return { kind: 'config', keys: ['newsSitemap', 'site.name'] }
    case 'robots':
      return { kind: 'config', keys: ['robots'] }
    default:
      return { kind: 'config', keys: ['site'] }
  }
}

/**
 * The source of each place (`at`, in order of the caller's findings) in the
 * output `file` (its text `text`); line 0 means the whole file.
 */
export function outputSources(file: PlannedFile | undefined, parsed: ParsedDocument, kind: string, at: readonly Position[], config: ResolvedConfig): SourceRef[] {
  const text = parsed.text
  if (file && (file.kind === 'article-jsonld' || file.kind === 'article-head' || file.kind === 'article-page')) {
    const article = file.article
    if (file.kind === 'article-jsonld') return at.map((place) => inJsonLd(parsed.jsonOf(), { line: 1, column: 1 }, place, article, config))
    const blocks = parsed.scripts().jsonLd
    return at.map((place) => {
      if (place.line === 0) return { kind: 'article', article }
      const block = blocks.findLast((b) => b.line < place.line || (b.line === place.line && b.column <= place.column))
      const end = block ? endOf(block) : undefined
      if (block && end && (place.line < end.line || (place.line === end.line && place.column <= end.column))) return inJsonLd(parsed.jsonOf(block.text), block, place, article, config)
      return { kind: 'article', article, keys: htmlTagKeys(text, place) }
    })
  }
  const articles = file?.articles ?? []
  if (kind === 'json-feed') return at.map((place) => inJsonFeed(parsed.jsonOf(), place, articles, file))
  if (kind === 'rss' || kind === 'atom' || kind === 'sitemap' || kind === 'news-sitemap' || kind === 'sitemap-index') return inXml(text, at, articles, file)
  return at.map(() => configOf(file))
}

function inJsonLd(parsed: ParsedJson | null, origin: Position, place: Position, article: Article, config: ResolvedConfig): SourceRef {
  if (place.line === 0 || !parsed) return { kind: 'article', article }
  return jsonLdSource(parsed.value, jsonPathAt(parsed, origin, place), article, config)
}

function endOf(block: Position & { text: string }): Position {
  const lines = block.text.split('\n')
  return lines.length === 1 ? { line: block.line, column: block.column + block.text.length } : { line: block.line + lines.length - 1, column: lines.at(-1)!.length + 1 }
}

/** The frontmatter keys behind the head or page element that starts at `place` (canonical link, Open Graph, title, time). */
function htmlTagKeys(html: string, place: Position): readonly string[] | undefined {
  const offset = offsetOf(html, place)
  const tag = /^<([a-zA-Z0-9]+)[^>]*>/.exec(html.slice(offset, offset + 2000))
  if (!tag) return undefined
  const [whole, name] = tag
  const key = /\b(?:property|name|rel|itemprop)\s*=\s*["']?([^"'\s>]+)/i.exec(whole)?.[1]?.toLowerCase() ?? ''
  if (name === 'title' || name === 'h1' || /title$/.test(key)) return ['title']
  if (/description$/.test(key)) return ['description']
  if (key === 'canonical' || /:url$/.test(key)) return ['canonical', 'url', 'slug']
  if (/published_time$/.test(key) || name === 'time') return ['date']
  if (/modified_time$/.test(key)) return ['updated', 'date']
  if (/image/.test(key)) return ['image']
  if (/author/.test(key)) return ['authors']
  if (/section$/.test(key)) return ['section']
  if (/tag$/.test(key)) return ['tags']
  return undefined
}

function offsetOf(text: string, place: Position): number {
  let offset = 0
  for (let line = 1; line < place.line && offset !== -1; line++) offset = text.indexOf('\n', offset) + 1 || -1
  return offset === -1 ? text.length : offset + place.column - 1
}

function articleByUrl(articles: readonly Article[]): Map<string, Article> {
  const byUrl = new Map<string, Article>()
  for (const article of articles) {
    byUrl.set(urlKey(article.url), article)
    if (!byUrl.has(urlKey(article.canonical))) byUrl.set(urlKey(article.canonical), article)
  }
  return byUrl
}

function inJsonFeed(parsed: ParsedJson | null, place: Position, articles: readonly Article[], file: PlannedFile | undefined): SourceRef {
  if (!parsed) return configOf(file)
  const document: Json = parsed.value
  const path = place.line === 0 ? [] : jsonPathAt(parsed, { line: 1, column: 1 }, place)
  const items = isObject(document) ? document.items : undefined
  if (path[0] !== 'items' || typeof path[1] !== 'number' || !Array.isArray(items)) return configOf(file)
  const item = items[path[1]]
  const url = isObject(item) ? (typeof item.url === 'string' ? item.url : typeof item.id === 'string' ? item.id : undefined) : undefined
  const article = url === undefined ? undefined : articleByUrl(articles).get(urlKey(url))
  if (!article) return configOf(file)
  const member = typeof path[2] === 'string' ? JSON_FEED_ITEM[path[2]] : undefined
  return { kind: 'article', article, ...(member ? { keys: member } : {}) }
}

const ITEMS = new Set(['item', 'entry', 'url', 'sitemap'])

/** Each place in an XML feed or sitemap: the innermost element starting at or before it, its item, the item's article. */
function inXml(text: string, at: readonly Position[], articles: readonly Article[], file: PlannedFile | undefined): SourceRef[] {
  const opened: XmlElement[] = []
  walkXml(text, { open: (element) => void opened.push(element) }, new LineIndex(text))
  const byUrl = articleByUrl(articles)
  return at.map((place) => {
    if (place.line === 0) return configOf(file)
    let low = 0
    let high = opened.length - 1
    let found: XmlElement | undefined
    while (low <= high) {
      const mid = (low + high) >> 1
      const element = opened[mid]!
      if (element.line < place.line || (element.line === place.line && element.column <= place.column)) {
        found = element
        low = mid + 1
      } else high = mid - 1
    }
    // The item's child the place is in names the field; inside news:news, the child below that does.
    const chain: XmlElement[] = []
    let item: XmlElement | undefined
    for (let element = found; element; element = element.parent) {
      if (ITEMS.has(element.local) && element.parent) {
        item = element
        break
      }
      chain.unshift(element)
    }
    const article = item ? itemArticle(item, byUrl) : undefined
    if (!article) return configOf(file)
    const field = chain[0]?.local === 'news' ? chain[1] : chain[0]
    if (field?.local === 'publication') return { kind: 'config', keys: ['site.name'] }
    const keys = field ? ITEM_ELEMENTS[field.local] : undefined
    return { kind: 'article', article, ...(keys ? { keys } : {}) }
  })
}

function itemArticle(item: XmlElement, byUrl: ReadonlyMap<string, Article>): Article | undefined {
  for (const child of item.children) {
    if (child.local !== 'link' && child.local !== 'loc' && child.local !== 'guid' && child.local !== 'id') continue
    const href = child.attributes.find((a) => a.local === 'href')?.value
    const found = byUrl.get(urlKey(href ?? child.text))
    if (found) return found
  }
  return undefined
}
