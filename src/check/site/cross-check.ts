/**
 * Site mode's cross-checks: after a build in memory, do the outputs say the
 * same thing about each article as each other and as the loaded model? The
 * same URL (JSON-LD, canonical and og:url, feed links and ids, sitemap locs,
 * where the page is), the same headline, the same authors and the same dates,
 * compared as instants. Each output is read once and indexed by article; values
 * come from fast parses (JSON.parse, parse5 without locations, saxes) and exact
 * positions are looked up again only for a value that disagrees.
 *
 * Legitimate differences are not findings: feeds carry the newest `limit`
 * articles only; noindex and canonical-elsewhere articles stay out of the
 * sitemaps; RSS dates are RFC 822 in any zone; text in HTML is entity-escaped
 * and text in feeds has the XML-illegal characters dropped (`feedText`); a
 * single author with an e-mail address is written as RSS `<author>`.
 */
import { parse as parseJsonTree, type ValueNode } from '@humanwhocodes/momoa'
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { headFile, jsonLdFile, pageFile } from '../../plan/layout.js'
import { htmlSafe } from '../../emit/html-escape.js'
import { contentDate, feedText } from '../../emit/feeds/channel.js'
import { feedSections } from '../../emit/feeds/files.js'
import { selectFeedArticles } from '../../plan/feeds.js'
import { articleSitemapEntries, newsSitemapEntries } from '../../plan/sitemap-entries.js'
import type { ResolvedConfig } from '../../model/config.js'
import { zonedWithOffset } from '../../model/dates.js'
import { ARTICLE_TYPES, type Article } from '../../model/types.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind } from '../documents/detect.js'
import { checkRfc3339, checkRfc822, checkW3cDatetime, parseRssContact } from '../documents/formats.js'
import { extractScripts, type ScriptBlock } from '../documents/jsonld/html.js'
import { placeIn, type Place } from '../documents/jsonld/report.js'
import { defineRule, type RuleMeta } from '../documents/rule.js'
import { attribute, walkXml, type XmlElement } from '../documents/xml-tree.js'

const SITE_MODE = 'https://www.npmjs.com/package/dateline'

const rule = (id: string, helpUrl: string, description: string, why: string, fix: string): RuleMeta => defineRule(id, 'error', helpUrl, description, why, fix)

/** The cross-check rules (site mode only: they compare a build's outputs with its sources). */
export const CROSS_CHECK_RULE = {
  urlMismatch: rule(
    'site/url-mismatch',
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
    'An article has one URL everywhere: JSON-LD `url`, and its canonical URL in JSON-LD `mainEntityOfPage` (and the WebPage `url`), the canonical link and `og:url`; feed item links and ids, sitemap and news-sitemap `<loc>` are the URL of an article of the site.',
    'Search engines and feed readers join the outputs by URL; a URL that differs in one of them splits the article in two or points readers at a page that does not exist.',
    'Rebuild; if the mismatch stays, the output named in the message is written from something other than the article\'s `url`/`canonical` (a custom template or post-processing step).',
  ),
  headlineMismatch: rule(
    'site/headline-mismatch',
    'https://developers.google.com/search/docs/appearance/structured-data/article',
    'An article has one headline everywhere: JSON-LD `headline`, the page\'s `<h1>` and `<title>`, `og:title`, feed titles and `news:title` (compared after each format\'s escaping and cleaning).',
    'Google News compares the structured-data headline with the page and the news sitemap; a headline that differs between them looks like a bait or a stale copy.',
    'Rebuild from the same sources; fix whatever rewrites the title in the output the message names.',
  ),
  authorMismatch: rule(
    'site/author-mismatch',
    'https://developers.google.com/search/docs/appearance/structured-data/article#author-bp',
    'An article credits the same authors everywhere: the JSON-LD author nodes\' names, the page byline, and the feed authors (RSS `dc:creator` or `<author>`, Atom `<author><name>`, JSON Feed `authors`).',
    'Google asks that the structured-data authors match the byline visible on the page; feed readers show the feed\'s authors.',
    'Rebuild; fix the template or step that drops or renames an author in the output the message names.',
  ),
  dateMismatch: rule(
    'site/date-mismatch',
    'https://developers.google.com/search/docs/appearance/publication-dates',
    'An article has the same dates everywhere, compared as instants: `datePublished`/`dateModified` in JSON-LD, `article:published_time`/`article:modified_time`, the page\'s `<time datetime>`, feed publication dates (RSS `pubDate`, Atom `published`, JSON Feed `date_published`) and update dates, sitemap `lastmod` (the modification date, else the publication date) and `news:publication_date`.',
    'Google picks an article\'s date from several signals and shows the wrong one when they disagree; a news sitemap date that differs can move the article out of the two-day window.',
    'Rebuild; fix the template or step that writes another date (or another time zone without converting) in the output the message names.',
  ),
  missingEntry: rule(
    'site/missing-entry',
    SITE_MODE,
    'An article is in every output it belongs in: its page (written at the path of its URL), its JSON-LD and head files, the sitemap (when indexable and its own canonical), the news sitemap (when published inside the window) and the feeds whose newest `limit` articles it is among.',
    'An article missing from the sitemap or the feed is found late or never; one missing from its own page or JSON-LD has no structured data.',
    'Rebuild; if it stays missing, check the output named in the message for a step that filters articles.',
  ),
  unexpectedEntry: rule(
    'site/unexpected-entry',
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap',
    'A sitemap lists only indexable articles whose canonical URL is their own: not `noindex` ones, not copies whose canonical page lives elsewhere.',
    'Search Console reports a submitted URL marked noindex, or a submitted URL that is not canonical, as an error.',
    'Leave the article out of the sitemap, or drop `noindex`/`canonical` from its frontmatter.',
  ),
} as const

