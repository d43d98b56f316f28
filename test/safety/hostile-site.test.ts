/**
 * Issue #8: a hostile site with `pages: true`, built through the library;
 * every output is walked with parse5 (HTML, and the HTML inside feeds) and
 * saxes (XML). No `href`, `src`, `<loc>`, `<link>`, `url` or `@id` may be
 * anything but http(s) once resolved against the file's own URL (a body's
 * `mailto:` link is the one documented exception).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { SaxesParser } from 'saxes'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

type Node = DefaultTreeAdapterMap['node']
const SITE = 'https://semarak.example/berita/'
const HTML_URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction', 'xlink:href', 'background', 'longdesc', 'data'])
const URL_META = /^(og:url|og:image|twitter:image|article:author)$/
const JSON_URL_KEYS = new Set(['url', '@id', 'contentUrl', 'sameAs', 'image', 'logo', 'home_page_url', 'feed_url', 'external_url', 'icon', 'avatar', 'id', 'publishingPrinciples', 'masthead', 'ethicsPolicy'])

const body = [
  'Paragraf dengan [tautan](javascript:alert(1)) dan [surat](mailto:redaksi@semarak.example).',
  '',
  '<a href="JaVaScRiPt:alert(2)">a</a> <a href="\tjavascript:alert(3)">b</a> <a href="//evil.example/x">c</a> <a href="../naik/">d</a>',
  '',
  '<img src="data:image/png;base64,AAAA" alt="x"> <img src="foto menteri.jpg" srcset="a.jpg 1x, data:image/png;base64,AA 2x">',
  '',
  '<iframe src="javascript:alert(4)"></iframe><form action="javascript:alert(5)"><button formaction="vbscript:x">b</button></form>',
  '',
  '<svg><a xlink:href="javascript:alert(6)"><text>s</text></a></svg><video poster="javascript:x" src="file:///etc/passwd"></video>',
  '',
  '<blockquote cite="data:text/html,x">kutipan</blockquote>',
].join('\n')

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

/** Every URL-ish value in the outputs, with the file it is in. */
function collectUrls(out: string): { file: string; value: string; base: string; mailtoOk: boolean }[] {
  const found: { file: string; value: string; base: string; mailtoOk: boolean }[] = []
  const walkHtml = (node: Node, file: string, base: string, inBody: boolean) => {
    if ('attrs' in node) {
      const attrs = Object.fromEntries(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]))
      for (const [name, value] of Object.entries(attrs)) {
        if (HTML_URL_ATTRIBUTES.has(name)) found.push({ file, value, base, mailtoOk: inBody && node.nodeName === 'a' && name === 'href' })
        if (name === 'srcset') for (const candidate of value.split(',')) found.push({ file, value: candidate.trim().split(/\s+/)[0]!, base, mailtoOk: false })
      }
      if (node.nodeName === 'meta' && URL_META.test(attrs.property ?? attrs.name ?? '') && /^[a-z][a-z0-9+.-]*:/i.test(attrs.content ?? '')) found.push({ file, value: attrs.content!, base, mailtoOk: false })
      if (node.nodeName === 'script' && attrs.type === 'application/ld+json') {
        const text = (node as DefaultTreeAdapterMap['element']).childNodes.map((child) => ('value' in child ? child.value : '')).join('')
        walkJson(JSON.parse(text), file, base)
      }
    }
    const children = 'content' in node && node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in node ? node.childNodes : []
    for (const child of children) walkHtml(child, file, base, inBody)
  }
  const walkJson = (value: unknown, file: string, base: string, key = '') => {
    if (typeof value === 'string') {
      if (JSON_URL_KEYS.has(key)) found.push({ file, value, base, mailtoOk: false })
      if (key === 'content_html') walkHtml(parseFragment(value), file, base, true)
    } else if (Array.isArray(value)) value.forEach((item) => walkJson(item, file, base, key))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkJson(v, file, base, k)
  }
  const walkXml = (xml: string, file: string, base: string) => {
    const parser = new SaxesParser({ xmlns: false })
    const stack: string[] = []
    let text = ''
    parser.on('error', (error) => {
      throw error
    })
    parser.on('processinginstruction', (pi) => {
      const href = /href="([^"]*)"/.exec(pi.body)?.[1]
      if (href) found.push({ file, value: href, base, mailtoOk: false })
    })
    parser.on('opentag', (tag) => {
      stack.push(tag.name)
      text = ''
      for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) {
        if (name === 'href' || name === 'url' || name === 'src') found.push({ file, value, base, mailtoOk: false })
      }
    })
    parser.on('text', (t) => (text += t))
    parser.on('cdata', (t) => (text += t))
    parser.on('closetag', (tag) => {
      stack.pop()
      const name = tag.name
      if (['loc', 'image:loc', 'link', 'uri', 'icon', 'logo', 'url', 'id', 'guid', 'comments'].includes(name) && text.trim()) found.push({ file, value: text.trim(), base, mailtoOk: false })
      if (name === 'content:encoded' || (name === 'content' && stack.at(-1) === 'entry') || name === 'description' || name === 'summary') {
        walkHtml(parseFragment(text), file, base, true)
      }
      text = ''
    })
    parser.write(xml).close()
  }
  for (const entry of readdirSync(out, { recursive: true }) as string[]) {
    const absolute = path.join(out, entry)
    if (!statSync(absolute).isFile()) continue
    const file = entry.split(path.sep).join('/')
    const base = new URL(file.replace(/index\.html$/, ''), SITE).href
    const text = readFileSync(absolute, 'utf8')
    if (file.endsWith('.html')) walkHtml(parse(text), file, base, true)
    else if (file.endsWith('.xml')) walkXml(text, file, base)
    else if (file.endsWith('.json') || file.endsWith('.jsonld')) walkJson(JSON.parse(text), file, base)
  }
  return found
}

