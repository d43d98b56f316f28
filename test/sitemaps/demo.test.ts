import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeSiteSitemaps } from '../../src/emit/sitemaps/index.js'
import { sitemapMemorySink } from '../../src/write/sink.js'
import { loadSite } from '../../src/load/site.js'
import { parseDateTime } from '../../src/model/dates.js'
import { expectXsdValid, hasShared, parseStrict, repoRoot } from './helpers.js'

// The demo's own "now" (package.json `demo` script).
const NOW = '2023-10-11T12:00:00+07:00'

describe('the demo site in examples/', () => {
  it('gives a sitemap, a news sitemap and robots.txt that parse strictly and, with ../shared, are XSD-valid', async () => {
    const now = parseDateTime(NOW, 'UTC')
    if (!now.ok) throw new Error(now.reason)
    const site = await loadSite(path.join(repoRoot, 'examples'), { now: now.value.epochMs })
    expect(site.articles.length).toBeGreaterThan(0)
    const sink = sitemapMemorySink()
    const result = await writeSiteSitemaps(site.articles, site.config, sink, { now: now.value })
    expect(result.files).toEqual(['sitemap.xml', 'news-sitemap.xml', ...(site.config.robots ? ['robots.txt'] : [])])
    // Every listed article URL is one of the demo's indexable, self-canonical articles, and each appears once.
    const listed = site.articles.filter((article) => !article.noindex && article.canonical === article.url)
    const locs = parseStrict(sink.text('sitemap.xml')).elements.get('loc')!
    expect(locs.filter((loc) => loc !== site.config.site.url).sort()).toEqual(listed.map((article) => article.url).sort())
    const newsLocs = parseStrict(sink.text('news-sitemap.xml')).elements.get('loc') ?? []
    const inWindow = listed.filter((article) => article.datePublished.epochMs >= now.value.epochMs - 48 * 3_600_000)
    expect(newsLocs).toEqual(inWindow.map((article) => article.url))
    const files = Object.fromEntries([...sink.files.keys()].filter((name) => name.endsWith('.xml')).map((name) => [name, sink.text(name)]))
    for (const xml of Object.values(files)) parseStrict(xml)
    if (hasShared) await expectXsdValid(files)
  })
})
