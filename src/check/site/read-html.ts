/** Site mode's reader of an article page or its head fragment: the canonical link, titles, byline and times, compared with the expectation. */
import { parse as parseHtml, parseFragment } from 'parse5'
import type { DefaultTreeAdapterTypes } from 'parse5'
import { htmlSafe } from '../../util/html-escape.js'
import type { ScriptBlock } from '../documents/jsonld/html.js'
import type { ParsedDocument } from '../documents/parsed.js'
import { authorMessage, compareAuthors, distinct, isoInstant, isoOf, quote, spaces, urlKey, type Expected, type SiteFindings } from './compare.js'
import { elements, HtmlPositions, type Element, type ParentNode } from './positions.js'
import { crossCheckJsonLd } from './read-jsonld.js'
import { siteAuthorMismatch, siteDateMismatch, siteHeadlineMismatch, siteUrlMismatch } from './rules.js'

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

/** Compare an article page or its head fragment (parsed) with the model, its JSON-LD blocks included. */
export function crossCheckHtml(parsed: ParsedDocument, output: string, fragment: boolean, expected: Expected, findings: SiteFindings): void {
  const html = parsed.text
  const scripts = parsed.scripts().jsonLd
  // The JSON-LD is read from the blocks; the page is parsed without their text, which is
  // half of a typical article page's characters (the elements, and their order, stay the same).
  const bare = withoutScriptText(html, scripts)
  const facts = pageFacts(fragment ? parseFragment(bare) : parseHtml(bare))
  const positions = new HtmlPositions(html, fragment)
  const source = findings.source(expected.article)
  const headline = spaces(htmlSafe(expected.title))
  const url = (label: string, found: { value: string; at: number } | undefined) => {
    if (found && urlKey(found.value) !== urlKey(expected.canonical)) {
      findings.add(siteUrlMismatch, output, positions.at(found.at), `${label} ${quote(found.value)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`)
    }
  }
  url('the canonical link', facts.canonical)
  url('og:url', facts.meta.get('og:url'))

  if (facts.title && headline !== '' && !spaces(facts.title.text).startsWith(headline)) {
    findings.add(siteHeadlineMismatch, output, positions.at(facts.title.at), `<title> ${quote(spaces(facts.title.text))} does not start with the title of ${source}, ${quote(headline)}`)
  }
  for (const [label, found] of [['<h1>', facts.h1 && { value: facts.h1.text, at: facts.h1.at }], ['og:title', facts.meta.get('og:title')]] as const) {
    if (found && spaces(found.value) !== headline) {
      findings.add(siteHeadlineMismatch, output, positions.at(found.at), `${label} ${quote(spaces(found.value))} differs from the title of ${source}, ${quote(headline)}`)
    }
  }

  const date = (label: string, found: { value: string; at: number } | undefined, expectedMs: number, which: string) => {
    if (!found) return
    const instant = isoInstant(found.value)
    if (instant !== undefined && instant !== expectedMs) {
      findings.add(siteDateMismatch, output, positions.at(found.at), `${label} ${found.value} is not the ${which === 'datePublished' ? 'publication' : 'modification'} date of ${source}, ${isoOf(expected, which)}`)
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
        findings.add(siteAuthorMismatch, output, at, what)
      })
    }
    const [published, updated] = facts.times
    date('<time datetime>', published, expected.published, 'datePublished')
    if (updated) date('<time datetime> (updated)', updated, expected.modified, 'dateModified')
    else if (published && expected.modified !== expected.published && expected.article.dateModified) {
      findings.add(siteDateMismatch, output, positions.at(published.at), `the page shows no update time, but ${source} was modified at ${isoOf(expected, 'dateModified')}`)
    }
  }
  for (const block of scripts) crossCheckJsonLd(parsed.jsonOf(block.text), { line: block.line, column: block.column }, output, expected, findings)
}
