/**
 * Any text in any field gives well-formed XML and valid JSON, and the text
 * reads back as the input minus what XML cannot hold (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF), with line ends as XML parsers report them
 * (`\r\n` and `\r` become `\n`). Names and categories are also trimmed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderAtom } from '../../src/emit/feeds/atom.js'
import { feedChannel } from '../../src/emit/feeds/channel.js'
import { feedFiles } from '../../src/emit/feeds/files.js'
import type { JsonFeed } from '../../src/emit/feeds/json.js'
import { renderJsonFeed } from '../../src/emit/feeds/json.js'
import { renderRss } from '../../src/emit/feeds/rss.js'
import { articleHtml } from '../../src/emit/html.js'
import type { Article } from '../../src/model/types.js'
import { makeArticle, person, siteConfig } from './fixture.js'
import { NS, child, childrenNamed, htmlTextDecode, parseXml } from './xml-tree.js'

const SPECIAL = [
  ']]>',
  ']]>]]>',
  '</script>',
  '<script>alert(1)</script>',
  '<!--',
  '\u000B',
  '\u0000',
  '\u0001',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\u200F',
  '\u202E',
  '\u2028',
  '\u0085',
  '\r\n',
  '\r',
  '\n',
  '\t',
  ' ',
  '&',
  '&amp;',
  '<',
  '>',
  '"',
  "'",
  '😀',
  '𝕏',
  'é',
  'ب',
]

const unit = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
)
const text = fc.string({ unit, maxLength: 24 })

/** With the `u` flag a surrogate class matches only unpaired halves. */
function hasLoneSurrogate(value: string): boolean {
  return /[\uD800-\uDFFF]/u.test(value)
}

/** What a feed text reads back as. */
function clean(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n')
}

function categories(values: (string | undefined)[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    if (value === undefined) continue
    const c = clean(value).trim()
    if (c === '' || seen.has(c.toLowerCase())) continue
    seen.add(c.toLowerCase())
    out.push(c)
  }
  return out
}

const input = fc.record({
  siteName: text,
  siteDescription: text,
  title: text,
  description: text,
  section: text,
  tags: fc.array(text, { maxLength: 3 }),
  authors: fc.array(text, { minLength: 1, maxLength: 3 }),
  email: fc.option(text, { nil: undefined }),
  caption: text,
  credit: text,
  body: text,
})

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never

function articleFrom(value: Input): Article {
  return makeArticle({
    slug: 'acak',
    // A headline is required; the prefix keeps it from cleaning down to nothing.
    title: `T${value.title}`,
    description: value.description,
    section: value.section,
    tags: value.tags,
    authors: value.authors.map((name, i) => person(`p${i}`, name, i === 0 && value.email !== undefined ? { email: value.email } : {})),
    images: [{ url: 'https://semarak.example/foto.jpg', caption: value.caption, credit: value.credit }],
    body: value.body,
  })
}

function configFrom(value: Input) {
  const config = siteConfig({ sections: true })
  return { ...config, site: { ...config.site, name: `S${value.siteName}`, description: value.siteDescription } }
}

const options = { content: 'full' } as const

