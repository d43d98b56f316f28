import fc from 'fast-check'
import { type DefaultTreeAdapterMap, parse, type ParserError } from 'parse5'
import { describe, expect, it } from 'vitest'
import { ogLocale, renderHead } from '../../src/emit/head.js'
import { htmlSafe } from '../../src/util/html-escape.js'
import { articleJsonLd } from '../../src/emit/jsonld.js'
import type { Article } from '../../src/model/types.js'
import { anyText } from '../jsonld/arbitraries.js'
import { makeArticle, makeConfig, makeImage, makeOrganizationAuthor, makePerson, SITE_URL } from '../jsonld/fixtures.js'

type Element = DefaultTreeAdapterMap['element']

interface ParsedHead {
  elements: Element[]
  errors: ParserError[]
  bodyChildren: number
}

/** Parse the fragment where it belongs, inside a document's <head>, collecting parse errors. */
function parseHead(fragment: string): ParsedHead {
  const errors: ParserError[] = []
  const document = parse(`<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">\n${fragment}</head><body></body></html>`, {
    onParseError: (error) => errors.push(error),
  })
  const html = document.childNodes.find((node) => node.nodeName === 'html') as Element
  const head = html.childNodes.find((node) => node.nodeName === 'head') as Element
  const body = html.childNodes.find((node) => node.nodeName === 'body') as Element
  const elements = head.childNodes.filter((node): node is Element => 'tagName' in node).slice(1)
  return { elements, errors, bodyChildren: body.childNodes.length }
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value
const text = (element: Element) => element.childNodes.map((node) => ('value' in node ? node.value : '')).join('')

/** Values of `<meta property|name=key>`, in order. */
function metas(elements: Element[], key: string): string[] {
  return elements
    .filter((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key))
    .map((e) => attr(e, 'content')!)
}

const article = makeArticle({
  authors: [makePerson('rina-wulandari'), makePerson('bagus-prasetyo', { url: undefined }), makeOrganizationAuthor('meja-nasional')],
})
const config = makeConfig()
const alternates = [
  { href: `${SITE_URL}feed.xml`, type: 'application/rss+xml', title: 'Semarak (RSS)' },
  { href: `${SITE_URL}atom.xml`, type: 'application/atom+xml', title: 'Semarak (Atom)' },
  { href: `${SITE_URL}feed.json`, type: 'application/feed+json', title: 'Semarak (JSON Feed)' },
]

describe('renderHead', () => {
  const head = renderHead(article, config, { alternates })

  it('writes every tag on its own line, in a fixed order', () => {
    expect(head.endsWith('\n')).toBe(true)
    expect(head.split('\n').slice(0, -1)).toEqual([
      '<title>Menteri PANRB Temui PM Azerbaijan, Bahas Reformasi Pelayanan Publik | Semarak</title>',
      '<meta name="description" content="Menteri PANRB bertemu Perdana Menteri Azerbaijan di Baku untuk membahas kerja sama pelayanan publik.">',
      `<link rel="canonical" href="${article.url}">`,
      `<link rel="alternate" type="application/rss+xml" title="Semarak (RSS)" href="${SITE_URL}feed.xml">`,
      `<link rel="alternate" type="application/atom+xml" title="Semarak (Atom)" href="${SITE_URL}atom.xml">`,
      `<link rel="alternate" type="application/feed+json" title="Semarak (JSON Feed)" href="${SITE_URL}feed.json">`,
      '<meta property="og:type" content="article">',
      '<meta property="og:site_name" content="Semarak">',
      '<meta property="og:locale" content="id_ID">',
      '<meta property="og:title" content="Menteri PANRB Temui PM Azerbaijan, Bahas Reformasi Pelayanan Publik">',
      '<meta property="og:description" content="Menteri PANRB bertemu Perdana Menteri Azerbaijan di Baku untuk membahas kerja sama pelayanan publik.">',
      `<meta property="og:url" content="${article.url}">`,
      `<meta property="og:image" content="${SITE_URL}assets/lead.jpg">`,
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="675">',
      '<meta property="og:image:alt" content="Foto lead">',
      '<meta property="article:published_time" content="2023-10-10T09:30:00+07:00">',
      '<meta property="article:modified_time" content="2023-10-10T14:05:00+07:00">',
      `<meta property="article:author" content="${SITE_URL}penulis/rina-wulandari/">`,
      '<meta property="article:author" content="Bagus Prasetyo">',
      `<meta property="article:author" content="${SITE_URL}redaksi/">`,
      '<meta property="article:section" content="Nasional">',
      '<meta property="article:tag" content="pelayanan publik">',
      '<meta property="article:tag" content="Azerbaijan">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<meta name="twitter:title" content="Menteri PANRB Temui PM Azerbaijan, Bahas Reformasi Pelayanan Publik">',
      '<meta name="twitter:description" content="Menteri PANRB bertemu Perdana Menteri Azerbaijan di Baku untuk membahas kerja sama pelayanan publik.">',
      `<meta name="twitter:image" content="${SITE_URL}assets/lead.jpg">`,
      '<meta name="twitter:image:alt" content="Foto lead">',
      expect.stringMatching(/^<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org","@graph":\[.*\]\}<\/script>$/),
    ])
  })

  it('carries the article graph in the script, and parses without a single HTML error', () => {
    const parsed = parseHead(head)
    expect(parsed.errors).toEqual([])
    expect(parsed.bodyChildren).toBe(0)
    const scripts = parsed.elements.filter((e) => e.tagName === 'script')
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(text(scripts[0]!))).toEqual(articleJsonLd(article, config))
  })

  it('reuses a graph the caller already built', () => {
    const graph = articleJsonLd(article, config)
    expect(renderHead(article, config, { alternates, graph })).toBe(head)
  })

  it('is deterministic', () => {
    expect(renderHead(makeArticle({ authors: article.authors }), makeConfig(), { alternates })).toBe(head)
  })

  it('points canonical and og:url at the canonical URL when it differs', () => {
    const canonical = 'https://original.example/berita/123?a=1&b=2'
    const moved = renderHead(makeArticle({ canonical }), config)
    expect(moved).toContain('<link rel="canonical" href="https://original.example/berita/123?a=1&amp;b=2">')
    expect(moved).toContain('<meta property="og:url" content="https://original.example/berita/123?a=1&amp;b=2">')
    const { elements } = parseHead(moved)
    expect(attr(elements.find((e) => attr(e, 'rel') === 'canonical')!, 'href')).toBe(canonical)
  })

  it('uses the summary card and no image tags when there is no image; no empty tags', () => {
    const bare = renderHead(makeArticle({ images: [], tags: [], section: undefined, description: '', authors: [], dateModified: undefined }), config)
    expect(bare).toContain('<meta name="twitter:card" content="summary">')
    const tags = bare.split('\n').filter((line) => !line.startsWith('<script'))
    expect(tags.join('\n')).not.toMatch(/og:image|twitter:image|article:tag|article:section|article:author|description/)
    expect(bare).not.toContain('content=""')
    expect(bare).toContain('<meta property="article:modified_time" content="2023-10-10T09:30:00+07:00">')
  })

  it('leaves out image size and alt when they are unknown', () => {
    const out = renderHead(makeArticle({ images: [makeImage('x', { width: undefined, height: undefined, alt: undefined })] }), config)
    expect(out).toContain('og:image"')
    expect(out).not.toMatch(/og:image:(width|height|alt)|twitter:image:alt/)
  })

  it('asks robots not to index a noindex article', () => {
    expect(renderHead(makeArticle({ noindex: true }), config)).toContain('<meta name="robots" content="noindex">\n')
    expect(head).not.toContain('robots')
  })

  it('escapes & < > " \' in attributes and text, and keeps line breaks inside their tag', () => {
    const out = renderHead(makeArticle({ title: `"Bom" & <b>'x'</b>\r\nbaris 2`, description: 'a\tb\nc' }), config)
    expect(out).toContain('<title>&quot;Bom&quot; &amp; &lt;b&gt;&#39;x&#39;&lt;/b&gt;&#10;baris 2 | Semarak</title>')
    expect(out).toContain('<meta property="og:title" content="&quot;Bom&quot; &amp; &lt;b&gt;&#39;x&#39;&lt;/b&gt;&#10;baris 2">')
    expect(out).toContain('<meta name="description" content="a&#9;b&#10;c">')
  })
})

describe('ogLocale', () => {
  it.each([
    ['id', 'id_ID'],
    ['en', 'en_US'],
    ['en-GB', 'en_GB'],
    ['pt-BR', 'pt_BR'],
    ['zh-Hant', 'zh_TW'],
    ['ja', 'ja_JP'],
    ['es-419', 'es'],
    ['not a tag', 'not a tag'.split(/[-_]/)[0]!],
  ])('%s -> %s', (lang, expected) => {
    expect(ogLocale(lang)).toBe(expected)
  })
})

describe('renderHead with hostile text', () => {
  const fields = fc.record({
    title: anyText,
    description: anyText,
    authorName: anyText,
    tags: fc.array(anyText, { maxLength: 3 }),
    alt: anyText,
    feedTitle: anyText,
  })

  it('keeps every value inside its attribute or script: values parse back, the graph JSON.parses back', () => {
    fc.assert(
      fc.property(fields, (input) => {
        const hostile: Article = makeArticle({
          title: input.title,
          description: input.description,
          authors: [makePerson('x', { name: input.authorName, url: undefined })],
          tags: input.tags,
          images: [makeImage('lead', { alt: input.alt })],
        })
        const fragment = renderHead(hostile, config, { alternates: [{ href: `${SITE_URL}feed.xml`, type: 'application/rss+xml', title: input.feedTitle }] })
        const { elements, errors, bodyChildren } = parseHead(fragment)

        // One element per line, all of them in <head>, and the HTML is error-free.
        expect(elements).toHaveLength(fragment.split('\n').length - 1)
        expect(bodyChildren).toBe(0)
        expect(errors).toEqual([])

        const scripts = elements.filter((e) => e.tagName === 'script')
        expect(scripts).toHaveLength(1)
        const json = text(scripts[0]!)
        expect(json).not.toMatch(/<\/script|<!--/i)
        expect(fragment.match(/<\/script/gi)).toHaveLength(1)
        expect(fragment).not.toMatch(/<!--/)
        expect(JSON.parse(json)).toEqual(articleJsonLd(hostile, config))

        const expected = (value: string) => (htmlSafe(value) === '' ? [] : [htmlSafe(value)])
        expect(metas(elements, 'og:title')).toEqual(expected(input.title))
        expect(metas(elements, 'twitter:title')).toEqual(expected(input.title))
        expect(metas(elements, 'description')).toEqual(expected(input.description))
        expect(metas(elements, 'og:description')).toEqual(expected(input.description))
        expect(metas(elements, 'article:author')).toEqual(expected(input.authorName))
        expect(metas(elements, 'article:tag')).toEqual(input.tags.flatMap(expected))
        expect(metas(elements, 'og:image:alt')).toEqual(expected(input.alt))
        const title = elements.filter((e) => e.tagName === 'title')
        expect(title.map(text)).toEqual(expected(input.title).map((t) => `${t} | Semarak`))
        const feed = elements.find((e) => attr(e, 'rel') === 'alternate')!
        expect(attr(feed, 'title')).toBe(htmlSafe(input.feedTitle))
      }),
      { numRuns: 300 },
    )
  })
})

describe('htmlSafe', () => {
  it('keeps ordinary text of any script, drops what HTML cannot carry, and turns CR into LF', () => {
    expect(htmlSafe('Jakarta — 東京 — عربى \u200F\u202E 😀 tab\tff\f')).toBe('Jakarta — 東京 — عربى \u200F\u202E 😀 tab\tff\f')
    expect(htmlSafe('a\u0000b\u0007c\u007Fd\u0085e\uD800f\uFFFEg\u{10FFFF}h\r\ni\rj')).toBe('abcdefgh\ni\nj')
  })
})
