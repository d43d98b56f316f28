/**
 * Issue #8, items 1, 2, 4 and 6 as a user meets them: every hostile or empty
 * value is refused with its exit code and `file:line:col`, before anything is
 * written; the same through the library's `build()`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { articleUrl, resolveHttpUrl, safeUrl, UnsafeUrlError } from '../../src/model/urls.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { article, BASE_CONFIG } from '../helpers/site.js'
import { dateline, listing, NOW, siteFactory } from './cli.js'

const site = siteFactory()
const NOW_MS = Date.parse('2023-10-11T12:00:00+07:00')

/** Build with the CLI; the site must be refused with `code` and nothing written. */
function refused(root: string, code: number) {
  const result = dateline(['build', root, ...NOW])
  expect(result.code, result.stderr).toBe(code)
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected failure/)
  expect(existsSync(path.join(root, 'dist'))).toBe(false)
  expect(listing(root).filter((name) => /dateline-(staging|previous)/.test(name))).toEqual([])
  return result.stderr
}

async function libraryDiagnostics(root: string) {
  const error = await build(root, { now: NOW_MS }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatelineError)
  return error as DatelineError
}

describe('item 1: article URLs are the site URL plus the encoded path', () => {
  it('concatenates, never resolves: a path segment cannot become a scheme', () => {
    expect(articleUrl('https://semarak.example/', '/javascript:alert(1)/')).toBe('https://semarak.example/javascript:alert(1)/')
    expect(articleUrl('https://semarak.example/news/', '/2023/a/')).toBe('https://semarak.example/news/2023/a/')
  })

  it('refuses ":" in a slug (the stored XSS of the issue) with exit 1 and file:line:col', async () => {
    const slug = 'javascript:\u2028alert(document.domain)<!--'
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00', slug, noindex: true }) }, { ...BASE_CONFIG, pages: true })
    expect(refused(root, 1)).toMatch(/articles\/a\.md:4:1: error: slug: [\s\S]* is not a safe slug: no .*":".*\[frontmatter\/unsafe-slug\]/)
    const error = await libraryDiagnostics(root)
    expect(error.exitCode).toBe(1)
    expect(error.diagnostics).toContainEqual(expect.objectContaining({ file: 'articles/a.md', line: 4, column: 1, rule: 'frontmatter/unsafe-slug' }))
  })

  it('refuses "x:y" too (Windows cannot name a folder so)', () => {
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00', slug: 'x:y' }) })
    expect(refused(root, 1)).toMatch(/articles\/a\.md:4:1: error: slug: "x:y" is not a safe slug/)
  })

  it('refuses ":" in a permalink (config, exit 2)', () => {
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }) }, { ...BASE_CONFIG, permalink: '/javascript:{slug}/' })
    expect(refused(root, 2)).toMatch(/dateline\.config\.json:\d+:\d+: error: "permalink": must be a plain path/)
  })
})

