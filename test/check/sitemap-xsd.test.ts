/**
 * Differential test: the sitemap XSD rules written as code against the XSDs themselves.
 * Random sitemaps (valid, or broken the ways the XSDs catch) go through xmllint (libxml2 as
 * WebAssembly) with the reference schemas from ../shared, and through checkSitemap; the two
 * must agree on valid versus invalid for every file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { checkSitemap } from '../../src/check/documents/sitemaps/check.js'
import { hasShared, shared } from './helpers.js'

/** Findings that correspond to an XSD failure (the rest are checks no XSD makes). */
const XSD_RULES = new Set([
  'xml/not-well-formed', 'sitemap/invalid-root', 'sitemap/missing-loc', 'sitemap/missing-element', 'sitemap/element-order',
  'sitemap/duplicate-element', 'sitemap/unknown-element', 'sitemap/invalid-date', 'sitemap/date-format', 'sitemap/invalid-value',
  'sitemap/invalid-hreflang', 'sitemap/missing-attribute', 'news/invalid-language',
])

const pick = <T,>(...values: T[]) => fc.constantFrom(...values)
/** Mostly `good`, now and then `bad`: most generated files stay valid, the rest break one way. */
const mostly = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad })
const dates = mostly(
  pick('2025-03-01', '2025-03-01T18:42:07+01:00', '2025-03-01T18:42:07.5Z', '2025-03-01T18:42:07Z'),
  pick('2025-13-01', '2025-02-30', '2025-03', '2025-03-01T18:42+01:00', 'Sat, 01 Mar 2025 18:42:07 +0100', ''),
)
const url = (i: number) => `https://news.example.com/a/${i}`

const news = fc.record({
  publication: mostly(fc.constant(true), fc.constant(false)),
  name: mostly(fc.constant('The Example Times'), fc.constant('')),
  language: mostly(pick('en', 'zh-tw', 'id'), pick('en-US', 'EN', 'english')),
  date: dates,
  title: mostly(fc.constant(true), fc.constant(false)),
  swapDateAndTitle: mostly(fc.constant(false), fc.constant(true)),
})
const entry = fc.record({
  loc: mostly(fc.constant('once'), pick('missing', 'twice')),
  lastmod: fc.option(dates, { nil: undefined }),
  changefreq: fc.option(mostly(pick('daily', 'weekly', 'never'), pick('sometimes', 'Daily')), { nil: undefined }),
  priority: fc.option(mostly(pick('0.5', '1.0', '0', '.3', '1'), pick('1.5', 'high', '-0.1')), { nil: undefined }),
  lastmodFirst: mostly(fc.constant(false), fc.constant(true)),
  news: fc.option(news, { nil: undefined }),
  image: fc.option(mostly(fc.constant(true), fc.constant(false)), { nil: undefined }),
  hreflang: fc.option(mostly(pick('en', 'de-CH', 'x-default', 'zh-Hant-TW', 'sl-rozaj-biske'), pick('english', 'en_GB')), { nil: undefined }),
  foreign: mostly(fc.constant(false), fc.constant(true)),
})
const sitemap = fc.array(entry, { minLength: 1, maxLength: 2 }).map((entries) => {
  const urls = entries.map((e, i) => {
    const core: string[] = []
    const loc = `<loc>${url(i)}</loc>`
    if (e.loc !== 'missing') core.push(loc)
    if (e.loc === 'twice') core.push(loc)
    if (e.lastmod !== undefined) {
      if (e.lastmodFirst) core.unshift(`<lastmod>${e.lastmod}</lastmod>`)
      else core.push(`<lastmod>${e.lastmod}</lastmod>`)
    }
    if (e.changefreq) core.push(`<changefreq>${e.changefreq}</changefreq>`)
    if (e.priority) core.push(`<priority>${e.priority}</priority>`)
    if (e.hreflang) core.push(`<xhtml:link rel="alternate" hreflang="${e.hreflang}" href="${url(i)}"/>`)
    if (e.news) {
      const n = e.news
      const publication = n.publication ? `<news:publication><news:name>${n.name}</news:name><news:language>${n.language}</news:language></news:publication>` : ''
      const date = `<news:publication_date>${n.date}</news:publication_date>`
      const title = n.title ? '<news:title>Headline</news:title>' : ''
      core.push(`<news:news>${publication}${n.swapDateAndTitle ? title + date : date + title}</news:news>`)
    }
    if (e.image !== undefined) core.push(`<image:image>${e.image ? '<image:loc>https://cdn.example.com/i.jpg</image:loc>' : ''}</image:image>`)
    if (e.foreign) core.push('<x:section>world</x:section>')
    return `  <url>${core.join('')}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:x="urn:example:custom">
${urls.join('\n')}
</urlset>
`
})

describe.skipIf(!hasShared)('sitemap rules as code agree with the sitemap XSDs (xmllint, ../shared/reference/xsd)', () => {
  it('on 80 random sitemaps, valid and broken', async () => {
    const xsd = path.join(shared, 'reference/xsd')
    const read = (name: string) => ({ fileName: name, contents: readFileSync(path.join(xsd, name), 'utf8') })
    const documents = fc.sample(sitemap, { numRuns: 80, seed: 20231011 })
    const result = await validateXML({
      xml: documents.map((contents, i) => ({ fileName: `s${i}.xml`, contents })),
      schema: read('sitemap-all.xsd'),
      preload: ['sitemap.xsd', 'siteindex.xsd', 'sitemap-news.xsd', 'sitemap-image.xsd', 'sitemap-video.xsd', 'xhtml-link.xsd'].map(read),
    })
    const failing = new Set(result.errors.map((error) => error.loc?.fileName))
    let invalid = 0
    documents.forEach((text, i) => {
      const ours = checkSitemap(text, `s${i}.xml`).filter((d) => XSD_RULES.has(d.rule) && d.severity !== 'info')
      const xsdSays = failing.has(`s${i}.xml`)
      if (xsdSays) invalid++
      expect({ file: i, invalid: ours.length > 0, text, ours: ours.map((d) => `${d.rule}: ${d.message}`) }).toMatchObject({ invalid: xsdSays })
    })
    // The generator must produce both kinds, or the comparison says little.
    expect(invalid).toBeGreaterThan(10)
    expect(documents.length - invalid).toBeGreaterThan(10)
  }, 60_000)
})
