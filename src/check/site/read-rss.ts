/** Site mode's reader of an RSS 2.0 feed: each item's link, guid, title, date and authors against the article it stands for. */
import { feedText } from '../../plan/feeds.js'
import { checkRfc822, parseRssContact } from '../documents/formats.js'
import { DC_NS, RSS_NS } from '../../util/namespaces.js'
import { attribute, walkXml } from '../documents/xml-tree.js'
import { quote, urlKey } from './compare.js'
import { child, childrenNamed, feedAuthors, feedDate, feedHeadline, matchArticle, place, unknownItem, type FeedContext } from './read-feed-items.js'
import type { Position } from '../../model/types.js'
import { siteUrlMismatch } from './rules.js'

export function crossCheckRss(text: string, context: FeedContext): Position {
  const { root } = walkXml(text, {
    close(element) {
      if (element.local !== 'item' || element.uri !== RSS_NS) return
      const link = child(element, 'link', RSS_NS)
      const guid = child(element, 'guid', RSS_NS)
      const permalink = guid && attribute(guid, 'isPermaLink') !== 'false' ? guid.text.trim() : undefined
      const title = child(element, 'title', RSS_NS)
      const primary = link ?? (permalink !== undefined ? guid : undefined)
      if (!primary) return false
      let expected = matchArticle([primary.text], context.byUrl)
      if (!expected) expected = unknownItem({ text: primary.text, at: place(primary) }, [permalink], title?.text, primary === link ? 'RSS item link' : 'RSS item guid', context)
      if (!expected) return false
      context.seen.add(expected.article)
      const source = context.findings.source(expected.article)
      if (guid && permalink !== undefined && primary !== guid && urlKey(permalink) !== urlKey(expected.url)) {
        context.findings.add(siteUrlMismatch, context.output, place(guid), `RSS item guid ${quote(permalink)} is not the URL of ${source}, ${quote(expected.url)}`)
      }
      if (title) feedHeadline({ text: title.text, at: place(title) }, expected, 'RSS item title', context)
      const pubDate = child(element, 'pubDate', RSS_NS)
      if (pubDate) {
        const parsed = checkRfc822(pubDate.text)
        feedDate({ text: pubDate.text, at: place(pubDate) }, parsed.ok ? parsed.epochMs : undefined, expected.published, 'datePublished', 'RSS pubDate', expected, context)
      }
      const creators = childrenNamed(element, 'creator', DC_NS).map((c) => ({ name: c.text, at: place(c) }))
      const author = child(element, 'author', RSS_NS)
      if (author) {
        const contact = parseRssContact(author.text)
        const only = expected.article.authors.length === 1 ? expected.article.authors[0] : undefined
        // "email (Name)": the name is compared; a bare e-mail is compared with the only author's.
        if (contact?.name !== undefined) creators.push({ name: contact.name, at: place(author) })
        else if (contact && only?.email && contact.email.toLowerCase() === only.email.trim().toLowerCase()) creators.push({ name: feedText(only.name).trim(), at: place(author) })
        else creators.push({ name: author.text.trim(), at: place(author) })
      }
      feedAuthors(creators, expected, place(title ?? element), 'RSS item author', context)
      return false
    },
  })
  return root ? place(root) : { line: 1, column: 1 }
}