describe('item 2: URL-valued fields accept only http(s), relative ones resolved against site.url', () => {
  it('resolveHttpUrl: schemes in any case, behind whitespace, are seen as a browser sees them', () => {
    const base = 'https://semarak.example/news/'
    for (const value of ['JaVaScRiPt:alert(1)', '\tjavascript:alert(1)', ' java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://a.example/']) {
      expect(resolveHttpUrl(value, base)).toMatchObject({ ok: false, reason: expect.stringContaining('only http(s)') })
    }
    expect(resolveHttpUrl('/img/a b.jpg', base)).toEqual({ ok: true, url: 'https://semarak.example/img/a%20b.jpg' })
    expect(resolveHttpUrl('img.jpg', base)).toEqual({ ok: true, url: 'https://semarak.example/news/img.jpg' })
    expect(resolveHttpUrl('//cdn.example/x.png', base)).toEqual({ ok: true, url: 'https://cdn.example/x.png' })
  })

  it('safeUrl, the emitters\' second line of defence, lets only plain absolute http(s) through', () => {
    expect(safeUrl('https://a.example/x?y#z')).toBe('https://a.example/x?y#z')
    for (const value of ['javascript:alert(1)', 'JAVASCRIPT:x', ' https://a.example/', 'https://a.example/\n', '/relative', '//a.example/', 'data:,x', 'HTTPS://a.example/', 'https:///x']) {
      expect(() => safeUrl(value), value).toThrow(UnsafeUrlError)
    }
  })

  it('config: logo, publisher sameAs, policies, feeds.hub and feeds.stylesheet → exit 2 naming file, line and key', () => {
    const config =
      '{\n' +
      '  "site": { "url": "https://semarak.example/", "name": "S",\n' +
      '    "logo": "JaVaScRiPt:alert(1)",\n' +
      '    "publisher": { "sameAs": ["https://ok.example/", "\\tjavascript:alert(1)"], "masthead": "data:text/html,x", "ethicsPolicy": "/etika/" } },\n' +
      '  "feeds": { "hub": "vbscript:x", "stylesheet": "file:///etc/feed.xsl" }\n' +
      '}\n'
    const stderr = refused(site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }), 'dateline.config.json': config }), 2)
    expect(stderr).toMatch(/dateline\.config\.json:3:5: error: "site\.logo": "JaVaScRiPt:alert\(1\)" is a javascript: URL; only http\(s\) URLs are accepted/)
    expect(stderr).toMatch(/dateline\.config\.json:4:\d+: error: "site\.publisher\.sameAs\.1": .* is a javascript: URL/)
    expect(stderr).toMatch(/dateline\.config\.json:4:\d+: error: "site\.publisher\.masthead": "data:text\/html,x" is a data: URL/)
    expect(stderr).toMatch(/dateline\.config\.json:5:\d+: error: "feeds\.hub": "vbscript:x" is a vbscript: URL/)
    expect(stderr).toMatch(/dateline\.config\.json:5:\d+: error: "feeds\.stylesheet": "file:\/\/\/etc\/feed\.xsl" is a file: URL/)
    expect(stderr).not.toContain('ethicsPolicy')
    expect(stderr).toMatch(/dateline: invalid config; nothing was built\n$/)
  })

  it('authors registry: url, image, sameAs → exit 1 naming the registry file and line', () => {
    const registry = 'rina:\n  name: Rina\n  url: "javascript:%0aalert(document.domain)//"\n  image: "data:image/png;base64,AAAA"\n  sameAs:\n    - https://x.example/rina\n    - " vbscript:msgbox(1)"\n'
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00', author: 'rina' }), 'authors.yaml': registry }, { ...BASE_CONFIG, authors: 'authors.yaml' })
    const stderr = refused(root, 1)
    expect(stderr).toMatch(/authors\.yaml:3:3: error: rina\.url: .* is a javascript: URL/)
    expect(stderr).toMatch(/authors\.yaml:4:3: error: rina\.image: .* is a data: URL/)
    expect(stderr).toMatch(/authors\.yaml:7:7: error: rina\.sameAs\.1: .* is a vbscript: URL/)
  })

  it('frontmatter: author objects, image, canonical → exit 1 with file:line:col', () => {
    const front = [
      'title: A',
      'date: 2023-10-11T09:00:00',
      'authors:',
      '  - name: X',
      '    url: "javascript:%0aalert(document.domain)//"',
      '    sameAs: ["DATA:text/html,x"]',
      'image:',
      '  - url: "\\tjavascript:alert(1)"',
      '  - "data:image/png;base64,AAA"',
      'canonical: "vbscript:x"',
    ].join('\n')
    const stderr = refused(site({ 'articles/a.md': article(front) }), 1)
    expect(stderr).toMatch(/articles\/a\.md:6:5: error: authors\.0\.url: .* is a javascript: URL/)
    expect(stderr).toMatch(/articles\/a\.md:7:14: error: authors\.0\.sameAs\.0: .* is a data: URL/)
    expect(stderr).toMatch(/articles\/a\.md:9:5: error: image\.0\.url: .* is a javascript: URL/)
    expect(stderr).toMatch(/articles\/a\.md:10:5: error: image\.1: .* is a data: URL/)
    expect(stderr).toMatch(/articles\/a\.md:11:1: error: canonical: "vbscript:x" is a vbscript: URL/)
  })

  it('relative URLs still resolve against site.url', async () => {
    const root = site(
      { 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00', image: 'img/a.jpg', canonical: '/asli/a/' }) },
      { site: { ...BASE_CONFIG.site, url: 'https://semarak.example/berita/', logo: 'logo.png', publisher: { masthead: '/redaksi/' } }, feeds: { hub: '//hub.example/' } },
    )
    const result = await build(root, { now: NOW_MS })
    const head = readFileSync(path.join(root, 'dist/_dateline/a.head.html'), 'utf8')
    expect(head).toContain('<link rel="canonical" href="https://semarak.example/asli/a/">')
    expect(head).toContain('content="https://semarak.example/berita/img/a.jpg"')
    expect(result.site.config.site.logo?.url).toBe('https://semarak.example/berita/logo.png')
    expect(result.site.config.site.publisher.masthead).toBe('https://semarak.example/redaksi/')
    expect(result.site.config.feeds && result.site.config.feeds.hub).toBe('https://hub.example/')
  })
})

