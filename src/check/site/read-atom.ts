/** Site mode's reader of an Atom feed: each entry's link, id, title, dates and authors against the article it stands for. */
import { ATOM_NS } from '../../util/namespaces.js'
import { attribute, walkXml } from '../documents/xml-tree.js'
import { isoInstant, quote, urlKey } from './compare.js'
import { child, childrenNamed, feedAuthors, feedDate, feedHeadline, matchArticle, place, unknownItem, type FeedContext } from './read-feed-items.js'
import type { Position } from '../../model/types.js'
import { siteUrlMismatch } from './rules.js'

export function crossCheckAtom(text: string, context: FeedContext): Position {
  const { root } = walkXml(text, {
    close(element) {
      if (element.local !== 'entry' || element.uri !== ATOM_NS) return
      const links = childrenNamed(element, 'link', ATOM_NS).filter((l) => (attribute(l, 'rel') ?? 'alternate') === 'alternate')
      const link = links.find((l) => (attribute(l, 'type') ?? 'text/html').startsWith('text/html')) ?? links[0]
      const id = child(element, 'id', ATOM_NS)
      const title = child(element, 'title', ATOM_NS)
      const href = link ? attribute(link, 'href') : undefined
      const primary = link && href !== undefined ? { text: href, at: place(link), what: 'Atom entry link' } : id ? { text: id.text, at: place(id), what: 'Atom entry id' } : undefined
      if (!primary) return false
      let expected = matchArticle([primary.text], context.byUrl)
      if (!expected) expected = unknownItem(primary, [id?.text], title?.text, primary.what, context)
      if (!expected) return false
      context.seen.add(expected.article)
      const source = context.findings.source(expected.article)
      if (id && primary.what !== 'Atom entry id' && urlKey(id.text) !== urlKey(expected.url)) {
        context.findings.add(siteUrlMismatch, context.output, place(id), `Atom entry id ${quote(id.text.trim())} is not the URL of ${source}, ${quote(expected.url)}`)
      }
      if (title) feedHeadline({ text: title.text, at: place(title) }, expected, 'Atom entry title', context)
      const published = child(element, 'published', ATOM_NS)
      if (published) feedDate({ text: published.text, at: place(published) }, isoInstant(published.text), expected.published, 'datePublished', 'Atom published', expected, context)
      const updated = child(element, 'updated', ATOM_NS)
      if (updated) feedDate({ text: updated.text, at: place(updated) }, isoInstant(updated.text), expected.contentModified, 'contentModified', 'Atom updated', expected, context)
      const authors = childrenNamed(element, 'author', ATOM_NS).map((a) => ({ name: child(a, 'name', ATOM_NS)?.text ?? '', at: place(a) }))
      // An entry without authors inherits the feed's (the publisher): right for an article without authors.
      if (authors.length || expected.authors.length) feedAuthors(authors, expected, place(title ?? element), 'Atom entry author', context)
      return false
    },
  })
  return root ? place(root) : { line: 1, column: 1 }
}
