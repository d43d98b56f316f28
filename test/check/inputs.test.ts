import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { detectKind } from '../../src/check/documents/detect.js'
import { resolveInputs } from '../../src/check/documents/inputs.js'
import { checkDocument, checkFiles } from '../../src/check/documents/run.js'
import { DatelineError } from '../../src/util/diagnostic.js'

describe('kind detection by content', () => {
  const cases: [string, string, string][] = [
    ['<!DOCTYPE html><html><head></head></html>', 'x.txt', 'html'],
    ['<script type="application/ld+json">{}</script>', 'x.head.html', 'html'],
    ['<meta name="x"><script type="application/ld+json">{}</script>', '', 'html'],
    ['{"@context":"https://schema.org","@type":"NewsArticle"}', 'x.json', 'jsonld'],
    ['[{"@graph":[]}]', 'x', 'jsonld'],
    ['{ "version": "https://jsonfeed.org/version/1.1", "items": [] }', 'feed.json', 'json-feed'],
    ['[{"slug":"a"}]', 'index.json', 'unknown'],
    ['\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', 'feed', 'rss'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'a', 'atom'],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 's', 'sitemap'],
    ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">', 's', 'news-sitemap'],
    ['<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', 's', 'sitemap-index'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', 'rss1.xml', 'unknown'],
    ['{ broken', 'x.jsonld', 'jsonld'],
  ]
  for (const [text, file, kind] of cases) it(`${kind}: ${text.slice(0, 40)}`, () => expect(detectKind(text, file)).toBe(kind))

  it('checkDocument dispatches by kind', () => {
    expect(checkDocument('<rss version="2.0"><channel></channel></rss>', 'f.xml').map((d) => d.rule)).toContain('rss/missing-element')
    expect(checkDocument('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>', 's.xml').map((d) => d.rule)).toEqual(['sitemap/missing-loc'])
  })
})

describe('inputs: files, folders, globs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-inputs-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const put = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  const sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>\n'
  put('site/sitemap.xml', sitemap)
  put('site/blog/post/index.html', '<!doctype html><title>x</title>')
  put('site/notes.txt', 'not checked')
  put('site/node_modules/pkg/feed.xml', '<rss/>')
  put('site/.cache/feed.xml', '<rss/>')
  put('site/sitemap-2.xml.gz', gzipSync(Buffer.from(sitemap.replace('<loc>https://a.example/</loc>', '<loc>/rel</loc>'))))
  put('site/manifest.json', '{"name":"x"}')

  it('walks folders, skipping node_modules and dot-folders, sorted', async () => {
    const { files, problems } = await resolveInputs(['site'], root)
    expect(problems).toEqual([])
    expect(files.map((f) => f.display)).toEqual(['site/blog/post/index.html', 'site/manifest.json', 'site/sitemap-2.xml.gz', 'site/sitemap.xml'])
  })
  it('expands globs and reports arguments that name nothing', async () => {
    const { files, problems } = await resolveInputs(['site/**/*.xml', 'missing.xml', 'nothing/*.rss'], root)
    expect(files.map((f) => f.display)).toEqual(['site/sitemap.xml'])
    expect(problems).toEqual(['no such file or folder: "missing.xml"', 'no files match "nothing/*.rss"'])
  })
  it('checkFiles: gunzips, skips unknown files found by walking, flags unknown files named explicitly, reports invalid UTF-8', async () => {
    const result = await checkFiles(['site', 'site/manifest.json'], { cwd: root })
    expect(result.files).toEqual([
      { file: 'site/blog/post/index.html', kind: 'html' },
      { file: 'site/manifest.json', kind: 'unknown' },
      { file: 'site/sitemap-2.xml.gz', kind: 'sitemap' },
      { file: 'site/sitemap.xml', kind: 'sitemap' },
    ])
    expect(result.diagnostics.map((d) => `${d.file}:${d.rule}`)).toEqual(['site/manifest.json:check/unknown-kind', 'site/sitemap-2.xml.gz:sitemap/relative-url'])
  })
  it('invalid UTF-8 is an error with its position', async () => {
    put('latin1.xml', Buffer.concat([Buffer.from('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>https://a.example/caf'), Buffer.from([0xe9]), Buffer.from('</loc></url></urlset>')]))
    const result = await checkFiles(['latin1.xml'], { cwd: root })
    expect(result.diagnostics.find((d) => d.rule === 'check/invalid-utf8')).toMatchObject({ line: 2, column: 32, severity: 'error' })
  })
  it('names nothing: a DatelineError with exit code 2', async () => {
    await expect(checkFiles(['nope'], { cwd: root })).rejects.toMatchObject({ exitCode: 2 })
    await expect(checkFiles(['nope'], { cwd: root })).rejects.toBeInstanceOf(DatelineError)
  })
})