export const CROSS_CHECK_RULES: readonly RuleMeta[] = Object.values(CROSS_CHECK_RULE)

/** Options for `crossCheckSite`. */
export interface CrossCheckOptions {
  /** The build's "now" (epoch ms): which articles the feeds and sitemaps should list. Default: none left out for being scheduled. */
  now?: number
  /** How to show an output file (name relative to the output folder) in findings. Default: as it is. */
  outputName?: (name: string) => string
  /** How to show an article's source file (relative to the site root) in messages. Default: as it is. */
  sourceName?: (file: string) => string
}

type Rule = (typeof CROSS_CHECK_RULE)[keyof typeof CROSS_CHECK_RULE]
type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode
type ChildNode = DefaultTreeAdapterTypes.ChildNode

/** What the model says an article's outputs must carry. */
interface Expected {
  article: Article
  url: string
  canonical: string
  title: string
  /** Distinct author names, in order. */
  authors: string[]
  published: number
  /** `dateModified ?? datePublished`: JSON-LD, head, page, sitemap lastmod. */
  modified: number
  /** The newest content date (corrections count): feeds' update dates. */
  contentModified: number
}

/** A URL in a comparable form (percent-encoding and host case normalized by WHATWG URL). */
function urlKey(url: string): string {
  try {
    return new URL(url.trim()).href
  } catch {
    return url.trim()
  }
}

