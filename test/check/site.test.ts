import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkSite } from '../../src/check/site/check-site.js'
import { repoRoot } from './helpers.js'

describe('site mode on the demo site', () => {
  it('builds in memory and finds no errors in any output (feeds, sitemaps, JSON-LD, pages)', async () => {
    const examples = path.join(repoRoot, 'examples')
    const result = await checkSite(examples, { cwd: examples, now: Date.parse('2023-10-11T12:00:00+07:00') })
    const kinds = new Set(result.files.map((file) => file.kind))
    for (const kind of ['rss', 'atom', 'json-feed', 'sitemap', 'news-sitemap', 'jsonld', 'html']) expect(kinds, kind).toContain(kind)
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    // dateline's own feeds and sitemaps are clean, warnings included (findings name the outputs they are about).
    const feedsAndSitemaps = result.files.filter((file) => ['rss', 'atom', 'json-feed', 'sitemap', 'news-sitemap', 'sitemap-index'].includes(file.kind)).map((file) => file.file)
    expect(result.diagnostics.filter((d) => d.outputs?.some((output) => feedsAndSitemaps.includes(output)))).toEqual([])
    expect(feedsAndSitemaps).toContain('dist/feed.xml')
  }, 60_000)
})
