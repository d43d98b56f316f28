/** The preview's pure parts: escaping, snippet, cards, image mapping, feed items, sanitizing. */
import fc from 'fast-check'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import { cropShare, imageChecks, NETWORKS } from '../../src/preview/cards.js'
import { extractPageMeta } from '../../src/preview/extract.js'
import { locateEntries } from '../../src/preview/feed-items.js'
import { direction, html } from '../../src/preview/html.js'
import { localFileFor } from '../../src/preview/images.js'
import { pageName } from '../../src/preview/collect.js'
import { renderArticlePage, renderIndexPage } from '../../src/preview/pages.js'
import { sanitizeFeedHtml } from '../../src/preview/sanitize.js'
import { breadcrumb, snippetDate } from '../../src/preview/snippet.js'
import type { PreviewArticle, PreviewReport } from '../../src/preview/types.js'
import { ALL_RULES } from '../../src/check/site/registry.js'
import { escapeHtmlText } from '../../src/util/html-escape.js'

type Node = DefaultTreeAdapterMap['node']
function* walk(node: Node): Generator<DefaultTreeAdapterMap['element']> {
  if ('tagName' in node) yield node
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* walk(child)
}

function article(title: string, extra: Partial<PreviewArticle> = {}): PreviewArticle {
  return {
    page: 'a.html',
    url: 'https://semarak.example/2023/10/a/',
    file: 'articles/a.md',
    files: ['articles/a.md'],
    lang: 'id',
    meta: { title, description: title, og: { 'og:title': title, 'og:description': title, 'og:site_name': title, 'article:published_time': '2023-10-11T09:30:00+07:00' }, twitter: {}, authors: [], jsonLd: [{ '@type': 'NewsArticle', headline: title, author: { '@id': title } }] },
    feedItem: { feed: 'dist/feed.xml', title, authors: [title], html: sanitizeFeedHtml(title, () => undefined) },
    findings: [{ file: 'articles/a.md', line: 1, column: 1, severity: 'error', rule: 'frontmatter/unknown-key', message: title, place: 'source' }],
    ...extra,
  }
}
const report = (a: PreviewArticle): PreviewReport => ({ siteName: a.meta.title ?? '', source: 'x', articles: [a], siteFindings: [], rules: ALL_RULES })

