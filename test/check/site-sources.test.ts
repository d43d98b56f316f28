import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSite } from '../../src/check/site/check-site.js'
import { ParsedDocument } from '../../src/check/documents/parsed.js'
import { outputSources } from '../../src/check/site/output-source.js'
import { SourcePlaces } from '../../src/check/site/source-places.js'
import { runCheck } from '../../src/cli/check.js'
import type { ResolvedConfig } from '../../src/model/config.js'
import type { Article } from '../../src/model/types.js'
import type { PlannedFile } from '../../src/plan/plan.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-site-sources-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const put = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), content)
}

// Two author problems: one in the registry (rina has no url), one written in an article's frontmatter (line 4).
put('dateline.config.json', JSON.stringify({ site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' }, authors: 'authors.yaml', pages: true }, null, 2))
put('authors.yaml', 'budi:\n  name: Budi Santoso\n  url: /budi/\nrina:\n  name: Rina Wijaya\n')
put('articles/a.md', '---\ntitle: Kantor layanan baru dibuka\ndate: 2023-10-11T08:00:00+07:00\nauthors: [rina]\nimage: /a.jpg\n---\n\nKantor layanan publik baru dibuka.\n')
put('articles/b.md', '---\ntitle: Pasar baru\ndate: 2023-10-10T08:00:00+07:00\nauthors:\n  - name: Joko\nimage: /b.jpg\n---\n\nPasar baru dibuka.\n')
put('articles/c.md', '---\ntitle: Jembatan\ndate: 2023-10-09T08:00:00+07:00\nauthors: [rina, budi]\nimage: /c.jpg\n---\n\nJembatan baru.\n')
const NOW = '2023-10-11T12:00:00+07:00'

async function cli(...argv: string[]) {
  let stdout = ''
  const code = await runCheck([...argv, '--now', NOW], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, env: {} })
  return { code, stdout }
}

describe('site mode: findings about what a build would write are at their source (issue #13)', () => {
  it('points at the registry entry and the frontmatter line, once each, naming the outputs', async () => {
    const result = await checkSite(root, { cwd: root, now: Date.parse(NOW) })
    const authorUrl = result.diagnostics.filter((d) => d.rule === 'google/author-url')
    expect(authorUrl.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['articles/b.md:4:1', 'authors.yaml:4:1'])
    const [inline, registry] = authorUrl
    expect(inline!.outputs).toEqual(['dist/_dateline/b.head.html', 'dist/_dateline/b.jsonld', 'dist/b/index.html'])
    expect(inline!.message).toMatch(/ \(in dist\/_dateline\/b\.head\.html, dist\/_dateline\/b\.jsonld and dist\/b\/index\.html\)$/)
    // rina is an author of two articles: one finding for six outputs.
    expect(registry!.outputs).toHaveLength(6)
    expect(registry!.message).toMatch(/ \(in 6 outputs: dist\/_dateline\/a\.head\.html, dist\/_dateline\/a\.jsonld, dist\/_dateline\/c\.head\.html and 3 more\)$/)
    // No finding points at an output: no dist/ was written, and none is expected.
    expect(existsSync(path.join(root, 'dist'))).toBe(false)
    for (const d of result.diagnostics) expect(existsSync(path.join(root, d.file)), d.file).toBe(true)
  }, 60_000)

  it('appears once in JSON and SARIF, whose artifact URIs are all files of the site', async () => {
    const json = JSON.parse((await cli('--format', 'json')).stdout) as { diagnostics: { rule: string; file: string; outputs?: string[] }[] }
    expect(json.diagnostics.filter((d) => d.rule === 'google/author-url').map((d) => [d.file, d.outputs?.length])).toEqual([['articles/b.md', 3], ['authors.yaml', 6]])
    const sarif = JSON.parse((await cli('--format', 'sarif')).stdout) as { runs: { results: { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
    const results = sarif.runs[0]!.results
    const artifacts = (sarif.runs[0] as unknown as { artifacts: { location: { uri: string } }[] }).artifacts.map((a) => a.location.uri)
    expect(artifacts.length).toBeGreaterThan(0)
    for (const uri of artifacts) expect(existsSync(path.join(root, decodeURIComponent(uri))), uri).toBe(true)
    expect(results.filter((r) => r.ruleId === 'google/author-url')).toHaveLength(2)
    for (const r of results) {
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri
      expect(existsSync(path.join(root, decodeURIComponent(uri))), uri).toBe(true)
    }
    const stylish = (await cli()).stdout
    expect(stylish.match(/google\/author-url$/gm)).toHaveLength(2)
  }, 60_000)

  it('keeps the SARIF fingerprint when another article starts using the author', async () => {
    const print = async () => {
      const sarif = JSON.parse((await cli('--format', 'sarif')).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> }[] }[] }
      return sarif.runs[0]!.results.find((r) => r.ruleId === 'google/author-url' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'authors.yaml')!.partialFingerprints['dateline/v1']
    }
    const before = await print()
    put('articles/d.md', '---\ntitle: Taman kota\ndate: 2023-10-08T08:00:00+07:00\nauthors: [rina]\nimage: /d.jpg\n---\n\nTaman.\n')
    try {
      expect(await print()).toBe(before)
    } finally {
      rmSync(path.join(root, 'articles/d.md'))
    }
  }, 60_000)

  it('with PATHs (document mode), positions stay in the files given', async () => {
    put('built/a.jsonld', JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A', datePublished: '2023-10-11T08:00:00+07:00', image: ['https://semarak.example/a.jpg'], author: [{ '@type': 'Person', name: 'Rina' }] }, null, 2))
    const json = JSON.parse((await cli('built', '--format', 'json')).stdout) as { diagnostics: { rule: string; file: string; line: number; outputs?: string[] }[] }
    const found = json.diagnostics.filter((d) => d.rule === 'google/author-url')
    expect(found.map((d) => [d.file, d.line, d.outputs])).toEqual([['built/a.jsonld', 10, undefined]])
  })
})

describe('outputSources: a place in a feed or JSON-LD -> the source field', () => {
  const config = { root, site: { url: 'https://semarak.example/' }, configFile: path.join(root, 'dateline.config.json'), authors: path.join(root, 'authors.yaml') } as unknown as ResolvedConfig
  const article = { file: 'articles/a.md', url: 'https://semarak.example/a/', canonical: 'https://semarak.example/a/', positions: { title: { line: 2, column: 1 }, date: { line: 3, column: 1 } }, bodyLine: 8, authors: [] } as unknown as Article
  const places = new SourcePlaces(config)

  it('an RSS item title is the article title; the channel is the feeds config', () => {
    const rss = '<rss version="2.0"><channel>\n<title>Semarak</title>\n<item>\n<title>Kantor</title>\n<link>https://semarak.example/a/</link>\n<pubDate>Wed, 11 Oct 2023 01:00:00 +0000</pubDate>\n</item>\n</channel></rss>'
    const feed = { kind: 'feed', path: 'feed.xml', articles: [article] } as unknown as PlannedFile
    const refs = outputSources(feed, new ParsedDocument(rss), 'rss', [{ line: 4, column: 1 }, { line: 6, column: 1 }, { line: 2, column: 1 }], config)
    expect(refs.map((ref) => places.place(ref))).toEqual([
      { file: 'articles/a.md', line: 2, column: 1 },
      { file: 'articles/a.md', line: 3, column: 1 },
      { file: 'dateline.config.json', line: 2, column: 3 },
    ])
  })

  it('a JSON-LD headline is the title line; the publisher logo is the config key', () => {
    const jsonld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', '@id': 'https://semarak.example/a/#article', headline: 'Kantor' }, { '@type': 'ImageObject', '@id': 'https://semarak.example/#logo', url: 'x' }] }, null, 2)
    const file = { kind: 'article-jsonld', path: '_dateline/a.jsonld', article, articles: [article] } as unknown as PlannedFile
    const line = (text: string) => jsonld.split('\n').findIndex((l) => l.includes(text)) + 1
    const refs = outputSources(file, new ParsedDocument(jsonld), 'jsonld', [{ line: line('"headline"'), column: 7 }, { line: line('"url": "x"'), column: 14 }], config)
    expect(refs.map((ref) => places.place(ref))).toEqual([
      { file: 'articles/a.md', line: 2, column: 1 },
      // No `site.logo` in this config: its nearest written parent, `site`.
      { file: 'dateline.config.json', line: 2, column: 3 },
    ])
  })
})
