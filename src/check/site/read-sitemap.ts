/** Site mode's reader of a sitemap or news sitemap: each `<url>` against the article it lists. */
import { feedText } from '../../plan/feeds.js'
import { NEWS_NS } from '../../util/namespaces.js'
import { walkXml } from '../documents/xml-tree.js'
import { isoOf, quote, spaces, urlKey, w3cMatches, type Expected } from './compare.js'
import { child, matchArticle, place, unknownItem, type FeedContext } from './read-feed-items.js'
import type { Position } from '../../model/types.js'
import { siteDateMismatch, siteHeadlineMismatch } from './rules.js'

export function crossCheckSitemap(text: string, news: boolean, context: FeedContext, unexpected: (expected: Expected, at: Position) => void): Position {
  const { root } = walkXml(text, {
    close(element) {
      if (element.local !== 'url') return
      const loc = child(element, 'loc')
      if (!loc) return false
      const newsNode = news ? child(element, 'news', NEWS_NS) : undefined
      const title = newsNode ? child(newsNode, 'title', NEWS_NS) : undefined
      let expected = matchArticle([loc.text], context.byUrl)
      if (!expected) {
        // The home page is in the sitemap too; any other URL should be an article's.
        if (!news && context.homeUrl === urlKey(loc.text)) return false
        expected = unknownItem({ text: loc.text, at: place(loc) }, [], title?.text, news ? 'news sitemap <loc>' : 'sitemap <loc>', context)
        if (!expected) return false
      }
      context.seen.add(expected.article)
      unexpected(expected, place(loc))
      const source = context.findings.source(expected.article)
      if (news) {
        if (title) {
          const wanted = spaces(feedText(expected.title))
          if (spaces(title.text) !== wanted) context.findings.add(siteHeadlineMismatch, context.output, place(title), `news:title ${quote(spaces(title.text))} differs from the title of ${source}, ${quote(wanted)}`)
        }
        const date = newsNode ? child(newsNode, 'publication_date', NEWS_NS) : undefined
        if (date) {
          const matches = w3cMatches(date.text, expected.published)
          if (matches === false) context.findings.add(siteDateMismatch, context.output, place(date), `news:publication_date ${date.text.trim()} is not the publication date of ${source}, ${isoOf(expected, 'datePublished')}`)
        }
      } else {
        const lastmod = child(element, 'lastmod')
        if (lastmod) {
          const matches = w3cMatches(lastmod.text, expected.modified)
          if (matches === false) context.findings.add(siteDateMismatch, context.output, place(lastmod), `sitemap lastmod ${lastmod.text.trim()} is not the modification date of ${source} (dateModified, else datePublished), ${isoOf(expected, 'dateModified')}`)
        }
      }
      return false
    },
  })
  return root ? place(root) : { line: 1, column: 1 }
}
