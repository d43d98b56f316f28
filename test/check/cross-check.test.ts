import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { emitSite } from '../../src/build.js'
import { crossCheckSite } from '../../src/check/site/cross-check.js'
import { loadSite, type Site } from '../../src/load/site.js'
import type { Article } from '../../src/model/types.js'
import type { Diagnostic } from '../../src/util/diagnostic.js'
import { memorySink } from '../../src/write/output.js'
import { repoRoot } from './helpers.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const ANALISIS = 'articles/analisis-mpp-digital.md'
const BAKU = 'articles/belajar-dari-baku-tanpa-meniru.md'

let demo: Site

/** Every output of `site`, as text (gzip undone), by name relative to the output folder. */
async function build(site: Site): Promise<Map<string, string>> {
  const sink = memorySink()
  await emitSite(site, sink)
  const texts = new Map<string, string>()
  for (const [name, bytes] of sink.files) texts.set(name, (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))
  return texts
}

function check(site: Site, outputs: ReadonlyMap<string, string>): Diagnostic[] {
  return crossCheckSite(site.articles, site.config, outputs, { now: site.now })
}

/** `rule file:line` for each finding. */
function found(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`)
}

/** The 1-based line of the first occurrence of `needle` in `text` (the test fails if it is absent). */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle)
  expect(index, needle).toBeGreaterThanOrEqual(0)
  return text.slice(0, index).split('\n').length
}

/** `outputs` with `file`'s first `from` replaced by `to`. */
function tamper(outputs: ReadonlyMap<string, string>, file: string, from: string, to: string): Map<string, string> {
  const text = outputs.get(file)
  expect(text, file).toBeDefined()
  expect(text!.includes(from), `${file} contains ${from}`).toBe(true)
  return new Map(outputs).set(file, text!.replace(from, to))
}

/** The demo site with one article changed (by source file). */
function withArticle(file: string, change: (article: Article) => Partial<Article>): Site {
  return { ...demo, articles: demo.articles.map((article) => (article.file === file ? { ...article, ...change(article) } : article)) }
}

function article(file: string): Article {
  const found = demo.articles.find((a) => a.file === file)
  expect(found, file).toBeDefined()
  return found!
}

let outputs: Map<string, string>

beforeAll(async () => {
  demo = await loadSite(path.join(repoRoot, 'examples'), { now: NOW })
  outputs = await build(demo)
}, 60_000)

describe('cross-checks on the demo', () => {
  it('find nothing: every output agrees with the others and with the model', () => {
    expect(outputs.size).toBeGreaterThan(20)
    expect(check(demo, outputs)).toEqual([])
  })

  it('a headline changed in one feed', () => {
    const title = '<title type="text">Belajar dari Baku, tetapi Jangan Sekadar Meniru</title>'
    const tampered = tamper(outputs, 'atom.xml', title, '<title type="text">Belajar dari Baku</title>')
    const diagnostics = check(demo, tampered)
    expect(found(diagnostics)).toEqual([`site/headline-mismatch atom.xml:${lineOf(outputs.get('atom.xml')!, title)}`])
    expect(diagnostics[0]!.message).toContain(BAKU)
    expect(diagnostics[0]!.severity).toBe('error')
  })

  it('a date changed in the sitemap', () => {
    const lastmod = '<lastmod>2023-10-09T10:00:00+07:00</lastmod>'
    const tampered = tamper(outputs, 'sitemap.xml', lastmod, '<lastmod>2023-10-10T10:00:00+07:00</lastmod>')
    const diagnostics = check(demo, tampered)
    expect(found(diagnostics)).toEqual([`site/date-mismatch sitemap.xml:${lineOf(outputs.get('sitemap.xml')!, lastmod)}`])
    expect(diagnostics[0]!.message).toContain(ANALISIS)
  })

  it('an author dropped from a page byline', () => {
    const page = '2023/10/analisis-mpp-digital/index.html'
    const rina = ', <a href="/penulis/rina-wulandari/" rel="author">Rina Wulandari</a>'
    const diagnostics = check(demo, tamper(outputs, page, rina, ''))
    expect(found(diagnostics)).toEqual([`site/author-mismatch ${page}:${lineOf(outputs.get(page)!, '<p class="byline">')}`])
    expect(diagnostics[0]!.message).toContain('"Rina Wulandari" is missing')
  })

  it('an author renamed in the JSON-LD points at the author node', () => {
    const file = '_dateline/analisis-mpp-digital.jsonld'
    const diagnostics = check(demo, tamper(outputs, file, '"name": "Rina Wulandari"', '"name": "Rina W."'))
    expect(found(diagnostics)).toEqual([`site/author-mismatch ${file}:${lineOf(outputs.get(file)!, '"name": "Rina Wulandari"')}`])
  })

  it('a URL changed in the JSON-LD', () => {
    const file = '_dateline/analisis-mpp-digital.jsonld'
    const url = '"url": "https://semarak.example/2023/10/analisis-mpp-digital/"'
    const diagnostics = check(demo, tamper(outputs, file, url, '"url": "https://semarak.example/2023/10/analisis/"'))
    expect(found(diagnostics)).toEqual([`site/url-mismatch ${file}:${lineOf(outputs.get(file)!, url)}`])
    expect(diagnostics[0]!.column).toBeGreaterThan(1)
  })

  it('a URL changed in the JSON-LD of a page: the line of the script, the column of the value', () => {
    const page = '2023/10/analisis-mpp-digital/index.html'
    const url = '"url":"https://semarak.example/2023/10/analisis-mpp-digital/"'
    const diagnostics = check(demo, tamper(outputs, page, url, '"url":"https://semarak.example/x/"'))
    const text = outputs.get(page)!
    const line = lineOf(text, url)
    const column = text.indexOf(url) - text.lastIndexOf('\n', text.indexOf(url)) + '"url":'.length
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual([`site/url-mismatch ${line}:${column}`])
  })

  it('a feed item link that is no article URL names the article by its guid', () => {
    const link = '<link>https://semarak.example/2023/10/analisis-mpp-digital/</link>'
    const diagnostics = check(demo, tamper(outputs, 'feed.xml', link, '<link>https://semarak.example/analisis/</link>'))
    expect(found(diagnostics)).toEqual([`site/url-mismatch feed.xml:${lineOf(outputs.get('feed.xml')!, link)}`])
    expect(diagnostics[0]!.message).toContain(ANALISIS)
  })

  it('RSS dates compare as instants: another zone is fine, another instant is not', () => {
    const pubDate = '<pubDate>Mon, 09 Oct 2023 10:00:00 +0700</pubDate>'
    expect(check(demo, tamper(outputs, 'feed.xml', pubDate, '<pubDate>Mon, 09 Oct 2023 03:00:00 GMT</pubDate>'))).toEqual([])
    const diagnostics = check(demo, tamper(outputs, 'feed.xml', pubDate, '<pubDate>Mon, 09 Oct 2023 10:00:00 +0000</pubDate>'))
    expect(found(diagnostics)).toEqual([`site/date-mismatch feed.xml:${lineOf(outputs.get('feed.xml')!, pubDate)}`])
  })

  it('the news sitemap title and date, the page <time> and the head times', () => {
    const news = '<news:publication_date>2023-10-11T10:45:00+07:00</news:publication_date>'
    expect(found(check(demo, tamper(outputs, 'news-sitemap.xml', news, news.replace('10:45', '10:46'))))).toEqual([
      `site/date-mismatch news-sitemap.xml:${lineOf(outputs.get('news-sitemap.xml')!, news)}`,
    ])
    const page = '2023/10/belajar-dari-baku-tanpa-meniru/index.html'
    const time = '<time datetime="2023-10-11T11:40:00+07:00">'
    expect(found(check(demo, tamper(outputs, page, time, '<time datetime="2023-10-11T11:41:00+07:00">')))).toEqual([
      `site/date-mismatch ${page}:${lineOf(outputs.get(page)!, time)}`,
    ])
    const head = '_dateline/belajar-dari-baku-tanpa-meniru.head.html'
    const published = '<meta property="article:published_time" content="2023-10-11T10:45:00+07:00">'
    expect(found(check(demo, tamper(outputs, head, published, published.replace('+07:00', '+00:00'))))).toEqual([
      `site/date-mismatch ${head}:${lineOf(outputs.get(head)!, published)}`,
    ])
  })

  it('a datePublished one minute off in a _dateline/*.jsonld file', () => {
    const file = '_dateline/belajar-dari-baku-tanpa-meniru.jsonld'
    const published = '"datePublished": "2023-10-11T10:45:00+07:00"'
    const diagnostics = check(demo, tamper(outputs, file, published, published.replace('10:45', '10:46')))
    expect(found(diagnostics)).toEqual([`site/date-mismatch ${file}:${lineOf(outputs.get(file)!, published)}`])
    expect(diagnostics[0]!.severity).toBe('error')
  })

  it('the <h1>, <title> and canonical link of a page', () => {
    const page = '2023/10/analisis-mpp-digital/index.html'
    const text = outputs.get(page)!
    const h1 = '<h1>MPP Digital: Tiga Pekerjaan Rumah Sebelum Loket Pindah ke Layar Ponsel</h1>'
    expect(found(check(demo, tamper(outputs, page, h1, '<h1>MPP Digital</h1>')))).toEqual([`site/headline-mismatch ${page}:${lineOf(text, h1)}`])
    const title = '<title>MPP Digital: Tiga'
    expect(found(check(demo, tamper(outputs, page, title, '<title>MPP: Tiga')))).toEqual([`site/headline-mismatch ${page}:${lineOf(text, title)}`])
    const canonical = '<link rel="canonical" href="https://semarak.example/2023/10/analisis-mpp-digital/">'
    expect(found(check(demo, tamper(outputs, page, canonical, '<link rel="canonical" href="https://semarak.example/">')))).toEqual([
      `site/url-mismatch ${page}:${lineOf(text, canonical)}`,
    ])
  })

  it('HTML character references are decoded before comparing', () => {
    const page = '2023/10/explainer-one-stop-public-services/index.html'
    const tampered = tamper(outputs, page, 'Indonesia&#39;s public service malls and the one-stop idea</h1>', 'Indonesia&apos;s public service&#32;malls and the one-stop idea</h1>')
    expect(check(demo, tampered)).toEqual([])
  })

  it('an article missing from the sitemap and from a feed', () => {
    const sitemap = outputs.get('sitemap.xml')!
    const start = sitemap.indexOf('  <url>\n    <loc>https://semarak.example/2023/10/analisis-mpp-digital/</loc>')
    const end = sitemap.indexOf('</url>\n', start) + '</url>\n'.length
    const withoutSitemapEntry = new Map(outputs).set('sitemap.xml', sitemap.slice(0, start) + sitemap.slice(end))
    const diagnostics = check(demo, withoutSitemapEntry)
    expect(found(diagnostics)).toEqual(['site/missing-entry sitemap.xml:2'])
    expect(diagnostics[0]!.message).toContain(ANALISIS)

    const json = JSON.parse(outputs.get('feed.json')!) as { items: { url: string }[] }
    json.items = json.items.filter((item) => !item.url.includes('analisis-mpp-digital'))
    const feed = JSON.stringify(json, null, 2)
    expect(found(check(demo, new Map(outputs).set('feed.json', feed)))).toEqual([`site/missing-entry feed.json:${lineOf(feed, '"items"')}`])
  })

  it('a page that is not where its URL says reports on the article source', () => {
    const moved = new Map(outputs)
    const page = '2023/10/analisis-mpp-digital/index.html'
    moved.set('2023/10/analisis/index.html', moved.get(page)!)
    moved.delete(page)
    const diagnostics = check(demo, moved)
    expect(diagnostics.map((d) => `${d.rule} ${d.file}`)).toEqual([`site/missing-entry ${ANALISIS}`])
    expect(diagnostics[0]!.line).toBeGreaterThan(1)
  })

  it('a sitemap that lists a noindex article', () => {
    const noindex = withArticle(ANALISIS, () => ({ noindex: true }))
    const diagnostics = check(noindex, outputs).filter((d) => d.rule === 'site/unexpected-entry')
    expect(found(diagnostics)).toEqual([`site/unexpected-entry sitemap.xml:${lineOf(outputs.get('sitemap.xml')!, '<loc>https://semarak.example/2023/10/analisis-mpp-digital/</loc>')}`])
  })
})

describe('no false alarms on legitimate differences', () => {
  it('feeds truncated to `limit`', async () => {
    const config = { ...demo.config, feeds: demo.config.feeds && { ...demo.config.feeds, limit: 2 } }
    const site = { ...demo, config }
    const built = await build(site)
    expect(JSON.parse(built.get('feed.json')!).items).toHaveLength(2)
    expect(check(site, built)).toEqual([])
  })

  it('noindex and canonical-elsewhere articles (left out of the sitemaps; page and JSON-LD point at the canonical)', async () => {
    const site = {
      ...withArticle(ANALISIS, () => ({ noindex: true })),
    }
    const both = { ...site, articles: site.articles.map((a) => (a.file === BAKU ? { ...a, canonical: 'https://original.example/opini/baku' } : a)) }
    const built = await build(both)
    expect(built.get('sitemap.xml')).not.toContain('analisis-mpp-digital')
    expect(built.get('sitemap.xml')).not.toContain('belajar-dari-baku')
    expect(built.get('_dateline/belajar-dari-baku-tanpa-meniru.head.html')).toContain('href="https://original.example/opini/baku"')
    expect(check(both, built)).toEqual([])
  })

  it('XML-illegal characters dropped from feed text, markup characters escaped', async () => {
    const site = withArticle(BAKU, (a) => ({ title: `Baku \u000B<tetapi> & "jangan" \u0001meniru`, authors: a.authors.map((author) => ({ ...author, name: `Hendra\u0008 Siregar & Co` })) }))
    const built = await build(site)
    // RSS plain text with hexadecimal references (RSS Best Practices Profile), no CDATA.
    expect(built.get('feed.xml')).toContain('<title>Baku &#x3C;tetapi&#x3E; &#x26; "jangan" meniru</title>')
    expect(check(site, built)).toEqual([])
  })

  it('a single author with an e-mail address, written as RSS <author>', async () => {
    const site = withArticle(BAKU, (a) => ({ authors: a.authors.map((author) => ({ ...author, email: 'hendra@semarak.example' })) }))
    const built = await build(site)
    expect(built.get('feed.xml')).toContain('<author>hendra@semarak.example (Hendra Siregar)</author>')
    expect(check(site, built)).toEqual([])
  })

  it('an article without authors (Atom entries inherit the publisher)', async () => {
    const site = withArticle(BAKU, () => ({ authors: [] }))
    const built = await build(site)
    expect(check(site, built)).toEqual([])
  })

  it('a correction later than the modification date: feeds carry the correction date, JSON-LD and sitemap dateModified', async () => {
    const source = article(ANALISIS)
    const later = { iso: '2023-10-10T08:00:00+07:00', epochMs: Date.parse('2023-10-10T08:00:00+07:00'), offsetMinutes: 420 }
    const site = withArticle(ANALISIS, () => ({ corrections: [...source.corrections, { date: later, text: 'Angka diperbaiki.' }] }))
    const built = await build(site)
    expect(built.get('atom.xml')).toContain('<updated>2023-10-10T08:00:00+07:00</updated>')
    expect(check(site, built)).toEqual([])
  })
})
