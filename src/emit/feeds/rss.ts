/**
 * RSS 2.0, written by the `rss` package (the design's choice) and wrapped so
 * that none of its flaws reaches users:
 *
 * - It stamps `<lastBuildDate>` from the wall clock, with no option to change
 *   it: the wrapper replaces that one element with the newest content date, so
 *   builds stay byte-identical.
 * - It passes XML-illegal characters (U+000B from Word, lone surrogates)
 *   through: every text goes through `feedText` first.
 * - It takes one author string per item and prints it as `dc:creator`, and a
 *   feed-level `author` becomes a channel `<author>`, which RSS does not
 *   define: neither is given to it; the wrapper writes one `dc:creator` per
 *   author itself (see `authorElements`).
 * - Its dates are `toGMTString()` (UTC, and "Invalid Date" on bad input):
 *   `pubDate` is written by the wrapper with `toRfc822`, in the article's offset.
 * - Its enclosure MIME type falls back to `false`: the wrapper only writes an
 *   enclosure whose type it knows from the file extension.
 * - It writes plain text (titles, descriptions, categories) as CDATA, which
 *   the RSS Best Practices Profile and the W3C validator (CharacterData) ask
 *   not to: every text is handed to it as a placeholder and written with
 *   hexadecimal references afterwards (see `TextSlots`).
 * What it does right and is kept: CDATA for `content:encoded` (HTML), with
 * every `]]>` split (its `xml` dependency replaces all occurrences); the
 * `guid isPermaLink` rule; `atom:link` self and hub.
 */
import RSS from 'rss'
import { toRfc822 } from '../../model/dates.js'
import type { Article, Author } from '../../model/types.js'
import { safeUrl } from '../../model/urls.js'
import {
  type FeedChannel,
  type FeedRenderOptions,
  feedText,
  feedUpdated,
  imageMimeType,
  itemAuthors,
  itemCategories,
  itemContentHtml,
  stylesheetInstruction,
  textAsHtml,
} from './channel.js'
import { TextSlots } from './rss-text.js'
import { MEDIA_NS } from '../../util/namespaces.js'


/** Elements for the `xml` package the `rss` package writes with (`{ name: text | [{ _attr }, ...children] }`). */
type XmlObject = Record<string, unknown>

/** An RSS 2.0 document for `articles` (already selected and ordered, see `selectFeedArticles`). */
export function renderRss(articles: readonly Article[], channel: FeedChannel, options: FeedRenderOptions): string {
  const texts = new TextSlots()
  const title = feedText(channel.title)
  const feed = new RSS({
    title: texts.slot(title),
    description: texts.slot(feedText(channel.description) || title),
    site_url: channel.homeUrl,
    feed_url: channel.url,
    ...(channel.logo ? { image_url: channel.logo.url } : {}),
    generator: 'dateline',
    language: texts.slot(feedText(channel.language)),
    ...(channel.hub ? { hub: channel.hub } : {}),
    custom_namespaces: { media: MEDIA_NS },
  })
  for (const article of articles) {
    const html = itemContentHtml(article, options)
    const description = textAsHtml(article.description) || textAsHtml(article.title)
    feed.item({
      title: texts.slot(feedText(article.title)),
      // HTML (readers read RSS descriptions as HTML): the text escaped as HTML, then as XML.
      description: texts.slot(description),
      url: safeUrl(article.url),
      // No `guid`: the package then writes the URL with isPermaLink="true".
      date: '',
      categories: itemCategories(article).map((category) => texts.slot(category)),
      custom_elements: [
        ...authorElements(itemAuthors(article), texts),
        { pubDate: toRfc822(article.datePublished) },
        ...(html === undefined ? [] : [{ 'content:encoded': { _cdata: html } }]),
        ...leadImageElements(article, texts),
      ],
    })
  }
  const xml = feed.xml({ indent: '  ' })
  const withDate = replaceLastBuildDate(xml, toRfc822(feedUpdated(articles, channel)))
  return withStylesheet(texts.fill(withDate), channel.stylesheet) + '\n'
}

/**
 * One `dc:creator` per author. RSS's own `<author>` holds one e-mail address
 * ("email (Name)"), and the W3C validator flags an item with both `<author>`
 * and `dc:creator` (DuplicateItemSemantics) or with two `<author>`s: so
 * `<author>` is written only for a single author whose e-mail is known, and
 * then stands alone.
 */
export function authorElements(authors: readonly Author[], texts: TextSlots): XmlObject[] {
  const only = authors.length === 1 ? authors[0] : undefined
  if (only?.email) {
    const email = feedText(only.email).trim()
    if (email !== '') return [{ author: texts.slot(`${email} (${feedText(only.name).trim()})`) }]
  }
  return authors.map((author) => ({ 'dc:creator': texts.slot(feedText(author.name).trim()) }))
}

/** The lead image as Media RSS `media:content` and as an `enclosure`. */
function leadImageElements(article: Article, texts: TextSlots): XmlObject[] {
  const image = article.images[0]
  if (!image) return []
  const type = imageMimeType(image.url)
  const attributes: Record<string, string | number> = { url: safeUrl(image.url), medium: 'image' }
  if (type) attributes.type = type
  if (image.width) attributes.width = image.width
  if (image.height) attributes.height = image.height
  const children: XmlObject[] = [{ _attr: attributes }]
  const credit = image.credit === undefined ? '' : feedText(image.credit).trim()
  if (credit) children.push({ 'media:credit': texts.slot(credit) })
  const description = feedText(image.caption ?? image.alt ?? '').trim()
  if (description) children.push({ 'media:description': texts.slot(description) })
  const elements: XmlObject[] = [{ 'media:content': children }]
  // RSS requires `length` in bytes; the image file is not at hand, and the
  // W3C validator accepts 0 ("unknown"), which readers treat the same way.
  // Without a MIME type we know, no enclosure (never a guessed `image/jpg`).
  if (type) elements.push({ enclosure: { _attr: { url: safeUrl(image.url), length: 0, type } } })
  return elements
}

/**
 * Swap the package's wall-clock `<lastBuildDate>` for `date`. The channel's
 * first element with that name is the package's own: it comes before any
 * item, and before it the only user text is in CDATA sections, which the scan
 * skips (inside CDATA `<lastBuildDate>` is just text).
 */
export function replaceLastBuildDate(xml: string, date: string): string {
  const open = '<lastBuildDate>'
  const close = '</lastBuildDate>'
  let i = 0
  for (;;) {
    const element = xml.indexOf(open, i)
    const cdata = xml.indexOf('<![CDATA[', i)
    if (element === -1) throw new Error('rss: no <lastBuildDate> in the generated feed')
    if (cdata !== -1 && cdata < element) {
      const end = xml.indexOf(']]>', cdata)
      if (end === -1) throw new Error('rss: unterminated CDATA in the generated feed')
      i = end + 3
      continue
    }
    const end = xml.indexOf(close, element)
    return `${xml.slice(0, element + open.length)}${date}${xml.slice(end)}`
  }
}

function withStylesheet(xml: string, stylesheet: string | undefined): string {
  const declaration = /^<\?xml[^?]*\?>/.exec(xml)?.[0] ?? ''
  const rest = xml.slice(declaration.length)
  return `${declaration}\n${stylesheet ? `${stylesheetInstruction(stylesheet)}\n` : ''}${rest}`
}
