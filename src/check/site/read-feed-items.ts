/** What the feed and sitemap readers share: finding the article an item stands for, and comparing its headline, dates and authors. */
import type { Article, Position } from '../../model/types.js'
import { feedText } from '../../plan/feeds.js'
import type { XmlElement } from '../documents/xml-tree.js'
import { authorMessage, compareAuthors, distinct, isoOf, quote, spaces, urlKey, type Expected, type SiteFindings } from './compare.js'
import { siteAuthorMismatch, siteDateMismatch, siteHeadlineMismatch, siteUrlMismatch } from './rules.js'

export function matchArticle(candidates: readonly (string | undefined)[], byUrl: ReadonlyMap<string, Expected>): Expected | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue
    const found = byUrl.get(urlKey(candidate))
    if (found) return found
  }
  return undefined
}

export function childrenNamed(element: XmlElement, local: string, uri?: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && (uri === undefined || child.uri === uri))
}

export function child(element: XmlElement, local: string, uri?: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && (uri === undefined || c.uri === uri))
}


export interface FeedContext {
  output: string
  byUrl: ReadonlyMap<string, Expected>
  byTitle: ReadonlyMap<string, Expected>
  findings: SiteFindings
  seen: Set<Article>
  /** The site's home page, which the sitemap lists besides the articles. */
  homeUrl: string
}

export function feedHeadline(item: { text: string; at: Position }, expected: Expected, what: string, context: FeedContext): void {
  const wanted = spaces(feedText(expected.title))
  if (spaces(item.text) !== wanted) {
    context.findings.add(siteHeadlineMismatch, context.output, item.at, `${what} ${quote(spaces(item.text))} differs from the title of ${context.findings.source(expected.article)}, ${quote(wanted)}`)
  }
}

export function feedDate(value: { text: string; at: Position }, instant: number | undefined, expectedMs: number, which: string, what: string, expected: Expected, context: FeedContext): void {
  if (instant === undefined || instant === expectedMs) return
  const kind = which === 'datePublished' ? 'publication' : 'latest update'
  context.findings.add(siteDateMismatch, context.output, value.at, `${what} ${value.text.trim()} is not the ${kind} date of ${context.findings.source(expected.article)}, ${isoOf(expected, which)}`)
}

export function feedAuthors(written: { name: string; at: Position }[], expected: Expected, fallback: Position, what: string, context: FeedContext): void {
  const wanted = distinct(expected.article.authors.map((author) => feedText(author.name).trim()))
  compareAuthors(written, wanted, (missing, extra) => {
    context.findings.add(
      siteAuthorMismatch,
      context.output,
      extra?.at ?? fallback,
      authorMessage(what, written.map((w) => w.name), { ...expected, authors: wanted }, context.findings.source(expected.article), missing, extra?.name),
    )
  })
}

/** Report an item whose URL no article has (after trying its other ids and its title to name the article). */
export function unknownItem(url: { text: string; at: Position }, others: readonly (string | undefined)[], title: string | undefined, what: string, context: FeedContext): Expected | undefined {
  const byOther = matchArticle(others, context.byUrl)
  const byTitle = byOther ?? (title === undefined ? undefined : context.byTitle.get(spaces(title)))
  if (byTitle) {
    context.findings.add(siteUrlMismatch, context.output, url.at, `${what} ${quote(url.text.trim())} is not the URL of ${context.findings.source(byTitle.article)}, ${quote(byTitle.url)}`)
  } else {
    context.findings.add(siteUrlMismatch, context.output, url.at, `${what} ${quote(url.text.trim())} is the URL of no article of the site`)
  }
  return byTitle
}

export function place(element: XmlElement): Position {
  return { line: element.line, column: element.column }
}
