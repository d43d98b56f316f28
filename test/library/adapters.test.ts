/**
 * What the framework adapters share: the feeds and news sitemap they serve
 * are the bytes `dateline build` writes; `dateline-kit/next` and what it
 * imports stay free of node:fs and jiti (a Next bundle imports it); the Next
 * helpers carry the same values as the head fragment.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteFiles } from '../../src/adapters/site-files.js'
import { siteFromSources } from '../../src/adapters/sources.js'
import { build } from '../../src/build.js'
import { renderHead } from '../../src/emit/head.js'
import { serializeJsonLdForScript } from '../../src/emit/script-json.js'
import { articleJsonLd } from '../../src/emit/jsonld.js'
import { loadSite } from '../../src/load/site.js'
import { articleSitemap, JsonLd, siteFileResponse, toNextMetadata } from '../../src/next/index.js'
import { repoRoot } from '../helpers/site.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const examples = path.join(repoRoot, 'examples')
const out = mkdtempSync(path.join(tmpdir(), 'dateline-adapters-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('siteFiles', () => {
  it('renders the feeds and the news sitemap byte for byte as dateline build writes them', async () => {
    await build(examples, { out, now: NOW })
    const site = await loadSite(examples, { now: NOW })
    const files = siteFiles(site.config, site.articles, { now: NOW })
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'feed.json', 'news-sitemap.xml', 'opini/feed.xml']))
    for (const file of files) expect(file.content, file.path).toBe(readFileSync(path.join(out, file.path), 'utf8'))
    const sitemap = siteFiles(site.config, site.articles, { now: NOW, feeds: false, newsSitemap: false, sitemap: true })
    expect(sitemap).toEqual([expect.objectContaining({ path: 'sitemap.xml', content: readFileSync(path.join(out, 'sitemap.xml'), 'utf8') })])
  })
})

describe('siteFromSources', () => {
  it('gives the articles and findings loadSite gives, from texts the caller read', async () => {
    const loaded = await loadSite(examples, { now: NOW })
    const sources = readdirSync(path.join(examples, 'articles')).filter((name) => name.endsWith('.md')).map((name) => `articles/${name}`)
    const fromText = siteFromSources(
      loaded.config,
      sources.map((file) => ({ file, text: readFileSync(path.join(examples, file), 'utf8') })),
      { now: NOW, authors: readFileSync(path.join(examples, 'authors.yaml'), 'utf8') },
    )
    expect(fromText.articles).toEqual(loaded.articles)
    expect(fromText.diagnostics).toEqual(loaded.diagnostics)
  })
})

describe('dateline-kit/next', async () => {
  const site = await loadSite(examples, { now: NOW })
  const article = site.articles.find((a) => a.slug === 'menteri-panrb-temui-pm-azerbaijan')!

  it('imports neither node:fs nor jiti, directly or through its modules', () => {
    const seen = new Set<string>()
    const bare = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const [, specifier] of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
        if (!specifier) continue
        if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier))
        else bare.add(specifier)
      }
    }
    visit(path.join(repoRoot, 'dist/next/index.js'))
    expect(seen.size).toBeGreaterThan(20)
    expect([...bare].filter((name) => /^(node:)?fs(\/|$)|^jiti/.test(name))).toEqual([])
  })

  it('gives Next Metadata with the head fragment\'s values', () => {
    const metadata = toNextMetadata(article, site.config)
    const head = renderHead(article, site.config)
    expect(head).toContain(`content="${metadata.openGraph.publishedTime}"`)
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2023-10-11T09:30:00+07:00', section: article.section, url: article.canonical })
    expect(metadata.alternates.canonical).toBe(article.canonical)
    expect(metadata.alternates.types!['application/rss+xml']![0]!.url).toBe('https://semarak.example/feed.xml')
    expect(metadata.openGraph.authors).toEqual(article.authors.map((author) => author.url ?? author.name))
  })

  it('renders JSON-LD script-safe through React', () => {
    const element = JsonLd({ article, config: site.config }) as unknown as { type: string; props: { dangerouslySetInnerHTML: { __html: string } } }
    expect(element.type).toBe('script')
    expect(element.props.dangerouslySetInnerHTML.__html).toBe(serializeJsonLdForScript(articleJsonLd(article, site.config)))
  })

  it('gives sitemap entries and route responses', async () => {
    const entries = articleSitemap(site)
    expect(entries[0]).toEqual({ url: expect.stringMatching(/^https:\/\/semarak\.example\//), lastModified: expect.stringMatching(/\+07:00$/) })
    const response = siteFileResponse(site, 'news-sitemap.xml')
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(await response.text()).toContain('<news:news>')
    expect(siteFileResponse(site, 'nope.xml').status).toBe(404)
  })
})
