import { afterAll, describe, expect, it } from 'vitest'
import { loadSite } from '../../src/load/site.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))
const site = (files: Record<string, string | Uint8Array>, config?: unknown) => {
  const root = makeSite(files, config)
  roots.push(root)
  return root
}
const NOW = Date.parse('2023-10-11T12:00:00+07:00')

describe('config', () => {
  it('names the file, line and key of an unknown key, with a hint', async () => {
    const root = site({ 'dateline.config.json': '{\n  "site": { "url": "https://a.example/", "name": "A" },\n  "sitemapp": {}\n}\n' })
    const error = await loadSite(root, { now: NOW }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatelineError)
    expect((error as DatelineError).exitCode).toBe(2)
    expect((error as DatelineError).message).toMatch(/dateline\.config\.json:3:3: "sitemapp": unknown key\. Did you mean "sitemap"\?/)
  })
  it('refuses a relative site.url', async () => {
    const root = site({}, { site: { url: '/news/', name: 'A' } })
    await expect(loadSite(root, { now: NOW })).rejects.toThrow(/"site\.url": must be an absolute http\(s\) URL/)
  })
  it('loads a TypeScript config that imports defineConfig from dateline', async () => {
    const root = site({
      'dateline.config.ts': `import { defineConfig } from 'dateline-kit'\nconst zone: string = 'Asia/Tokyo'\nexport default defineConfig({ site: { url: 'https://a.example', name: 'A', timezone: zone } })\n`,
      'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }),
    })
    const loaded = await loadSite(root, { now: NOW })
    expect(loaded.config.site.url).toBe('https://a.example/')
    expect(loaded.articles[0]!.datePublished.iso).toBe('2023-10-11T09:00:00+09:00')
  })
})

describe('config formats', () => {
  const body = "{ site: { url: 'https://a.example/', name: 'A', timezone: 'Asia/Tokyo' } }"
  it.each([
    ['dateline.config.mjs', `export default ${body}\n`],
    ['dateline.config.js', `export default ${body}\n`],
    ['dateline.config.mts', `import type { DatelineConfig } from 'dateline-kit'\nconst config: DatelineConfig = ${body}\nexport default config\n`],
    ['dateline.config.json', JSON.stringify({ site: { url: 'https://a.example/', name: 'A', timezone: 'Asia/Tokyo' } })],
  ])('loads %s', async (name, text) => {
    const root = site({ [name]: text, 'package.json': '{ "type": "module" }', 'articles/a.md': article({ title: 'A', date: '2023-10-11' }) })
    const loaded = await loadSite(root, { now: NOW })
    expect(loaded.config.configFile).toBe(`${root}/${name}`)
    expect(loaded.articles[0]!.datePublished.iso).toBe('2023-10-11T00:00:00+09:00')
  })
  it('reports a config that throws with the line it threw on, without a stack trace', async () => {
    const root = site({ 'dateline.config.mjs': "const a = 1\nthrow new Error('boom')\n" })
    await expect(loadSite(root, { now: NOW })).rejects.toThrow(/dateline\.config\.mjs:2:7: cannot load config: boom$/)
  })
  it('reports a syntax error in a TS config with its line', async () => {
    const root = site({ 'dateline.config.ts': "export default {\n  site: {\n    url: 'https://a.example/'\n\n  out: 'x',\n}\n" })
    await expect(loadSite(root, { now: NOW })).rejects.toThrow(/dateline\.config\.ts:5:\d+: cannot load config: .*Unexpected token/)
  })
  it('calls a syntax error in dateline.config.json a JSON error, with its line', async () => {
    const root = site({ 'dateline.config.json': '{\n  "site": {\n    "url": "https://a.example/",\n  }\n}\n' })
    await expect(loadSite(root, { now: NOW })).rejects.toThrow(/dateline\.config\.json:4:3: JSON error: Unexpected token "}"/)
  })
})

