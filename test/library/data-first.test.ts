/**
 * The data-first API: an inline config validated like a file, and articles
 * from frontmatter a framework already parsed (js-yaml, as Astro, Eleventy and
 * gray-matter do), with dates read as written when the source is known.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/api/check.js'
import { renderHead } from '../../src/emit/head.js'
import { renderPageHead, sitePageJsonLd } from '../../src/emit/site-pages.js'
import { normalizeArticle } from '../../src/load/article.js'
import { loadAuthorRegistry } from '../../src/load/authors.js'
import { loadConfig } from '../../src/load/config.js'
import { splitFrontmatter } from '../../src/load/frontmatter.js'
import { articleFromData } from '../../src/load/from-data.js'
import { resolveConfig } from '../../src/load/inline-config.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { makeSite, removeSite, repoRoot } from '../helpers/site.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const examples = path.join(repoRoot, 'examples')
const articleFiles = readdirSync(path.join(examples, 'articles')).filter((name) => name.endsWith('.md')).sort()
const jsYaml = (text: string) => yaml.load(splitFrontmatter(text).frontmatter!) as Record<string, unknown>

const sites: string[] = []
afterAll(() => sites.forEach(removeSite))

describe('resolveConfig (inline)', () => {
  it('fills the same defaults as a config file', async () => {
    const raw = { site: { url: 'https://a.example', name: 'A' } }
    const root = makeSite({}, raw)
    sites.push(root)
    const fromFile = await loadConfig(root)
    const inline = resolveConfig(raw, { root })
    expect({ ...inline, configFile: undefined }).toEqual({ ...fromFile, configFile: undefined })
  })

  it('rejects what a file would reject, with the same messages', async () => {
    const raw = { site: { url: 'ftp://a.example', name: 'A' }, feeds: { rsss: 'x.xml' } }
    const root = makeSite({}, raw)
    sites.push(root)
    const fileError = await loadConfig(root).catch((error: unknown) => error as DatelineError)
    let inlineError: DatelineError | undefined
    try {
      resolveConfig(raw as never, { root })
    } catch (error) {
      inlineError = error as DatelineError
    }
    expect(inlineError).toBeInstanceOf(DatelineError)
    expect(inlineError!.exitCode).toBe(2)
    const strip = (message: string) => message.split('\n').map((line) => line.replace(/^[^:]*(:\d+:\d+)?: /, ''))
    expect(strip(inlineError!.message)).toEqual(strip((fileError as DatelineError).message))
    expect(inlineError!.message).toMatch(/^config: "site.url"/m)
    expect(inlineError!.message).toMatch(/^config: "feeds.rsss": unknown key. Did you mean "rss"/m)
  })
})

describe('articleFromData', async () => {
  const config = await loadConfig(examples)
  const { registry } = loadAuthorRegistry(config)
  const context = { config, registry, now: NOW }

  it.each(articleFiles)('gives the build\'s article for %s when the source is known', (name) => {
    const file = `articles/${name}`
    const text = readFileSync(path.join(examples, file), 'utf8')
    const built = normalizeArticle(file, text, { config, registry, nowMs: NOW })
    const fromData = articleFromData({ data: jsYaml(text), file, source: text, body: splitFrontmatter(text).body }, context)
    expect(fromData).toEqual(built)
  })

  it('takes a js-yaml Date as UTC with a warning when there is no source', () => {
    const text = '---\ntitle: Rapat\ndate: 2023-10-09T10:00:00\nupdated: 2023-10-10\n---\nIsi berita.\n'
    const data = jsYaml(text)
    expect(data.date).toBeInstanceOf(Date)
    const result = articleFromData({ data, file: 'articles/rapat.md', body: 'Isi berita.' }, context)
    expect(result.article!.datePublished.iso).toBe('2023-10-09T17:00:00+07:00')
    // A bare date is midnight UTC in js-yaml: read as that day in the site's zone, as dateline reads `2023-10-10`.
    expect(result.article!.dateModified!.iso).toBe('2023-10-10T00:00:00+07:00')
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'frontmatter/date-as-utc', file: 'articles/rapat.md' })])
    expect(result.diagnostics[0]!.message).toContain('2023-10-09T10:00:00Z')
    // With the source, the same data gives the time as written, in the site's zone, without a warning.
    const exact = articleFromData({ data, file: 'articles/rapat.md', source: text }, context)
    expect(exact.article!.datePublished.iso).toBe('2023-10-09T10:00:00+07:00')
    expect(exact.diagnostics).toEqual([])
    expect(exact.article!.description).toBe('Isi berita.')
  })

  it('reads corrections dates from the source too', () => {
    const text = '---\ntitle: A\ndate: 2023-10-09T10:00:00+07:00\ncorrections:\n  - date: 2023-10-09T12:00:00\n    text: Nama diperbaiki.\n---\nx\n'
    const result = articleFromData({ data: jsYaml(text), file: 'a.md', source: text }, context)
    expect(result.article!.corrections[0]!.date.iso).toBe('2023-10-09T12:00:00+07:00')
  })

  it('uses the URL the framework routes the page to, and leaves its own keys alone', () => {
    const data = { title: 'A', date: '2023-10-09T10:00:00', layout: 'post.njk', permalink: '/berita/a/' }
    const result = articleFromData({ data, file: 'posts/a.md', body: 'x', url: '/berita/a/', ownKeys: ['layout', 'permalink'] }, context)
    expect(result.article!.url).toBe('https://semarak.example/berita/a/')
    expect(result.article!.path).toBe('/berita/a/')
    expect(result.diagnostics).toEqual([])
  })

  it('reports findings with the source lines', () => {
    const text = '---\ntitle: A\ndate: 2023-02-30\n---\nx\n'
    const result = articleFromData({ data: { title: 'A', date: '2023-02-30' }, file: 'a.md', source: text }, context)
    expect(result.status).toBe('invalid')
    expect(result.diagnostics[0]).toMatchObject({ line: 3, column: 1, rule: 'frontmatter/invalid-date' })
  })

  it('builds the registry of an inline authors map, and asks for one when authors is a file', () => {
    const inline = resolveConfig({ site: { url: 'https://a.example/', name: 'A' }, authors: { rina: { name: 'Rina', url: '/rina/' } } })
    const result = articleFromData({ data: { title: 'A', date: '2023-10-09', authors: ['rina'] }, file: 'a.md' }, { config: inline, now: NOW })
    expect(result.article!.authors[0]).toMatchObject({ name: 'Rina', url: 'https://a.example/rina/' })
    expect(() => articleFromData({ data: { title: 'A' }, file: 'a.md' }, { config })).toThrow(/loadAuthorRegistry/)
  })
})

describe('head options and pages that are not articles', async () => {
  const config = await loadConfig(examples)
  const { registry } = loadAuthorRegistry(config)
  const text = readFileSync(path.join(examples, 'articles', articleFiles[0]!), 'utf8')
  const article = normalizeArticle('a.md', text, { config, registry, nowMs: NOW }).article!

  it('leaves out the parts a layout writes itself', () => {
    const full = renderHead(article, config)
    expect(full).toMatch(/^<title>/)
    const head = renderHead(article, config, { title: false, twitter: false })
    expect(head).not.toContain('<title>')
    expect(head).not.toContain('twitter:')
    expect(head).toContain('og:title')
    expect(renderHead(article, config, { openGraph: false })).not.toMatch(/og:|article:/)
    expect(renderHead(article, config, { jsonLd: false })).not.toContain('<script')
  })

  const author = registry.byId.get('rina-wulandari')!
  const pages = {
    home: { kind: 'home' as const },
    section: { kind: 'section' as const, name: 'Analisis', url: '/analisis/', articles: [article] },
    author: { kind: 'author' as const, author },
  }

  it('describes the home page as the WebSite and its publisher', () => {
    const graph = sitePageJsonLd(pages.home, config)['@graph'] as { '@type': string; '@id': string }[]
    expect(graph.map((node) => node['@type'])).toEqual(['WebPage', 'WebSite', 'NewsMediaOrganization', 'ImageObject'])
    expect(graph[1]!['@id']).toBe('https://semarak.example/#website')
  })

  it('describes a section as a CollectionPage listing its articles', () => {
    const [page] = sitePageJsonLd(pages.section, config)['@graph'] as unknown as Record<string, unknown>[]
    expect(page).toMatchObject({ '@type': 'CollectionPage', '@id': 'https://semarak.example/analisis/', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, url: article.url }] } })
  })

  it('describes an author page as a ProfilePage whose mainEntity is the Person', () => {
    const graph = sitePageJsonLd(pages.author, config)['@graph'] as unknown as Record<string, unknown>[]
    expect(graph[0]).toMatchObject({ '@type': 'ProfilePage', url: 'https://semarak.example/penulis/rina-wulandari/', mainEntity: { '@id': author.id } })
    expect(graph[1]).toMatchObject({ '@type': 'Person', '@id': author.id, name: 'Rina Wulandari' })
  })

  it.each(Object.entries(pages))('the %s page head passes dateline check', (name, page) => {
    const head = renderPageHead(page, config)
    const html = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">\n${head}</head><body><h1>${name}</h1></body></html>`
    expect(checkDocument(html, `${name}.html`).filter((d) => d.severity === 'error')).toEqual([])
    expect(renderPageHead(page, config, { title: false })).not.toContain('<title>')
  })
})