describe('escaping', () => {
  it('keeps hostile text as text on every page: one script (ours), no injected element or attribute', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('</script><script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '<!--', ']]>', '\u2028</title>')), (title) => {
        for (const page of [renderArticlePage(article(title), report(article(title))), renderIndexPage(report(article(title)))]) {
          const elements = [...walk(parse(page) as unknown as Node)]
          expect(elements.filter((e) => e.tagName === 'script')).toHaveLength(1)
          expect(elements.filter((e) => e.tagName === 'img')).toHaveLength(0)
          expect(elements.some((e) => e.attrs.some((a) => a.name.startsWith('on')))).toBe(false)
        }
      }),
      { numRuns: 150 },
    )
  })
  it('escapes interpolations and keeps nested templates', () => {
    expect(html`<p title="${'"x"'}">${'<b>'}${html`<i>${'&'}</i>`}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;b&gt;<i>&amp;</i></p>')
  })
  it('gives right-to-left scripts dir=rtl', () => {
    expect(direction('ar')).toBe('rtl')
    expect(direction('fa-IR')).toBe('rtl')
    expect(direction('he')).toBe('rtl')
    expect(direction('ja')).toBe('ltr')
    expect(direction('az-Arab')).toBe('rtl')
    expect(direction('not a tag!')).toBe('ltr')
  })
})

describe('snippet', () => {
  it('shows the URL as Google\'s breadcrumb, segments decoded', () => {
    expect(breadcrumb('https://semarak.example/2023/10/%E8%A1%8C%E6%94%BF/?q=1')).toBe('https://semarak.example › 2023 › 10 › 行政')
    expect(breadcrumb('https://semarak.example/')).toBe('https://semarak.example')
  })
  it('shows the day as published, in the page\'s language', () => {
    expect(snippetDate('2023-10-11T00:30:00+07:00', 'id')).toBe('11 Okt 2023')
    expect(snippetDate('2023-10-11T00:30:00+07:00', 'ja')).toBe('2023年10月11日')
    expect(snippetDate('2023-10-11T00:30:00+07:00', 'en')).toBe('Oct 11, 2023')
    expect(snippetDate(undefined, 'en')).toBeUndefined()
  })
})

describe('cards', () => {
  it('measures the crop of each network\'s box', () => {
    expect(cropShare(1200, 630, 1.91)).toBe(0)
    expect(cropShare(1200, 600, 2)).toBe(0)
    expect(Math.round(cropShare(1200, 1200, 2) * 100)).toBe(50)
    expect(Math.round(cropShare(1200, 675, 2) * 100)).toBe(11)
  })
  it('checks size, ratio and Discover\'s 1200 px', () => {
    const facebook = NETWORKS.find((n) => n.id === 'facebook')!
    expect(imageChecks({ url: 'u', width: 1200, height: 630 }, facebook).map((c) => c.level)).toEqual(['ok', 'ok'])
    expect(imageChecks({ url: 'u', width: 100, height: 100 }, facebook)[0]!.level).toBe('error')
    expect(imageChecks({ url: 'u', width: 800, height: 420 }, 'discover', 'max-image-preview:large')).toEqual([{ level: 'warning', text: '800 px wide: Discover wants images at least 1200 px wide' }])
    expect(imageChecks({ url: 'u', width: 1600, height: 900 }, 'discover', 'index, max-image-preview:large')).toEqual([{ level: 'ok', text: '1600 px wide: large enough for Discover (≥ 1200 px)' }])
    expect(imageChecks(undefined, facebook)[0]!.level).toBe('error')
    expect(imageChecks({ url: 'u', problem: 'no such file' }, facebook)).toEqual([{ level: 'error', text: 'no such file' }])
  })
})

describe('images', () => {
  const roots = [{ urlPrefix: 'https://semarak.example/', folder: '/site/public' }]
  it('maps the site URL prefix to the local folder, decoded', () => {
    expect(localFileFor('https://semarak.example/assets/a%20b.jpg', roots)).toEqual({ file: '/site/public/assets/a b.jpg' })
    expect(localFileFor('https://semarak.example/x/../../etc/passwd', roots)).toEqual({ file: '/site/public/etc/passwd' })
  })
  it('never reaches outside the folder or another host', () => {
    expect(localFileFor('https://semarak.example/%2e%2e/%2e%2e/etc/passwd', roots)).toEqual({ file: '/site/public/etc/passwd' })
    expect(localFileFor('https://semarak.example/a%2F..%2F..%2F..%2Fetc/passwd', roots)).toHaveProperty('problem', expect.stringContaining('outside'))
    expect(localFileFor('https://cdn.example/a.jpg', roots)).toHaveProperty('problem', expect.stringContaining('never fetches'))
    expect(localFileFor('javascript:alert(1)', roots)).toHaveProperty('problem')
    expect(localFileFor('/relative.jpg', roots)).toHaveProperty('problem')
  })
})

describe('feed items', () => {
  it('reads RSS, Atom and JSON Feed items with the lines they span', () => {
    const rss = '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n<item>\n<title>A</title>\n<link>https://s.example/a/</link>\n<dc:creator>Laila</dc:creator>\n<pubDate>Wed, 11 Oct 2023 02:30:00 GMT</pubDate>\n<description>&lt;p&gt;x&lt;/p&gt;</description>\n<enclosure url="https://s.example/a.jpg" type="image/jpeg" length="10"/>\n</item>\n<item><title>B</title><link>https://s.example/b/</link></item>\n</channel></rss>\n'
    const [a, b] = locateEntries(rss, 'rss')
    expect(a).toMatchObject({ url: 'https://s.example/a/', line: 2, endLine: 9, item: { title: 'A', authors: ['Laila'], rawHtml: '<p>x</p>', enclosure: { url: 'https://s.example/a.jpg', type: 'image/jpeg', length: 10 } } })
    expect(b).toMatchObject({ url: 'https://s.example/b/', line: 10 })
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>A</title><link href="https://s.example/a/"/><published>2023-10-11T09:30:00+07:00</published><author><name>Laila</name></author><content type="html">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>'
    expect(locateEntries(atom, 'atom')[0]).toMatchObject({ url: 'https://s.example/a/', item: { title: 'A', date: '2023-10-11T09:30:00+07:00', authors: ['Laila'], rawHtml: '<b>x</b>' } })
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'S', items: [{ id: '1', url: 'https://s.example/a/', title: 'A', content_text: '<x>', authors: [{ name: 'Laila' }] }] }, null, 2)
    expect(locateEntries(json, 'json-feed')[0]).toMatchObject({ url: 'https://s.example/a/', line: 5, item: { rawHtml: '&lt;x&gt;', authors: ['Laila'] } })
    expect(locateEntries('not xml', 'rss')).toEqual([])
  })
  it('sanitizes the HTML and loads nothing: images embedded when local, else their alt text', () => {
    const out = sanitizeFeedHtml('<p onclick="x()">a<script>alert(1)</script><img src="https://s.example/a.jpg" srcset="https://s.example/b.jpg 2x"><img src="https://cdn.example/c.jpg" alt="C"><iframe src="https://e.example/"></iframe></p>', (url) => (url === 'https://s.example/a.jpg' ? 'data:image/jpeg;base64,AA==' : undefined))
    expect(out).toBe('<p>a<img src="data:image/jpeg;base64,AA=="><span class="missing-image" title="https://cdn.example/c.jpg">[image: C]</span></p>')
  })
})

describe('pages', () => {
  it('reads the head as crawlers do', () => {
    const meta = extractPageMeta('<html lang="ar"><head><title>T</title><meta name="description" content="D"><meta property="og:image" content="https://s.example/i.jpg"><meta property="article:author" content="A"><meta property="article:author" content="B"><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="application/ld+json">{bad</script></head></html>')
    expect(meta).toMatchObject({ lang: 'ar', title: 'T', description: 'D', og: { 'og:image': 'https://s.example/i.jpg' }, authors: ['A', 'B'] })
    expect(meta.jsonLd[0]).toEqual({ '@type': 'NewsArticle' })
    expect(meta.jsonLd[1]).toMatch(/^not JSON/)
  })
  it('names report pages after the URL, in any script, uniquely', () => {
    const used = new Set<string>()
    expect(pageName('https://s.example/2023/10/%E8%A1%8C%E6%94%BF/', used)).toBe('行政.html')
    expect(pageName('https://s.example/a/b/', used)).toBe('b.html')
    expect(pageName('https://s.example/x/B/', used)).toBe('B-2.html')
    expect(pageName('https://s.example/index.html', used)).toBe('index-2.html')
    expect(pageName('https://s.example/../..%2F/', used)).toMatch(/^[^/]+\.html$/)
  })
  it('puts each finding in its section with its rule\'s docs, and RTL text gets dir=rtl', () => {
    const page = renderArticlePage(article('عنوان', { lang: 'ar' }), report(article('عنوان', { lang: 'ar' })))
    expect(page).toContain('<h1 lang="ar" dir="rtl">عنوان</h1>')
    expect(page).toMatch(/<section id="source"[^>]*><h2>Source<\/h2><ul class="findings"><li class="finding finding-error" data-rule="frontmatter\/unknown-key"/)
    expect(page).toContain(escapeHtmlText(ALL_RULES.find((r) => r.id === 'frontmatter/unknown-key')?.description ?? 'frontmatter/unknown-key'))
  })
})