describe('articles', () => {
  it('maps aliases, resolves registry authors and keeps several authors', async () => {
    const root = site(
      {
        'authors.yaml': 'dimas:\n  name: Dimas Pratama\n  url: /penulis/dimas/\nkantor:\n  name: Kantor Berita Semarak\n  type: Organization\n',
        'articles/lead.md': article({ title: 'Menteri PANRB ke Baku', pubDate: '2023-10-11T09:30:00', author: ['dimas', 'kantor', 'Rina Wulandari'], keywords: ['pelayanan publik'], category: 'Nasional' }),
      },
      { ...BASE_CONFIG, authors: 'authors.yaml' },
    )
    const { articles, diagnostics } = await loadSite(root, { now: NOW })
    expect(diagnostics).toEqual([])
    const lead = articles[0]!
    expect(lead.datePublished.iso).toBe('2023-10-11T09:30:00+07:00')
    expect(lead.authors.map((a) => [a.type, a.name, a.url])).toEqual([
      ['Person', 'Dimas Pratama', 'https://semarak.example/penulis/dimas/'],
      ['Organization', 'Kantor Berita Semarak', undefined],
      ['Person', 'Rina Wulandari', undefined],
    ])
    expect(lead.authors[0]!.id).toBe('https://semarak.example/#/schema/person/dimas')
    expect(lead.tags).toEqual(['pelayanan publik'])
    expect(lead.section).toBe('Nasional')
  })

  it('leaves out drafts and scheduled articles', async () => {
    const root = site({
      'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }),
      'articles/draft.md': article({ title: 'B', draft: true }),
      'articles/later.md': article({ title: 'C', date: '2023-10-12T09:00:00' }),
    })
    const loaded = await loadSite(root, { now: NOW })
    expect(loaded.articles.map((a) => a.slug)).toEqual(['a'])
    expect(loaded.skipped).toEqual({ drafts: 1, scheduled: 1, expired: 0, unlisted: 0, listPages: 0, notMarkdown: {} })
  })

  const findings = async (files: Record<string, string | Uint8Array>) => (await loadSite(site(files), { now: NOW })).diagnostics

  it('reports malformed YAML with file, line and column', async () => {
    const [d] = await findings({ 'articles/bad.md': '---\ntitle: A\ndate: [2023\n---\nx\n' })
    expect(d).toMatchObject({ file: 'articles/bad.md', line: 3, severity: 'error', rule: 'yaml/syntax' })
  })
  it('reports a frontmatter that is not a map', async () => {
    const [d] = await findings({ 'articles/list.md': '---\n- a\n- b\n---\nx\n' })
    expect(d).toMatchObject({ line: 2, rule: 'frontmatter/not-a-map' })
  })
  it('reports an impossible date and updated before date at their lines', async () => {
    const ds = await findings({
      'articles/a.md': '---\ntitle: A\ndate: 2023-02-30\n---\nx\n',
      'articles/b.md': '---\ntitle: B\ndate: 2023-10-11T10:00:00\nupdated: 2023-10-10T10:00:00\n---\nx\n',
    })
    expect(ds.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['articles/a.md', 3, 'frontmatter/invalid-date'],
      ['articles/b.md', 4, 'frontmatter/updated-before-date'],
    ])
  })
  it('reports duplicate URLs (two slugs, one URL) and slugs that try to leave out', async () => {
    const ds = await findings({
      'articles/a.md': article({ title: 'A', date: '2023-10-10', slug: 'same' }),
      'articles/b.md': article({ title: 'B', date: '2023-10-10', slug: 'same' }),
      'articles/c.md': article({ title: 'C', date: '2023-10-10', slug: '../../etc' }),
    })
    expect(ds.map((d) => d.rule).sort()).toEqual(['content/duplicate-url', 'frontmatter/unsafe-slug'])
  })
  it('warns on unknown keys with a did-you-mean hint', async () => {
    const [d] = await findings({ 'articles/a.md': '---\ntitel: A\ntitle: A\ndate: 2023-10-10\n---\nx\n' })
    expect(d).toMatchObject({ severity: 'warning', line: 2, column: 1, rule: 'frontmatter/unknown-key' })
    expect(d!.message).toContain('Did you mean "title"?')
  })
  it('reports invalid UTF-8 with its line', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: A\ndate: 2023-10-10\n---\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])
    const [d] = await findings({ 'articles/a.md': bytes })
    expect(d).toMatchObject({ line: 6, column: 5, rule: 'content/invalid-utf8' })
  })
  it('refuses a YAML alias bomb', async () => {
    const bomb = '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nx\n'
    const [d] = await findings({ 'articles/a.md': bomb })
    expect(d).toMatchObject({ severity: 'error', rule: 'yaml/alias-bomb' })
  })
  it('encodes an image URL with spaces once and keeps hostile text as data', async () => {
    const root = site({ 'articles/a.md': article({ title: 'A ]]> </script> \u000b B', date: '2023-10-10', image: '/foto/menteri di baku.jpg' }) })
    const { articles } = await loadSite(root, { now: NOW })
    expect(articles[0]!.images[0]!.url).toBe('https://semarak.example/foto/menteri%20di%20baku.jpg')
    expect(articles[0]!.title).toBe('A ]]> </script> \u000b B')
  })
  it('falls back to the first paragraph for the description', async () => {
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-10' }, '## Sub\n\nParagraf pertama yang panjang.\n\nKedua.\n') })
    const { articles } = await loadSite(root, { now: NOW })
    expect(articles[0]!.description).toBe('Paragraf pertama yang panjang.')
  })
})

