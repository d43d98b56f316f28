/**
 * Other generators' conventions in load/: file extensions, list pages, TOML
 * and JSON frontmatter with positions, file-name dates, per-page URLs, key
 * aliases, unknown keys, content outside the root, compound author names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSite } from '../../src/load/site.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))
const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const load = async (files: Record<string, string>, config: unknown = BASE_CONFIG) => {
  const root = makeSite(files, config)
  roots.push(root)
  return loadSite(root, { now: NOW })
}

describe('files', () => {
  it('reads every markdown extension, counts what it skips, and leaves _index.md out', async () => {
    const site = await load({
      'articles/a.md': article({ title: 'A', date: '2023-10-01' }),
      'articles/b.markdown': article({ title: 'B', date: '2023-10-02' }),
      'articles/c.mdown': article({ title: 'C', date: '2023-10-03' }),
      'articles/d.mkd': article({ title: 'D', date: '2023-10-04' }),
      'articles/e.mkdn': article({ title: 'E', date: '2023-10-05' }),
      'articles/_index.md': '+++\ntitle = "News"\n+++\n',
      'articles/photo.png': 'x',
      'articles/page.html': 'x',
    })
    expect(site.articles.map((a) => a.slug).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(site.diagnostics).toEqual([])
    expect(site.skipped).toMatchObject({ listPages: 1, notMarkdown: { '.html': 1, '.png': 1 } })
  })
  it('gives articles of a folder with an _index.md its title as their section, unless they name one', async () => {
    const site = await load({
      'articles/_index.md': '---\ntitle: Home\n---\n',
      'articles/politik/_index.md': '---\ntitle: Politik\n---\n',
      'articles/politik/a.md': article({ title: 'A', date: '2023-10-01' }),
      'articles/politik/b.md': article({ title: 'B', date: '2023-10-02', section: 'Ekonomi' }),
      'articles/c.md': article({ title: 'C', date: '2023-10-03' }),
    })
    expect(Object.fromEntries(site.articles.map((a) => [a.slug, a.section]))).toEqual({ a: 'Politik', b: 'Ekonomi', c: undefined })
  })
  it('reads content outside the root, and warns when there is no article', async () => {
    const posts = mkdtempSync(path.join(tmpdir(), 'dateline-posts-'))
    roots.push(posts)
    writeFileSync(path.join(posts, 'a.md'), article({ title: 'A', date: '2023-10-01' }))
    expect((await load({}, { ...BASE_CONFIG, content: posts })).articles).toHaveLength(1)
    const empty = await load({ 'articles/readme.txt': 'x' })
    expect(empty.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'content/no-articles']])
  })
})

describe('frontmatter formats', () => {
  it('reads TOML with dates, tables and arrays of tables, and keeps positions', async () => {
    const toml = '+++\ntitle = "Hello"\ndate = 2023-10-01T09:00:00\ntags = ["a", "b"]\n[cover]\nimage = "/img/a.jpg"\nalt = "An A"\n[[authors]]\nname = "Ana"\n+++\nBody.\n'
    const site = await load({ 'articles/hello.md': toml })
    const [a] = site.articles
    expect(a).toMatchObject({ title: 'Hello', tags: ['a', 'b'], bodyLine: 11, images: [{ url: 'https://semarak.example/img/a.jpg', alt: 'An A' }] })
    expect(a!.datePublished.iso).toBe('2023-10-01T09:00:00+07:00')
    expect(a!.authors.map((x) => x.name)).toEqual(['Ana'])
    const bad = await load({ 'articles/bad.md': '+++\ntitle = "A"\ndate = "2023-02-30"\n+++\n' })
    expect(bad.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([[3, 1, 'frontmatter/invalid-date']])
    const syntax = await load({ 'articles/bad.md': '+++\ntitle = "A"\ndate = \n+++\n' })
    expect(syntax.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([['articles/bad.md', 3, 'toml/syntax']])
  })
  it('reads JSON frontmatter and reports errors at their line', async () => {
    const site = await load({ 'articles/j.md': '{\n  "title": "J",\n  "date": "2023-10-01"\n}\n\nBody.\n' })
    expect(site.articles[0]).toMatchObject({ title: 'J', body: '\nBody.\n', bodyLine: 5 })
    const bad = await load({ 'articles/j.md': '{\n  "title": "J",\n  "date": 5\n}\n' })
    expect(bad.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([[3, 3, 'frontmatter/invalid-date']])
    const syntax = await load({ 'articles/j.md': '{\n  "title": "J",\n}\n' })
    expect(syntax.diagnostics.map((d) => [d.line, d.rule])).toEqual([[3, 'json/syntax']])
  })
})

describe('what real sites do', () => {
  it('allows blank lines before the fence (Zola, Hugo) and keeps the lines right', async () => {
    const site = await load({ 'articles/a.md': '\n\n+++\ntitle = "A"\ndate = "2023-02-30"\n+++\n' })
    expect(site.diagnostics.map((d) => [d.line, d.rule])).toEqual([[5, 'frontmatter/invalid-date']])
  })
  it('treats an empty optional string (Astro and Hugo archetypes) as not given; an empty title stays an error', async () => {
    const site = await load({ 'articles/a.md': article({ title: 'A', date: '2023-10-01', description: '', section: ' ' }, 'First paragraph.\n') })
    expect(site.diagnostics).toEqual([])
    expect(site.articles[0]).toMatchObject({ description: 'First paragraph.' })
    const empty = await load({ 'articles/a.md': article({ title: '', date: '2023-10-01' }) })
    expect(empty.diagnostics.map((d) => d.rule)).toContain('frontmatter/invalid')
  })
  it('leaves out what Hugo never renders: build.render never, headless, and below a cascade', async () => {
    const site = await load({
      'articles/a.md': article({ title: 'A', date: '2023-10-01' }),
      'articles/b.md': '---\ntitle: B\ndate: 2023-10-01\nbuild:\n  render: never\n---\n',
      'articles/c/index.md': '---\ntitle: C\ndate: 2023-10-01\nheadless: true\n---\n',
      'articles/_common/_index.md': '---\ncascade:\n  build:\n    render: never\n    list: never\n---\n',
      'articles/_common/snippet.md': '---\n_comment: Do not remove front matter.\n---\nText\n',
    })
    expect(site.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(site.articles.map((a) => a.slug)).toEqual(['a'])
    expect(site.skipped).toMatchObject({ unlisted: 3, listPages: 1 })
  })
})

describe('Jekyll and Zola file names', () => {
  it('takes the date from YYYY-M-D-slug names (or, failing that, from the page\'s own path) and never keeps it in the slug', async () => {
    const site = await load({
      'articles/2016-4-1-legal-transparency-report.markdown': article({ title: 'A' }),
      'articles/2017-04-01_other.md': article({ title: 'B' }),
      'articles/2018-01-02-dated/index.md': article({ title: 'C' }),
      'articles/2019-01-01-written.md': article({ title: 'D', date: '2019-05-05' }),
      'articles/Timeline.md': '+++\npath = "2014/12/12/1.0-Timeline"\ntitle = "E"\n+++\n',
      'articles/prerelease.md': '+++\npath = "inside-rust/2020/07/27/1.45.1-prerelease"\ntitle = "F"\n+++\n',
    }, { ...BASE_CONFIG, permalink: '/{yyyy}/{mm}/{dd}/{slug}/' })
    expect(site.diagnostics).toEqual([])
    expect(site.articles.map((a) => a.path).sort()).toEqual([
      '/2014/12/12/1.0-Timeline/',
      '/2016/04/01/legal-transparency-report/',
      '/2017/04/01/other/',
      '/2018/01/02/dated/',
      '/2019/05/05/written/',
      '/inside-rust/2020/07/27/1.45.1-prerelease/',
    ])
  })
  it('lets slugs repeat when the URLs differ, and names _dateline files after the URL then', async () => {
    const site = await load({
      'articles/2016-4-1-report.md': article({ title: 'A', slug: 'report' }),
      'articles/2017-4-1-report.md': article({ title: 'B', slug: 'report' }),
      'articles/other.md': article({ title: 'C', date: '2017-01-01' }),
    }, { ...BASE_CONFIG, permalink: '/{yyyy}/{slug}/' })
    expect(site.diagnostics).toEqual([])
    expect(site.articles.map((a) => a.dataName ?? a.slug).sort()).toEqual(['2016/report', '2017/report', 'other'])
  })
})

describe('keys of other generators', () => {
  it('maps Astro, Jekyll, Hugo and PaperMod keys to the model', async () => {
    const site = await load({
      'articles/astro.md': article({ title: 'A', pubDate: '2023-10-01', updatedDate: '2023-10-02', heroImage: '/a.jpg' }),
      'articles/jekyll.md': article({ title: 'J', date: '2023-10-01', last_modified_at: '2023-10-03', categories: ['News', 'Tech'], tags: ['x'], layout: 'post' }),
      'articles/hugo.md': '---\ntitle: H\ndate: 2023-01-01\npublishdate: 2023-10-01\nkeywords: "k1, k2"\ncover:\n  image: /h.jpg\n  alt: H\nurl: /custom/place/\n---\n',
      'articles/gone.md': article({ title: 'G', date: '2023-01-01', expiryDate: '2023-06-01' }),
      'articles/eleventy.md': article({ title: 'E', date: '2023-10-01', permalink: '/posts/eleventy-page/' }),
      'articles/hidden.md': article({ title: 'X', date: '2023-10-01', permalink: false }),
      'articles/jekyll-link.md': article({ title: 'L', date: '2023-10-01', permalink: '/blog/:year/:title/' }),
    })
    expect(site.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    const by = Object.fromEntries(site.articles.map((a) => [a.slug, a]))
    expect(by.astro).toMatchObject({ images: [{ url: 'https://semarak.example/a.jpg' }] })
    expect(by.astro!.dateModified?.iso).toBe('2023-10-02T00:00:00+07:00')
    expect(by.jekyll).toMatchObject({ section: 'News', tags: ['x', 'Tech'] })
    expect(by.jekyll!.dateModified?.iso).toBe('2023-10-03T00:00:00+07:00')
    expect(by.hugo).toMatchObject({ tags: ['k1', 'k2'], path: '/custom/place/', images: [{ alt: 'H' }] })
    expect(by.hugo!.datePublished.iso).toBe('2023-10-01T00:00:00+07:00')
    expect(by.eleventy!.path).toBe('/posts/eleventy-page/')
    expect(by['jekyll-link']!.path).toBe('/blog/2023/jekyll-link/')
    expect(site.skipped).toMatchObject({ expired: 1, unlisted: 1 })
    expect(by.gone).toBeUndefined()
  })
  it('warns only on likely typos; other unknown keys are one info per key; config aliases and ignore', async () => {
    const site = await load({
      'articles/a.md': article({ title: 'A', date: '2023-10-01', layout: 'post', titel: 'x', story_date: '2023-10-09', weight: 1, constructor: 'x' }),
      'articles/b.md': article({ title: 'B', date: '2023-10-01', layout: 'post' }),
    }, { ...BASE_CONFIG, frontmatter: { aliases: { story_date: 'updated' }, ignore: ['weight'] } })
    expect(site.diagnostics.map((d) => [d.severity, d.message.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['info', 'frontmatter key "layout" is'],
      ['warning', 'unknown frontmatter key "titel"'],
      ['info', 'frontmatter key "constructor" is'],
    ])
    expect(site.diagnostics[0]!.message).toContain('in 2 articles')
    expect(site.articles.find((a) => a.slug === 'a')!.dateModified?.iso).toBe('2023-10-09T00:00:00+07:00')
  })
  it('warns about author strings that hold a title or two people, without splitting them', async () => {
    const site = await load({
      'articles/a.md': article({ title: 'A', date: '2023-10-01', author: 'Josh Aas, ISRG Executive Director' }),
      'articles/b.md': article({ title: 'B', date: '2023-10-01', authors: ['Josh Aas and Aaron Gable', 'Sammy Davis, Jr.'] }),
    })
    expect(site.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['articles/a.md', 4, 'frontmatter/compound-author'],
      ['articles/b.md', 4, 'frontmatter/compound-author'],
    ])
    expect(site.diagnostics[0]!.message).toContain('authors: ["Josh Aas", "ISRG Executive Director"]')
    expect(site.articles.flatMap((a) => a.authors.map((x) => x.name)).sort()).toEqual(['Josh Aas and Aaron Gable', 'Josh Aas, ISRG Executive Director', 'Sammy Davis, Jr.'])
  })
})

describe('with the build cache', () => {
  it('decides expired by each build\'s "now", and re-reads an article when the list page above it changes', async () => {
    const { BuildCache } = await import('../../src/cache/store.js')
    const root = makeSite({
      'articles/news/_index.md': '---\ntitle: Harbour\n---\n',
      'articles/news/a.md': article({ title: 'A', date: '2023-10-01', expiryDate: '2023-10-05' }),
      'articles/news/b.md': article({ title: 'B', date: '2023-10-01' }),
    })
    roots.push(root)
    const cache = new BuildCache({ memory: true })
    const before = await loadSite(root, { now: Date.parse('2023-10-03T00:00:00Z'), cache })
    expect(before.articles.map((a) => [a.slug, a.section])).toEqual([['a', 'Harbour'], ['b', 'Harbour']])
    const after = await loadSite(root, { now: NOW, cache })
    expect(after.articles.map((a) => a.slug)).toEqual(['b'])
    expect(after.skipped.expired).toBe(1)
    writeFileSync(path.join(root, 'articles/news/_index.md'), '---\ntitle: Port\n---\n')
    expect((await loadSite(root, { now: NOW, cache })).articles.map((a) => a.section)).toEqual(['Port'])
  })
})