describe('item 4: an empty required field is an error, like a missing one', () => {
  it.each([
    ['title:', 'title:\ndate: 2023-10-11T09:00:00', /articles\/a\.md:2:1: error: title: is empty: write the headline/],
    ['title: ~', 'title: ~\ndate: 2023-10-11T09:00:00', /articles\/a\.md:2:1: error: title: is empty/],
    ['title: ""', 'title: ""\ndate: 2023-10-11T09:00:00', /articles\/a\.md:2:1: error: title: must be a non-empty string/],
    ['date:', 'title: A\ndate:', /articles\/a\.md:3:1: error: date: is empty: write the publication date/],
    ['published: ~ (an alias)', 'title: A\npublished: ~', /articles\/a\.md:3:1: error: published: is empty/],
  ])('%s → exit 1 with file:line:col', (_name, front, message) => {
    const stderr = refused(site({ 'articles/a.md': article(front), 'articles/b.md': article({ title: 'B', date: '2023-10-11T09:00:00' }) }), 1)
    expect(stderr).toMatch(message)
    expect(stderr).toMatch(/dateline: build failed: 1 content errors?; nothing was written\n$/)
  })

  it('a draft may leave its date empty', async () => {
    const root = site({ 'articles/a.md': article('title: A\ndate:\ndraft: true'), 'articles/b.md': article({ title: 'B', date: '2023-10-11T09:00:00' }) })
    const result = await build(root, { now: NOW_MS })
    expect(result.site.skipped.drafts).toBe(1)
  })
})

describe('item 6: content errors are content errors, found while loading', () => {
  it.each([
    ['image javascript:', { image: 'javascript:alert(1)' }, /articles\/a\.md:4:1: error: image: "javascript:alert\(1\)" is a javascript: URL.*\[frontmatter\/invalid-image\]/],
    ['image data:', { image: { url: 'data:image/png;base64,AAA' } }, /articles\/a\.md:4:11: error: image\.url: .* is a data: URL/],
    ['slug x:y', { slug: 'x:y' }, /articles\/a\.md:4:1: error: slug: "x:y" is not a safe slug/],
    ['slug feed.xml', { slug: 'feed.xml' }, /articles\/a\.md:4:1: error: the slug "feed\.xml" makes the URL path \/feed\.xml\/, but "feed\.xml" is a file the build writes; choose another slug \[content\/output-collision\]/],
    ['slug index.html', { slug: 'index.html' }, /articles\/a\.md:4:1: error: the slug "index\.html" makes the URL path \/index\.html\/, but "index\.html" is a file the build writes/],
    ['slug sitemap-2.xml', { slug: 'sitemap-2.xml' }, /articles\/a\.md:4:1: error: the slug "sitemap-2\.xml" .* is a file the build writes/],
    ['slug _dateline', { slug: '_dateline' }, /articles\/a\.md:4:1: error: the slug "_dateline" .* the folder of the per-article files/],
  ])('%s → exit 1 naming file:line:col, nothing written', async (_name, extra, message) => {
    const front = { title: 'A', date: '2023-10-11T09:00:00', ...extra }
    const root = site({ 'articles/a.md': article(JSON.stringify(front).slice(1, -1).replace(/,"/g, '\n"').replace(/":/g, '": ')) }, { ...BASE_CONFIG, pages: true })
    expect(refused(root, 1)).toMatch(message)
    const error = await libraryDiagnostics(root)
    expect(error.exitCode).toBe(1)
    expect(error.diagnostics.length).toBeGreaterThan(0)
  })

  it('a section whose feed folder a slug runs into', () => {
    const config = { ...BASE_CONFIG, permalink: '/{section}/{slug}/', feeds: { sections: true } }
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00', section: 'Ekonomi', slug: 'feed.xml' }) }, config)
    expect(refused(root, 1)).toMatch(/articles\/a\.md:5:1: error: the slug "feed\.xml" makes the URL path \/ekonomi\/feed\.xml\/, but "ekonomi\/feed\.xml" is a file the build writes/)
  })
})
