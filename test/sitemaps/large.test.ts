import { describe, expect, it } from 'vitest'
import { writeSitemap, type SitemapEntry } from '../../src/emit/sitemaps/index.js'
import { sitemapMemorySink } from '../../src/write/sink.js'
import { zonedFromEpoch } from '../../src/model/dates.js'
import { expectXsdValid, hasShared, parseStrict, SITE_URL } from './helpers.js'

const COUNT = 60_000
const START = Date.UTC(2020, 0, 1)

/** A synthetic 60,000-article site, generated lazily (never held as an array). */
function* syntheticSite(): Generator<SitemapEntry> {
  for (let i = 0; i < COUNT; i++) {
    const published = zonedFromEpoch(START + i * 37 * 60_000, 'Asia/Jakarta')
    yield {
      loc: `${SITE_URL}${published.iso.slice(0, 4)}/${published.iso.slice(5, 7)}/berita-${i}/`,
      lastmod: published.iso,
      ...(i % 10 === 0 ? { images: [{ loc: `${SITE_URL}foto/${i}.jpg` }] } : {}),
    }
  }
}

describe('a 60,000-article synthetic site', () => {
  it('becomes an index of two children (50,000 + 10,000), each well-formed and, with ../shared, XSD-valid', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSitemap(syntheticSite(), sink, { baseUrl: SITE_URL })
    expect(result.kind).toBe('sitemapindex')
    expect(result.urls).toBe(COUNT)
    const last = zonedFromEpoch(START + (COUNT - 1) * 37 * 60_000, 'Asia/Jakarta').iso
    const lastOfFirst = zonedFromEpoch(START + 49_999 * 37 * 60_000, 'Asia/Jakarta').iso
    expect(result.children.map((child) => [child.file, child.urls, child.lastmod])).toEqual([
      ['sitemap-1.xml', 50_000, lastOfFirst],
      ['sitemap-2.xml', 10_000, last],
    ])
    expect([...sink.files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml'])
    const files = Object.fromEntries([...sink.files.keys()].map((name) => [name, sink.text(name)]))
    for (const [name, xml] of Object.entries(files)) {
      const { root, elements } = parseStrict(xml)
      expect(root).toBe(name === 'sitemap.xml' ? 'sitemapindex' : 'urlset')
      if (name === 'sitemap.xml') continue
      expect(elements.get('loc')!.length).toBe(name === 'sitemap-1.xml' ? 50_000 : 10_000)
      expect(elements.get('image:loc')!.length).toBe(name === 'sitemap-1.xml' ? 5_000 : 1_000)
    }
    if (hasShared) await expectXsdValid(files)
  })
})