describe('feeds hold any text', () => {
  it('RSS: well-formed, texts read back', () => {
    fc.assert(
      fc.property(input, (value) => {
        const article = articleFrom(value)
        const config = configFrom(value)
        const doc = parseXml(renderRss([article], feedChannel(config, 'feed.xml'), options))
        const channel = child(doc.root, 'channel')
        expect(child(channel, 'title').text).toBe(clean(`S${value.siteName}`))
        const item = child(channel, 'item')
        expect(child(item, 'title').text).toBe(clean(`T${value.title}`))
        expect(htmlTextDecode(child(item, 'description').text)).toBe(clean(value.description) || clean(`T${value.title}`))
        const names = value.authors.map((name) => clean(name).trim()).filter((name) => name !== '')
        const authorElement = childrenNamed(item, 'author')
        if (authorElement.length) {
          expect(names.length).toBe(1)
          expect(authorElement[0]!.text).toBe(`${clean(value.email!).trim()} (${names[0]})`)
        } else {
          expect(childrenNamed(item, 'creator', NS.dc).map((c) => c.text)).toEqual(names)
        }
        expect(childrenNamed(item, 'category').map((c) => c.text)).toEqual(categories([value.section, ...value.tags]))
        const html = articleHtml(article, { content: 'full' })
        expect(childrenNamed(item, 'encoded', NS.content).map((c) => c.text)).toEqual(html ? [html] : [])
        const media = child(item, 'content', NS.media)
        expect(childrenNamed(media, 'credit', NS.media).map((c) => c.text)).toEqual(clean(value.credit).trim() ? [clean(value.credit).trim()] : [])
        expect(childrenNamed(media, 'description', NS.media).map((c) => c.text)).toEqual(clean(value.caption).trim() ? [clean(value.caption).trim()] : [])
      }),
    )
  })

  it('Atom: well-formed, texts read back', () => {
    fc.assert(
      fc.property(input, (value) => {
        const article = articleFrom(value)
        const doc = parseXml(renderAtom([article], feedChannel(configFrom(value), 'atom.xml'), options))
        expect(child(doc.root, 'title').text).toBe(clean(`S${value.siteName}`))
        const entry = child(doc.root, 'entry')
        expect(child(entry, 'title').text).toBe(clean(`T${value.title}`))
        expect(childrenNamed(entry, 'summary').map((s) => s.text)).toEqual(clean(value.description).trim() ? [clean(value.description)] : [])
        const names = value.authors.map((name) => clean(name).trim()).filter((name) => name !== '')
        expect(childrenNamed(entry, 'author').map((a) => child(a, 'name').text)).toEqual(names)
        expect(childrenNamed(entry, 'category').map((c) => c.attributes.term)).toEqual(categories([value.section, ...value.tags]))
        const html = articleHtml(article, { content: 'full' })
        expect(childrenNamed(entry, 'content').map((c) => c.text)).toEqual(html ? [html] : [])
      }),
    )
  })

  it('JSON Feed: valid JSON, texts read back, no lone surrogates', () => {
    fc.assert(
      fc.property(input, (value) => {
        const article = articleFrom(value)
        const json = renderJsonFeed([article], feedChannel(configFrom(value), 'feed.json'), options)
        const feed = JSON.parse(json) as JsonFeed
        expect(hasLoneSurrogate(json)).toBe(false)
        expect(feed.title).toBe(clean(`S${value.siteName}`))
        const item = feed.items[0]!
        expect(item.title).toBe(clean(`T${value.title}`))
        expect(item.summary).toBe(clean(value.description).trim() ? clean(value.description) : undefined)
        const names = value.authors.map((name) => clean(name).trim()).filter((name) => name !== '')
        expect((item.authors ?? []).map((a) => a.name)).toEqual(names)
        expect(item.tags ?? []).toEqual(categories([value.section, ...value.tags]))
        const html = articleHtml(article, { content: 'full' })
        expect(item.content_html).toBe(html || undefined)
      }),
    )
  })

  it('every file feedFiles writes (site and section feeds) parses', () => {
    fc.assert(
      fc.property(input, (value) => {
        for (const file of feedFiles(configFrom(value), [articleFrom(value)])) {
          if (file.format === 'json') JSON.parse(file.content)
          else parseXml(file.content)
          expect(hasLoneSurrogate(file.content)).toBe(false)
        }
      }),
      { numRuns: 50 },
    )
  })

  it('the HTML never carries script, event handlers or javascript: URLs', () => {
    const hostile = fc.constantFrom(
      '<script>x()</script>',
      '<img src=x onerror="x()">',
      '<a href="javascript:x()">a</a>',
      '<a href="  JAVASCRIPT:x()">a</a>',
      '<a href="java&#x09;script:x()">a</a>',
      '[a](javascript:x())',
      '<svg onload="x()"><script>x()</script></svg>',
      '<iframe src="javascript:x()"></iframe>',
      '<style>*{}</style>',
      '<div style="position:fixed">a</div>',
      '<form action="https://x.example/"><input name="a"></form>',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, text), { maxLength: 6 }), (parts) => {
        const html = articleHtml(makeArticle({ slug: 'h', body: parts.join('\n\n') }), options)
        expect(html).not.toMatch(/<script|<style|<iframe|<svg|<form|\son[a-z]+=|javascript:|style=/i)
      }),
    )
  })
})