describe('review findings', () => {
  const findings = async (files: Record<string, string | Uint8Array>, config?: unknown) => (await loadSite(site(files, config), { now: NOW })).diagnostics

  it('refuses slugs a URL or file system would read as structure, and overlong ones', async () => {
    for (const slug of ['%2E', 'a%2Fb', 'a?b', 'a#b', 'x'.repeat(201)]) {
      const ds = await findings({ 'articles/a.md': article({ title: 'A', date: '2023-10-10', slug }) })
      expect(ds.map((d) => d.rule), slug).toContain('frontmatter/unsafe-slug')
    }
  })
  it('finds slugs that differ only by case', async () => {
    const ds = await findings({
      'articles/Case.md': article({ title: 'A', date: '2023-10-10' }),
      'articles/b.md': article({ title: 'B', date: '2023-10-10', slug: 'CASE' }),
    })
    expect(ds.map((d) => d.rule)).toEqual(['content/duplicate-url'])
  })
  it('refuses invalid UTF-8 in the authors registry', async () => {
    const ds = await findings(
      { 'authors.yaml': Buffer.concat([Buffer.from('a:\n  name: E'), Buffer.from([0xff]), Buffer.from('\n')]), 'articles/a.md': article({ title: 'A', date: '2023-10-10' }) },
      { ...BASE_CONFIG, authors: 'authors.yaml' },
    )
    expect(ds[0]).toMatchObject({ file: 'authors.yaml', line: 2, column: 10, rule: 'authors/unreadable' })
  })
  it.each([
    [{ permalink: '/../{slug}/' }, /"permalink": must be a plain path/],
    [{ sitemap: { file: 'feed.xml' } }, /"sitemap\.file": "feed\.xml" is already the name of feeds\.rss/],
    [{ feeds: { atom: '_dateline/index.json' } }, /"feeds\.atom": "_dateline\/index\.json" is inside _dateline\//],
    [{ newsSitemap: { windowHours: 72 } }, /"newsSitemap\.windowHours": must be at most 48/],
  ])('refuses config %j', async (extra, message) => {
    await expect(loadSite(site({}, { ...BASE_CONFIG, ...extra }), { now: NOW })).rejects.toThrow(message)
  })
  it('says what is wrong with a config whose default export is null', async () => {
    const root = site({ 'dateline.config.mjs': 'export default null\n' })
    await expect(loadSite(root, { now: NOW })).rejects.toThrow(/the config must export an object/)
  })
})