/** Whitespace collapsed: HTML and feed readers show runs of white space as one space. */
function spaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map(spaces).filter((name) => name !== ''))]
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}…` : text)
}

/** The instant of an ISO 8601 / RFC 3339 date-time, or undefined when it is none (other rules report that). */
function isoInstant(text: string): number | undefined {
  const result = checkRfc3339(text)
  return result.ok ? result.epochMs : undefined
}

/** Whether a W3C Datetime (sitemaps) can mean `expected`: a bare date covers its whole day anywhere. */
function w3cMatches(text: string, expected: number): boolean | undefined {
  const result = checkW3cDatetime(text)
  if (!result.ok) return undefined
  return result.precision === 'minute' ? Math.floor(expected / 60_000) * 60_000 === result.startMs : expected >= result.startMs && expected <= result.endMs
}

class Findings {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    private readonly outputName: (name: string) => string,
    private readonly sourceName: (file: string) => string,
  ) {}

  add(rule: Rule, output: string, at: Place, message: string): void {
    this.diagnostics.push({ file: this.outputName(output), line: at.line, column: at.column, severity: rule.severity, rule: rule.id, message })
  }

  /** A finding about an article that has no output to point at: reported on its source file. */
  addAtSource(rule: Rule, article: Article, message: string): void {
    const at = article.positions.slug ?? article.positions.title ?? { line: 1, column: 1 }
    this.diagnostics.push({ file: this.sourceName(article.file), line: at.line, column: at.column, severity: rule.severity, rule: rule.id, message })
  }

  source(article: Article): string {
    return this.sourceName(article.file)
  }
}

/* ------------------------------------------------------------------ JSON */

type JsonPath = readonly (string | number)[]

/** Positions of JSON values, parsed (with momoa) only when a finding needs one. */
class JsonPositions {
  private tree: ValueNode | undefined | null = null
  constructor(
    private readonly text: string,
    private readonly origin: Place = { line: 1, column: 1 },
  ) {}

  at(path: JsonPath): Place {
    if (this.tree === null) {
      try {
        this.tree = parseJsonTree(this.text.charCodeAt(0) === 0xfeff ? this.text.slice(1) : this.text, { mode: 'json' }).body
      } catch {
        this.tree = undefined
      }
    }
    let node = this.tree
    let found = node ? node.loc.start : { line: 1, column: 1 }
    for (const step of path) {
      if (!node) break
      if (node.type === 'Object' && typeof step === 'string') {
        const member = node.members.find((m) => (m.name.type === 'String' ? m.name.value : m.name.name) === step)
        node = member?.value
      } else if (node.type === 'Array' && typeof step === 'number') node = node.elements[step]?.value
      else node = undefined
      if (node) found = node.loc.start
    }
    return placeIn(this.origin, found)
  }
}

type Json = unknown
type JsonObject = Record<string, Json>

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asString(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** An `{ "@id" }` reference or a plain string, as an IRI. */
function idOf(value: Json): string | undefined {
  if (typeof value === 'string') return value
  if (isObject(value)) return asString(value['@id']) ?? asString(value.url)
  return undefined
}

function types(node: JsonObject): string[] {
  const value = node['@type']
  return (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string')
}

const ARTICLE_TYPE_SET = new Set<string>(ARTICLE_TYPES)

/** Compare one article's JSON-LD document (a `.jsonld` file or a script block) with the model. */
function crossCheckJsonLd(text: string, origin: Place, output: string, expected: Expected, findings: Findings): void {
  let document: Json
  try {
    document = JSON.parse(text)
  } catch {
    return // the JSON layer reports syntax errors
  }
  const positions = new JsonPositions(text, origin)
  const nodes: { node: JsonObject; path: JsonPath }[] = []
  const graph = isObject(document) ? document['@graph'] : undefined
  if (Array.isArray(graph)) graph.forEach((node, i) => isObject(node) && nodes.push({ node, path: ['@graph', i] }))
  else if (Array.isArray(document)) document.forEach((node, i) => isObject(node) && nodes.push({ node, path: [i] }))
  else if (isObject(document)) nodes.push({ node: document, path: [] })
  const byId = new Map<string, { node: JsonObject; path: JsonPath }>()
  for (const entry of nodes) {
    const id = asString(entry.node['@id'])
    if (id !== undefined && !byId.has(id)) byId.set(id, entry)
  }
  const source = findings.source(expected.article)
  const lead = nodes.find((entry) => types(entry.node).some((type) => ARTICLE_TYPE_SET.has(type)))
  if (!lead) {
    findings.add(CROSS_CHECK_RULE.missingEntry, output, positions.at([]), `the JSON-LD has no article node for ${source}; rebuild it`)
    return
  }
  const { node, path } = lead
  const url = asString(node.url)
  if (url !== undefined && urlKey(url) !== urlKey(expected.url)) {
    findings.add(CROSS_CHECK_RULE.urlMismatch, output, positions.at([...path, 'url']), `JSON-LD url ${quote(url)} is not the URL of ${source}, ${quote(expected.url)}`)
  }
  const main = idOf(node.mainEntityOfPage)
  if (main !== undefined && urlKey(main) !== urlKey(expected.canonical)) {
    findings.add(
      CROSS_CHECK_RULE.urlMismatch,
      output,
      positions.at([...path, 'mainEntityOfPage']),
      `JSON-LD mainEntityOfPage ${quote(main)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`,
    )
  }
  const headline = asString(node.headline)
  if (headline !== undefined && spaces(headline) !== spaces(expected.title)) {
    findings.add(CROSS_CHECK_RULE.headlineMismatch, output, positions.at([...path, 'headline']), `JSON-LD headline ${quote(headline)} differs from the title of ${source}, ${quote(expected.title)}`)
  }
  jsonLdDate(node, path, 'datePublished', expected.published, expected, output, positions, findings)
  jsonLdDate(node, path, 'dateModified', expected.modified, expected, output, positions, findings)

  // The WebPage the article is the main entity of: its URL is the canonical one.
  const page = main === undefined ? undefined : byId.get(main)
  if (page && page !== lead) {
    const pageUrl = asString(page.node.url)
    if (pageUrl !== undefined && urlKey(pageUrl) !== urlKey(expected.canonical)) {
      findings.add(CROSS_CHECK_RULE.urlMismatch, output, positions.at([...page.path, 'url']), `JSON-LD WebPage url ${quote(pageUrl)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`)
    }
  }

  // Authors: `{ "@id" }` references to nodes of the graph, inline objects, or names.
  const raw = node.author
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
  const names: { name: string; path: JsonPath }[] = []
  list.forEach((author, i) => {
    const here = Array.isArray(raw) ? [...path, 'author', i] : [...path, 'author']
    if (typeof author === 'string') names.push({ name: author, path: here })
    else if (isObject(author)) {
      const inline = asString(author.name)
      const referenced = inline === undefined ? byId.get(asString(author['@id']) ?? '') : undefined
      const name = inline ?? asString(referenced?.node.name)
      // A finding about a referenced author points at its node's name.
      if (name !== undefined) names.push({ name, path: referenced ? [...referenced.path, 'name'] : here })
    }
  })
  compareAuthors(names, expected.authors, (missing, extra) => {
    const at = extra ? extra.path : [...path, 'author']
    findings.add(CROSS_CHECK_RULE.authorMismatch, output, positions.at(at), authorMessage('JSON-LD author', names.map((n) => n.name), expected, source, missing, extra?.name))
  })
}

function jsonLdDate(node: JsonObject, path: JsonPath, key: string, expectedMs: number, expected: Expected, output: string, positions: JsonPositions, findings: Findings): void {
  const value = asString(node[key])
  if (value === undefined) return
  const instant = isoInstant(value)
  if (instant !== undefined && instant !== expectedMs) {
    findings.add(CROSS_CHECK_RULE.dateMismatch, output, positions.at([...path, key]), `JSON-LD ${key} ${value} is not the ${key === 'datePublished' ? 'publication' : 'modification'} date of ${findings.source(expected.article)}, ${isoOf(expected, key)}`)
  }
}

function isoOf(expected: Expected, which: string): string {
  const article = expected.article
  if (which === 'datePublished') return article.datePublished.iso
  if (which === 'contentModified') return contentDate(article).iso
  return (article.dateModified ?? article.datePublished).iso
}

/**
 * Compare written author names with the expected ones (both deduplicated,
 * in order); `report` gets the first expected name that is missing, or the
 * first written name that is not expected.
 */
function compareAuthors<T extends { name: string }>(written: readonly T[], expected: readonly string[], report: (missing: string | undefined, extra: T | undefined) => void): void {
  const writtenNames = distinct(written.map((w) => w.name))
  if (writtenNames.length === expected.length && writtenNames.every((name, i) => name === expected[i])) return
  const extra = written.find((w) => !expected.includes(spaces(w.name)))
  const missing = expected.find((name) => !writtenNames.includes(name))
  report(missing, extra)
}

function authorMessage(what: string, written: readonly string[], expected: Expected, source: string, missing: string | undefined, extra: string | undefined): string {
  const list = (names: readonly string[]) => (names.length ? names.map((n) => quote(n)).join(', ') : 'none')
  const detail = extra !== undefined ? `${quote(extra)} is not an author of ${source}` : missing !== undefined ? `${quote(missing)} is missing` : 'the order differs'
  return `${what}s (${list(distinct(written))}) differ from the authors of ${source} (${list(expected.authors)}): ${detail}`
}

/* ------------------------------------------------------------------ HTML */

/** What an article page (or its head fragment) says, with each element's document-order number for locating it later. */
interface PageFacts {
  title?: { text: string; at: number }
  h1?: { text: string; at: number }
  canonical?: { value: string; at: number }
  meta: Map<string, { value: string; at: number }>
  byline?: { names: { name: string; at: number }[]; at: number }
  times: { value: string; at: number }[]
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value
}

function textContent(node: ParentNode): string {
  let out = ''
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as DefaultTreeAdapterTypes.TextNode).value
    else if ('childNodes' in child) out += textContent(child as ParentNode)
  }
  return out
}

function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/[\t\n\f\r ]+/).includes(name)
}

/** Elements in document order (template contents included: they are markup of the page too). */
function elements(node: ParentNode, out: Element[] = []): Element[] {
  for (const child of node.childNodes as ChildNode[]) {
    if (!('tagName' in child)) continue
    out.push(child)
    elements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, out)
  }
  return out
}

function pageFacts(root: ParentNode): PageFacts {
  const facts: PageFacts = { meta: new Map(), times: [] }
  let index = 0
  let inMeta: Element | undefined
  for (const element of elements(root)) {
    const at = index++
    switch (element.tagName) {
      case 'title':
        facts.title ??= { text: textContent(element), at }
        break
      case 'h1':
        facts.h1 ??= { text: textContent(element), at }
        break
      case 'link':
        if ((attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) facts.canonical ??= { value: attr(element, 'href') ?? '', at }
        break
      case 'meta': {
        const key = attr(element, 'property') ?? attr(element, 'name')
        const content = attr(element, 'content')
        if (key !== undefined && content !== undefined && !facts.meta.has(key)) facts.meta.set(key, { value: content, at })
        break
      }
      case 'p':
        if (hasClass(element, 'byline') && !facts.byline) {
          const names: { name: string; at: number }[] = []
          elements(element).forEach((child, i) => {
            if (child.tagName === 'a' || child.tagName === 'span') names.push({ name: textContent(child), at: at + 1 + i })
          })
          facts.byline = { names, at }
        }
        if (hasClass(element, 'meta') && !inMeta) inMeta = element
        break
      case 'time':
        if (inMeta && isInside(element, inMeta)) facts.times.push({ value: attr(element, 'datetime') ?? '', at })
        break
    }
  }
  return facts
}

function isInside(element: Element, ancestor: Element): boolean {
  for (let at: ParentNode | null = element.parentNode; at; at = 'parentNode' in at ? (at.parentNode as ParentNode | null) : null) if (at === ancestor) return true
  return false
}

/** Positions of HTML elements by document-order number, parsed with locations only when a finding needs one. */
class HtmlPositions {
  private located: Place[] | undefined
  constructor(
    private readonly html: string,
    private readonly fragment: boolean,
  ) {}

  at(index: number): Place {
    if (!this.located) {
      const root = this.fragment ? parseFragment(this.html, { sourceCodeLocationInfo: true }) : parseHtml(this.html, { sourceCodeLocationInfo: true })
      this.located = elements(root).map((element) => ({ line: element.sourceCodeLocation?.startLine ?? 1, column: element.sourceCodeLocation?.startCol ?? 1 }))
    }
    return this.located[index] ?? { line: 1, column: 1 }
  }
}

/** `html` with the text of `blocks` (found by `extractScripts`, in document order) cut out. */
function withoutScriptText(html: string, blocks: readonly ScriptBlock[]): string {
  if (!blocks.length) return html
  let out = ''
  let from = 0
  let line = 1
  let lineStart = 0
  for (const block of blocks) {
    // Walk to the block's line as extractScripts counts lines (LF, CR, CRLF).
    let i = lineStart
    while (line < block.line && i < html.length) {
      const c = html.charCodeAt(i++)
      if (c === 10 || (c === 13 && html.charCodeAt(i) !== 10)) {
        line++
        lineStart = i
      }
    }
    const start = lineStart + block.column - 1
    if (html.startsWith(block.text, start) && start >= from) {
      out += html.slice(from, start)
      from = start + block.text.length
    }
  }
  return out + html.slice(from)
}

/** Compare an article page or its head fragment with the model, its JSON-LD blocks included. */
function crossCheckHtml(html: string, output: string, fragment: boolean, expected: Expected, findings: Findings): void {
  const scripts = extractScripts(html).jsonLd
  // The JSON-LD is read from the blocks; the page is parsed without their text, which is
  // half of a typical article page's characters (the elements, and their order, stay the same).
  const bare = withoutScriptText(html, scripts)
  const facts = pageFacts(fragment ? parseFragment(bare) : parseHtml(bare))
  const positions = new HtmlPositions(html, fragment)
  const source = findings.source(expected.article)
  const headline = spaces(htmlSafe(expected.title))
  const url = (label: string, found: { value: string; at: number } | undefined) => {
    if (found && urlKey(found.value) !== urlKey(expected.canonical)) {
      findings.add(CROSS_CHECK_RULE.urlMismatch, output, positions.at(found.at), `${label} ${quote(found.value)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`)
    }
  }
  url('the canonical link', facts.canonical)
  url('og:url', facts.meta.get('og:url'))

  if (facts.title && headline !== '' && !spaces(facts.title.text).startsWith(headline)) {
    findings.add(CROSS_CHECK_RULE.headlineMismatch, output, positions.at(facts.title.at), `<title> ${quote(spaces(facts.title.text))} does not start with the title of ${source}, ${quote(headline)}`)
  }
  for (const [label, found] of [['<h1>', facts.h1 && { value: facts.h1.text, at: facts.h1.at }], ['og:title', facts.meta.get('og:title')]] as const) {
    if (found && spaces(found.value) !== headline) {
      findings.add(CROSS_CHECK_RULE.headlineMismatch, output, positions.at(found.at), `${label} ${quote(spaces(found.value))} differs from the title of ${source}, ${quote(headline)}`)
    }
  }

  const date = (label: string, found: { value: string; at: number } | undefined, expectedMs: number, which: string) => {
    if (!found) return
    const instant = isoInstant(found.value)
    if (instant !== undefined && instant !== expectedMs) {
      findings.add(CROSS_CHECK_RULE.dateMismatch, output, positions.at(found.at), `${label} ${found.value} is not the ${which === 'datePublished' ? 'publication' : 'modification'} date of ${source}, ${isoOf(expected, which)}`)
    }
  }
  date('article:published_time', facts.meta.get('article:published_time'), expected.published, 'datePublished')
  date('article:modified_time', facts.meta.get('article:modified_time'), expected.modified, 'dateModified')

  if (!fragment) {
    // The page body: byline and the dates readers see (published, then updated when it differs).
    const byline = facts.byline
    if (byline || expected.authors.length) {
      const names = byline?.names ?? []
      const wanted = distinct(expected.article.authors.map((author) => htmlSafe(author.name)))
      compareAuthors(names, wanted, (missing, extra) => {
        const at = positions.at(extra?.at ?? byline?.at ?? facts.h1?.at ?? 0)
        const what = byline ? authorMessage('byline name', names.map((n) => n.name), { ...expected, authors: wanted }, source, missing, extra?.name) : `the page has no byline, but ${source} has authors (${wanted.map(quote).join(', ')})`
        findings.add(CROSS_CHECK_RULE.authorMismatch, output, at, what)
      })
    }
    const [published, updated] = facts.times
    date('<time datetime>', published, expected.published, 'datePublished')
    if (updated) date('<time datetime> (updated)', updated, expected.modified, 'dateModified')
    else if (published && expected.modified !== expected.published && expected.article.dateModified) {
      findings.add(CROSS_CHECK_RULE.dateMismatch, output, positions.at(published.at), `the page shows no update time, but ${source} was modified at ${isoOf(expected, 'dateModified')}`)
    }
  }
  for (const block of scripts) crossCheckJsonLd(block.text, { line: block.line, column: block.column }, output, expected, findings)
}

/* ----------------------------------------------------------------- feeds */

function matchArticle(candidates: readonly (string | undefined)[], byUrl: ReadonlyMap<string, Expected>): Expected | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue
    const found = byUrl.get(urlKey(candidate))
    if (found) return found
  }
  return undefined
}

function childrenNamed(element: XmlElement, local: string, uri?: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && (uri === undefined || child.uri === uri))
}

function child(element: XmlElement, local: string, uri?: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && (uri === undefined || c.uri === uri))
}

const RSS_NS = ''
const DC_NS = 'http://purl.org/dc/elements/1.1/'
const ATOM_NS = 'http://www.w3.org/2005/Atom'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

interface FeedContext {
  output: string
  byUrl: ReadonlyMap<string, Expected>
  byTitle: ReadonlyMap<string, Expected>
  findings: Findings
  seen: Set<Article>
  /** The site's home page, which the sitemap lists besides the articles. */
  homeUrl: string
}

function feedHeadline(item: { text: string; at: Place }, expected: Expected, what: string, context: FeedContext): void {
  const wanted = spaces(feedText(expected.title))
  if (spaces(item.text) !== wanted) {
    context.findings.add(CROSS_CHECK_RULE.headlineMismatch, context.output, item.at, `${what} ${quote(spaces(item.text))} differs from the title of ${context.findings.source(expected.article)}, ${quote(wanted)}`)
  }
}

function feedDate(value: { text: string; at: Place }, instant: number | undefined, expectedMs: number, which: string, what: string, expected: Expected, context: FeedContext): void {
  if (instant === undefined || instant === expectedMs) return
  const kind = which === 'datePublished' ? 'publication' : 'latest update'
  context.findings.add(CROSS_CHECK_RULE.dateMismatch, context.output, value.at, `${what} ${value.text.trim()} is not the ${kind} date of ${context.findings.source(expected.article)}, ${isoOf(expected, which)}`)
}

function feedAuthors(written: { name: string; at: Place }[], expected: Expected, fallback: Place, what: string, context: FeedContext): void {
  const wanted = distinct(expected.article.authors.map((author) => feedText(author.name).trim()))
  compareAuthors(written, wanted, (missing, extra) => {
    context.findings.add(
      CROSS_CHECK_RULE.authorMismatch,
      context.output,
      extra?.at ?? fallback,
      authorMessage(what, written.map((w) => w.name), { ...expected, authors: wanted }, context.findings.source(expected.article), missing, extra?.name),
    )
  })
}

/** Report an item whose URL no article has (after trying its other ids and its title to name the article). */
function unknownItem(url: { text: string; at: Place }, others: readonly (string | undefined)[], title: string | undefined, what: string, context: FeedContext): Expected | undefined {
  const byOther = matchArticle(others, context.byUrl)
  const byTitle = byOther ?? (title === undefined ? undefined : context.byTitle.get(spaces(title)))
  if (byTitle) {
    context.findings.add(CROSS_CHECK_RULE.urlMismatch, context.output, url.at, `${what} ${quote(url.text.trim())} is not the URL of ${context.findings.source(byTitle.article)}, ${quote(byTitle.url)}`)
  } else {
    context.findings.add(CROSS_CHECK_RULE.urlMismatch, context.output, url.at, `${what} ${quote(url.text.trim())} is the URL of no article of the site`)
  }
  return byTitle
}

function place(element: XmlElement): Place {
  return { line: element.line, column: element.column }
}

function crossCheckRss(text: string, context: FeedContext): Place {
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
        context.findings.add(CROSS_CHECK_RULE.urlMismatch, context.output, place(guid), `RSS item guid ${quote(permalink)} is not the URL of ${source}, ${quote(expected.url)}`)
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

function crossCheckAtom(text: string, context: FeedContext): Place {
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
        context.findings.add(CROSS_CHECK_RULE.urlMismatch, context.output, place(id), `Atom entry id ${quote(id.text.trim())} is not the URL of ${source}, ${quote(expected.url)}`)
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

function crossCheckJsonFeed(text: string, context: FeedContext): Place {
  let feed: Json
  try {
    feed = JSON.parse(text)
  } catch {
    return { line: 1, column: 1 }
  }
  const items = isObject(feed) && Array.isArray(feed.items) ? feed.items : []
  const positions = new JsonPositions(text)
  // A place whose position is looked up (momoa parse) only if a finding reads it.
  const at = (path: JsonPath): Place => ({
    get line() {
      return positions.at(path).line
    },
    get column() {
      return positions.at(path).column
    },
  })
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
      context.findings.add(CROSS_CHECK_RULE.urlMismatch, context.output, at([...base, 'id']), `JSON Feed item id ${quote(id)} is not the URL of ${source}, ${quote(expected.url)}`)
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

/* -------------------------------------------------------------- sitemaps */

function crossCheckSitemap(text: string, news: boolean, context: FeedContext, unexpected: (expected: Expected, at: Place) => void): Place {
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
          if (spaces(title.text) !== wanted) context.findings.add(CROSS_CHECK_RULE.headlineMismatch, context.output, place(title), `news:title ${quote(spaces(title.text))} differs from the title of ${source}, ${quote(wanted)}`)
        }
        const date = newsNode ? child(newsNode, 'publication_date', NEWS_NS) : undefined
        if (date) {
          const matches = w3cMatches(date.text, expected.published)
          if (matches === false) context.findings.add(CROSS_CHECK_RULE.dateMismatch, context.output, place(date), `news:publication_date ${date.text.trim()} is not the publication date of ${source}, ${isoOf(expected, 'datePublished')}`)
        }
      } else {
        const lastmod = child(element, 'lastmod')
        if (lastmod) {
          const matches = w3cMatches(lastmod.text, expected.modified)
          if (matches === false) context.findings.add(CROSS_CHECK_RULE.dateMismatch, context.output, place(lastmod), `sitemap lastmod ${lastmod.text.trim()} is not the modification date of ${source} (dateModified, else datePublished), ${isoOf(expected, 'dateModified')}`)
        }
      }
      return false
    },
  })
  return root ? place(root) : { line: 1, column: 1 }
}

/* ----------------------------------------------------------------- entry */

/**
 * Cross-check a site's outputs (`outputs`: name relative to the output folder
 * -> text, gzip already undone) against each other and against the loaded
 * `articles`. Pure: no disk, no clock. Each output is parsed once.
 */
export function crossCheckSite(articles: readonly Article[], config: ResolvedConfig, outputs: ReadonlyMap<string, string>, options: CrossCheckOptions = {}): Diagnostic[] {
  const findings = new Findings(options.outputName ?? ((name) => name), options.sourceName ?? ((file) => file))
  const expectations = articles.map((article): Expected => ({
    article,
    url: article.url,
    canonical: article.canonical,
    title: article.title,
    authors: distinct([...new Map(article.authors.map((author) => [author.id, author.name])).values()]),
    published: article.datePublished.epochMs,
    modified: (article.dateModified ?? article.datePublished).epochMs,
    contentModified: contentDate(article).epochMs,
  }))
  const byUrl = new Map<string, Expected>()
  const byTitle = new Map<string, Expected>()
  const perFile = new Map<string, { expected: Expected; kind: 'jsonld' | 'head' | 'page' }>()
  for (const expected of expectations) {
    byUrl.set(urlKey(expected.url), expected)
    byTitle.set(spaces(expected.title), expected)
    perFile.set(jsonLdFile(expected.article), { expected, kind: 'jsonld' })
    perFile.set(headFile(expected.article), { expected, kind: 'head' })
    if (config.pages) perFile.set(pageFile(expected.article), { expected, kind: 'page' })
  }
  // The sitemap lists the home page besides the articles.
  const homeUrl = urlKey(config.site.url)
  const now = options.now
  const feedMembers = expectedFeedMembers(articles, config, now)
  const sitemapMembers = new Set(config.sitemap ? articleSitemapEntries(articles, config, now === undefined ? {} : { now }).map((entry) => urlKey(entry.loc)) : [])
  const newsMembers = new Set(config.newsSitemap && now !== undefined ? newsSitemapEntries(articles, config, now).map((entry) => urlKey(entry.loc)) : [])
  const inSitemaps = new Set<Article>()
  const inNews = new Set<Article>()
  let sitemapSeen: { name: string; at: Place } | undefined
  let newsSeen: { name: string; at: Place } | undefined

  for (const [name, text] of outputs) {
    const own = perFile.get(name)
    if (own) {
      if (own.kind === 'jsonld') crossCheckJsonLd(text, { line: 1, column: 1 }, name, own.expected, findings)
      else if (own.kind === 'page' || !pageEmbeds(outputs, own.expected.article, config, text)) crossCheckHtml(text, name, own.kind === 'head', own.expected, findings)
      continue
    }
    const kind = detectKind(text, name.replace(/\.gz$/, ''))
    const seen = new Set<Article>()
    const context: FeedContext = { output: name, byUrl, byTitle, findings, seen, homeUrl }
    // Where to report an article the file should list but does not: its root element (JSON Feed: `items`).
    let top: Place = { line: 1, column: 1 }
    switch (kind) {
      case 'rss':
        top = crossCheckRss(text, context)
        break
      case 'atom':
        top = crossCheckAtom(text, context)
        break
      case 'json-feed':
        top = crossCheckJsonFeed(text, context)
        break
      case 'sitemap':
      case 'news-sitemap': {
        const news = kind === 'news-sitemap'
        const members = news ? newsMembers : sitemapMembers
        top = crossCheckSitemap(text, news, context, (expected, at) => {
          const article = expected.article
          const reason = article.noindex ? 'it is noindex' : urlKey(article.canonical) !== urlKey(article.url) ? `its canonical URL is ${article.canonical}` : undefined
          if (reason && !members.has(urlKey(article.url))) {
            findings.add(CROSS_CHECK_RULE.unexpectedEntry, name, at, `${findings.source(article)} is listed, but ${reason}; leave it out of the ${news ? 'news sitemap' : 'sitemap'}`)
          }
        })
        if (news) newsSeen ??= { name, at: top }
        else sitemapSeen ??= { name, at: top }
        for (const article of seen) (news ? inNews : inSitemaps).add(article)
        break
      }
      default:
        break
    }
    const members = feedMembers.get(name)
    if (members) {
      for (const article of members) {
        if (!seen.has(article)) findings.add(CROSS_CHECK_RULE.missingEntry, name, top, `${findings.source(article)} (${article.url}) is among the newest articles this feed lists, but it has no item for it`)
      }
    }
  }

  // Articles missing from the outputs they belong in.
  const present = new Set(outputs.keys())
  for (const expected of expectations) {
    const article = expected.article
    for (const [file, kind] of perFileEntries(article, config)) {
      if (!present.has(file)) findings.addAtSource(CROSS_CHECK_RULE.missingEntry, article, `the build wrote no ${kind} for this article (expected ${file}${kind === 'page' ? `, the path of its URL ${article.url}` : ''})`)
    }
    if (sitemapSeen !== undefined && sitemapMembers.has(urlKey(article.url)) && !inSitemaps.has(article)) {
      findings.add(CROSS_CHECK_RULE.missingEntry, sitemapSeen.name, sitemapSeen.at, `${findings.source(article)} (${article.url}) is indexable and its own canonical, but no sitemap lists it`)
    }
    if (newsSeen !== undefined && newsMembers.has(urlKey(article.url)) && !inNews.has(article)) {
      findings.add(CROSS_CHECK_RULE.missingEntry, newsSeen.name, newsSeen.at, `${findings.source(article)} (${article.url}) was published inside the news window, but the news sitemap does not list it`)
    }
  }
  return findings.diagnostics
}

/**
 * Whether the article's page carries `head` verbatim (as dateline's pages do):
 * then checking the page checks the head fragment too, and parsing it again
 * would only double the work (and any finding).
 */
function pageEmbeds(outputs: ReadonlyMap<string, string>, article: Article, config: ResolvedConfig, head: string): boolean {
  const page = config.pages ? outputs.get(pageFile(article)) : undefined
  const fragment = head.trim()
  return page !== undefined && fragment !== '' && page.includes(fragment)
}

function perFileEntries(article: Article, config: ResolvedConfig): [string, string][] {
  const files: [string, string][] = [
    [jsonLdFile(article), 'JSON-LD file'],
    [headFile(article), 'head fragment'],
  ]
  if (config.pages) files.push([pageFile(article), 'page'])
  return files
}

/** Feed file -> the articles it must list: the newest `limit` of the site, and of each section with `feeds.sections`. */
function expectedFeedMembers(articles: readonly Article[], config: ResolvedConfig, now: number | undefined): Map<string, Article[]> {
  const feeds = config.feeds
  const members = new Map<string, Article[]>()
  if (!feeds) return members
  const options = now === undefined ? {} : { now: zonedWithOffset(now, 0) }
  const names = (['rss', 'atom', 'json'] as const).map((format) => feeds[format]).filter((file): file is string => typeof file === 'string' && file !== '')
  const site = selectFeedArticles(articles, feeds, options)
  for (const file of names) members.set(file.replace(/^\/+/, ''), site)
  if (feeds.sections) {
    for (const section of feedSections(articles, options)) {
      const selected = selectFeedArticles(section.articles, feeds, options)
      for (const file of names) members.set(`${section.slug}/${file.replace(/^\/+/, '')}`, selected)
    }
  }
  return members
}