describe('a hostile site with pages: true', () => {
  it('has only http(s) URLs in every output, resolved against each file', async () => {
    const root = makeSite(
      {
        'articles/a.md': article(
          {
            title: 'Judul <script>alert(1)</script> & "kutip"',
            date: '2023-10-11T09:00:00',
            slug: 'berita-ü <script>',
            section: 'Ekonomi & Bisnis',
            image: [{ url: 'img/foto menteri.jpg', alt: '"><script>' }, '//cdn.example/b.png'],
            authors: [{ name: 'Rina', url: '/penulis/rina/', sameAs: ['https://x.example/rina'], image: 'rina.jpg' }],
          },
          body,
        ),
        'articles/b.md': article({ title: 'B', date: '2023-10-10T09:00:00', canonical: '/asli/b/', noindex: true }, 'Isi.\n'),
      },
      {
        ...BASE_CONFIG,
        site: { ...BASE_CONFIG.site, url: SITE, logo: 'logo.png', publisher: { sameAs: ['https://x.example/semarak'], masthead: '/redaksi/' } },
        feeds: { sections: true, hub: '//hub.example/', stylesheet: 'feed.xsl' },
        robots: true,
        pages: true,
      },
    )
    roots.push(root)
    await build(root, { now: Date.parse('2023-10-11T12:00:00+07:00') })
    const urls = collectUrls(path.join(root, 'dist'))
    // The walk reached every kind of output.
    for (const kind of ['index.html', 'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', '.jsonld', '.head.html', 'index.json']) {
      expect(urls.some((u) => u.file.endsWith(kind)), kind).toBe(true)
    }
    expect(urls.length).toBeGreaterThan(100)
    const bad = urls.filter(({ value, base, mailtoOk }) => {
      let protocol: string
      try {
        protocol = new URL(value, base).protocol
      } catch {
        return true
      }
      return !(protocol === 'http:' || protocol === 'https:' || (mailtoOk && protocol === 'mailto:'))
    })
    expect(bad).toEqual([])
    expect(urls.some((u) => u.value.startsWith('mailto:'))).toBe(true)
  })
})
