/**
 * Atom 1.0 (RFC 4287). Written directly with the shared XML helpers: no
 * CDATA, every text escaped, so no input can end a section early.
 */
import type { Article, Author } from '../../model/types.js'
import { safeUrl } from '../../model/urls.js'
import { escapeXmlText, xmlAttributes, xmlElement } from '../../util/xml.js'
import {
  type FeedChannel,
  type FeedRenderOptions,
  FEED_MEDIA_TYPES,
  contentDate,
  feedText,
  feedUpdated,
  itemAuthors,
  itemCategories,
  itemContentHtml,
  stylesheetInstruction,
} from './channel.js'
import { ATOM_NS } from '../../util/namespaces.js'


/** An Atom 1.0 document for `articles` (already selected and ordered, see `selectFeedArticles`). */
export function renderAtom(articles: readonly Article[], channel: FeedChannel, options: FeedRenderOptions): string {
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>']
  if (channel.stylesheet) lines.push(stylesheetInstruction(channel.stylesheet))
  lines.push(`<feed${xmlAttributes({ xmlns: ATOM_NS, 'xml:lang': feedText(channel.language) })}>`)
  lines.push(
    `  ${xmlElement('id', channel.url)}`,
    `  ${text('title', channel.title)}`,
  )
  const subtitle = feedText(channel.description)
  if (subtitle.trim() !== '') lines.push(`  ${text('subtitle', subtitle)}`)
  lines.push(
    `  ${xmlElement('updated', feedUpdated(articles, channel).iso)}`,
    `  ${link('self', channel.url, FEED_MEDIA_TYPES.atom)}`,
    `  ${link('alternate', channel.homeUrl, 'text/html')}`,
  )
  if (channel.hub) lines.push(`  ${link('hub', channel.hub)}`)
  // Entries without authors inherit the publisher (RFC 4287 §4.1.1: every entry needs an author).
  lines.push(`  ${person({ name: channel.publisher.name, url: channel.publisher.url })}`)
  if (channel.logo) {
    lines.push(`  ${xmlElement('icon', channel.logo.url)}`, `  ${xmlElement('logo', channel.logo.url)}`)
  }
  lines.push(`  ${xmlElement('generator', 'dateline')}`)
  for (const article of articles) lines.push(...entry(article, options, channel.language))
  lines.push('</feed>', '')
  return lines.join('\n')
}

function entry(article: Article, options: FeedRenderOptions, feedLanguage: string): string[] {
  // An article in another language than the feed says so (RSS cannot; JSON Feed has `language` per item).
  const lang = feedText(article.lang)
  const out = [
    `  <entry${lang && lang !== feedText(feedLanguage) ? xmlAttributes({ 'xml:lang': lang }) : ''}>`,
    `    ${xmlElement('id', safeUrl(article.url))}`,
    `    ${text('title', article.title)}`,
    `    ${link('alternate', safeUrl(article.url), 'text/html')}`,
    `    ${xmlElement('published', article.datePublished.iso)}`,
    `    ${xmlElement('updated', contentDate(article).iso)}`,
  ]
  for (const author of itemAuthors(article)) out.push(`    ${person(author)}`)
  for (const term of itemCategories(article)) out.push(`    <category${xmlAttributes({ term })}/>`)
  const summary = feedText(article.description)
  if (summary.trim() !== '') out.push(`    ${text('summary', summary)}`)
  const html = itemContentHtml(article, options)
  if (html !== undefined) out.push(`    <content type="html">${escapeXmlText(html)}</content>`)
  out.push('  </entry>')
  return out
}

/** A text construct (`type="text"`, the default): plain text, escaped. */
function text(name: string, value: string): string {
  return xmlElement(name, feedText(value), { type: 'text' })
}

function link(rel: string, href: string, type?: string): string {
  return `<link${xmlAttributes({ rel, type, href })}/>`
}

/** One `<author>` per person: name, and uri/email when known. */
function person(author: Pick<Author, 'name' | 'url' | 'email'>): string {
  const parts = [xmlElement('name', feedText(author.name).trim())]
  if (author.url) parts.push(xmlElement('uri', safeUrl(author.url)))
  const email = author.email === undefined ? '' : feedText(author.email).trim()
  if (email) parts.push(xmlElement('email', email))
  return `<author>${parts.join('')}</author>`
}
