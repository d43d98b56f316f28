/** Site mode's reader of a JSON Feed: each item's url, id, title, dates and authors against the article it stands for. */
import type { ParsedJson } from '../documents/parsed.js'
import { isoInstant, quote, urlKey } from './compare.js'
import { asString, isObject, type Json } from './json.js'
import { JsonPositions, type JsonPath } from './positions.js'
import { feedAuthors, feedDate, feedHeadline, matchArticle, unknownItem, type FeedContext } from './read-feed-items.js'
import type { Position } from '../../model/types.js'
import { lazyPosition } from '../documents/position.js'
import { siteUrlMismatch } from './rules.js'

export function crossCheckJsonFeed(parsed: ParsedJson | null, context: FeedContext): Position {
  if (!parsed) return { line: 1, column: 1 }
  const feed: Json = parsed.value
  const items = isObject(feed) && Array.isArray(feed.items) ? feed.items : []
  const positions = new JsonPositions(parsed)
  // Looked up (in the shared tree) only if a finding reads it.
  const at = (path: JsonPath): Position => lazyPosition(() => positions.at(path))
  items.forEach((item, i) => {
    if (!isObject(item)) return
    const base = ['items', i]
    const url = asString(item.url)
    const id = asString(item.id)
    const title = asString(item.title)
    const primary = url !== undefined ? { text: url, at: at([...base, 'url']), what: 'JSON Feed item url' } : id !== undefined ? { text: id, at: at([...base, 'id']), what: 'JSON Feed item id' } : undefined
    if (!primary) return
    let expected = matchArticle([primary.text], context.byUrl)
    if (!expected) expected = unknownItem(primary, [id], title, primary.what, context)
    if (!expected) return
    context.seen.add(expected.article)
    const source = context.findings.source(expected.article)
    if (id !== undefined && url !== undefined && urlKey(id) !== urlKey(expected.url)) {
      context.findings.add(siteUrlMismatch, context.output, at([...base, 'id']), `JSON Feed item id ${quote(id)} is not the URL of ${source}, ${quote(expected.url)}`)
    }
    if (title !== undefined) feedHeadline({ text: title, at: at([...base, 'title']) }, expected, 'JSON Feed item title', context)
    const published = asString(item.date_published)
    if (published !== undefined) feedDate({ text: published, at: at([...base, 'date_published']) }, isoInstant(published), expected.published, 'datePublished', 'JSON Feed date_published', expected, context)
    const modified = asString(item.date_modified)
    if (modified !== undefined) feedDate({ text: modified, at: at([...base, 'date_modified']) }, isoInstant(modified), expected.contentModified, 'contentModified', 'JSON Feed date_modified', expected, context)
    const authors = Array.isArray(item.authors) ? item.authors : []
    const written = authors.flatMap((author, k) => (isObject(author) && typeof author.name === 'string' ? [{ name: author.name, at: at([...base, 'authors', k]) }] : []))
    if (written.length || expected.authors.length) feedAuthors(written, expected, at(Array.isArray(item.authors) ? [...base, 'authors'] : [...base, 'title']), 'JSON Feed item author', context)
  })
  return positions.at(['items'])
}
