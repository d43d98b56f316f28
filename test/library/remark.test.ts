import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { loadSite } from '../../src/load/site.js'
import remarkDateline from '../../src/remark-dateline.js'
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

describe('the library example', () => {
  it('runs against the built package', () => {
    const out = execFileSync(process.execPath, [path.join(examples, 'library.mjs')], { encoding: 'utf8', cwd: repoRoot })
    expect(out).toContain('NewsArticle Menteri PANRB Temui PM Azerbaijan di Baku')
    expect(out).toContain('published 2023-10-11T09:30:00+07:00')
  })
})
