import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { loadSite } from '../../src/load/site.js'
import remarkDateline from '../../src/remark-dateline.js'
import yaml from 'js-yaml'
import { splitFrontmatter } from '../../src/load/frontmatter.js'
import { repoRoot } from '../helpers/site.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const examples = path.join(repoRoot, 'examples')

describe('remarkDateline', () => {
  it('puts the same article, JSON-LD and head on file.data as the build computes', async () => {
    const site = await loadSite(examples, { now: NOW })
    const file = path.join(examples, 'articles/menteri-panrb-temui-pm-azerbaijan.md')
    const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') })
    const processor = unified()
      .use(remarkParse)
      .use(remarkDateline, {
        config: {
          site: { url: site.config.site.url, name: site.config.site.name, language: 'id', timezone: 'Asia/Jakarta' },
          permalink: site.config.permalink,
          authors: 'authors.yaml',
        },
        root: examples,
        now: NOW,
      })
    await processor.run(processor.parse(vfile), vfile)
    const data = vfile.data.dateline!
    expect(data.status).toBe('published')
    const built = site.articles.find((a) => a.slug === 'menteri-panrb-temui-pm-azerbaijan')!
    expect(data.article!.url).toBe(built.url)
    expect(data.article!.authors).toEqual(built.authors)
    expect(data.article!.datePublished).toEqual(built.datePublished)
    expect((data.jsonLd!['@graph'] as { '@type': string }[])[0]!['@type']).toBe('NewsArticle')
    expect(data.head).toContain('<script type="application/ld+json">')
  })

  it('reports frontmatter problems as vfile messages with positions', async () => {
    const vfile = new VFile({ path: 'a.md', value: '---\ntitle: A\ndate: 2023-02-30\n---\nx\n' })
    const processor = unified().use(remarkParse).use(remarkDateline, { config: { site: { url: 'https://a.example/', name: 'A' } }, now: NOW })
    await processor.run(processor.parse(vfile), vfile)
    expect(vfile.data.dateline!.status).toBe('invalid')
    expect(vfile.messages[0]).toMatchObject({ line: 3, column: 1, ruleId: 'frontmatter/invalid-date', fatal: true })
  })
})

describe('remarkDateline where the pipeline parsed the frontmatter', () => {
  const config = { site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' }, authors: 'authors.yaml' }
  const file = path.join(examples, 'articles/analisis-mpp-digital.md')
  const text = readFileSync(file, 'utf8')
  const { frontmatter, body } = splitFrontmatter(text)

  it('reads Astro\'s file.data.astro.frontmatter, with the dates from the file as written', async () => {
    // What Astro hands remark: the body only, the frontmatter parsed by js-yaml (dates as UTC Dates).
    const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: yaml.load(frontmatter!) as Record<string, unknown> } } })
    const processor = unified().use(remarkParse).use(remarkDateline, { config, root: examples, now: NOW })
    await processor.run(processor.parse(vfile), vfile)
    expect(vfile.messages).toEqual([])
    expect(vfile.data.dateline!.status).toBe('published')
    expect(vfile.data.dateline!.article!.datePublished.iso).toBe('2023-10-09T10:00:00+07:00')
    expect(vfile.data.dateline!.article!.title).toContain('MPP Digital')
  })

  it('reads vfile-matter\'s file.data.matter', async () => {
    const vfile = new VFile({ path: 'elsewhere/x.md', value: body, data: { matter: { title: 'Judul', date: '2023-10-09T10:00:00' } } })
    const processor = unified().use(remarkParse).use(remarkDateline, { config: { site: config.site }, now: NOW })
    await processor.run(processor.parse(vfile), vfile)
    expect(vfile.messages).toEqual([])
    expect(vfile.data.dateline!.article).toMatchObject({ title: 'Judul', slug: 'x' })
  })
})

describe('the library example', () => {
  it('runs against the built package', () => {
    const out = execFileSync(process.execPath, [path.join(examples, 'library.mjs')], { encoding: 'utf8', cwd: repoRoot })
    expect(out).toContain('NewsArticle Menteri PANRB Temui PM Azerbaijan di Baku')
    expect(out).toContain('published 2023-10-11T09:30:00+07:00')
  })
})
