import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkSitemap, SITEMAP_LIMITS } from '../../src/check/documents/sitemaps/check.js'
import { atLeast, fixtures, found, hasShared, samples } from './helpers.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const read = (name: string) => readFileSync(path.join(fixtures, 'good', name), 'utf8')

describe('good sitemaps in the styles other generators write: no false alarms', () => {
  for (const name of ['yoast-sitemap-index.xml', 'yoast-post-sitemap.xml', 'hugo-sitemap.xml', 'jekyll-sitemap.xml', 'news-sitemap.xml']) {
    it(name, () => expect(checkSitemap(read(name), name, { now: NOW })).toEqual([]))
  }
})

const urlset = (urls: string, namespaces = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${namespaces}>\n${urls}\n</urlset>\n`
const NEWS = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
const news = (date: string, extra = '') =>
  `<news:news><news:publication><news:name>Semarak</news:name><news:language>id</news:language></news:publication><news:publication_date>${date}</news:publication_date><news:title>Judul</news:title>${extra}</news:news>`

describe('sitemaps: what no XSD checks', () => {
  it('one host: the site URL, else the first URL', () => {
    const text = urlset('<url><loc>https://a.example/1</loc></url>\n<url><loc>http://a.example/2</loc></url>\n<url><loc>https://b.example/3</loc></url>')
    expect(found(checkSitemap(text, 's'))).toEqual(['sitemap/other-host@4', 'sitemap/other-host@5'])
    expect(found(checkSitemap(text, 's', { siteUrl: 'https://b.example/' }))).toEqual(['sitemap/other-host@3', 'sitemap/other-host@4'])
  })
  it('the news window, in both directions; a date alone counts as that day in any zone', () => {
    const text = urlset(
      [
        `<url><loc>https://a.example/1</loc>${news('2023-10-11T08:00:00+07:00')}</url>`,
        `<url><loc>https://a.example/2</loc>${news('2023-10-09T11:59:00+07:00')}</url>`,
        `<url><loc>https://a.example/3</loc>${news('2023-10-11T13:00:00+07:00')}</url>`,
        `<url><loc>https://a.example/4</loc>${news('2023-10-09')}</url>`,
        `<url><loc>https://a.example/5</loc>${news('2023-10-07')}</url>`,
      ].join('\n'),
      NEWS,
    )
    expect(found(checkSitemap(text, 'n', { now: NOW }))).toEqual(['news/outside-window@4', 'news/outside-window@5', 'news/outside-window@7'])
    expect(checkSitemap(text, 'n')).toEqual([]) // no "now", no window check
  })
  it('counts: more than 1,000 news entries, more than 50,000 URLs, more than 1,000 images', () => {
    const many = Array.from({ length: SITEMAP_LIMITS.newsUrls + 1 }, (_, i) => `<url><loc>https://a.example/${i}</loc>${news('2023-10-11T08:00:00+07:00')}</url>`)
    expect(found(checkSitemap(urlset(many.join('\n'), NEWS), 'n', { now: NOW }))).toEqual([`news/too-many-urls@${3 + SITEMAP_LIMITS.newsUrls}`])
    const urls = Array.from({ length: SITEMAP_LIMITS.urls + 1 }, (_, i) => `<url><loc>https://a.example/${i}</loc></url>`)
    expect(found(checkSitemap(urlset(urls.join('\n')), 's'))).toEqual([`sitemap/too-many-urls@${3 + SITEMAP_LIMITS.urls}`])
    const images = Array.from({ length: SITEMAP_LIMITS.imagesPerUrl + 1 }, (_, i) => `<image:image><image:loc>https://cdn.example/${i}.jpg</image:loc></image:image>`)
    const withImages = urlset(`<url><loc>https://a.example/</loc>\n${images.join('\n')}\n</url>`, ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')
    expect(found(checkSitemap(withImages, 's'))).toEqual([`sitemap/too-many-images@${4 + SITEMAP_LIMITS.imagesPerUrl}`])
  })
  it('50 MB: measured in bytes, as given by the caller', () => {
    const text = urlset('<url><loc>https://a.example/</loc></url>')
    expect(found(checkSitemap(text, 's', {}, { bytes: SITEMAP_LIMITS.bytes + 1 }))).toEqual(['sitemap/too-large@0'])
    expect(checkSitemap(text, 's', {}, { bytes: SITEMAP_LIMITS.bytes })).toEqual([])
  })
  it('an empty news sitemap is only information', () => {
    const diagnostics = checkSitemap(urlset('', NEWS), 'n', { now: NOW })
    expect(found(diagnostics)).toEqual(['sitemap/empty@2'])
    expect(diagnostics[0]!.severity).toBe('info')
  })
  it('index: lastmod, the sitemap elements, what does not belong', () => {
    const text = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.example/s1.xml</loc><lastmod>2023-10-11 10:00</lastmod></sitemap>
<sitemap><lastmod>2023-10-11</lastmod></sitemap>
<sitemap><loc>https://a.example/s1.xml</loc><changefreq>daily</changefreq></sitemap>
</sitemapindex>`
    expect(found(checkSitemap(text, 'i'))).toEqual(['sitemap/invalid-date@2', 'sitemap/missing-loc@3', 'sitemap/duplicate-url@4', 'sitemap/unknown-element@4'])
  })
  it('the wrong root or namespace', () => {
    expect(found(checkSitemap('<urlset xmlns="http://www.google.com/schemas/sitemap/0.84"><url><loc>https://a.example/</loc></url></urlset>', 's'))).toEqual(['sitemap/invalid-root@1'])
  })
  it('repeated elements, a misspelt one, video requirements and deprecated attributes', () => {
    const text = urlset(
      `<url>
<loc>https://a.example/</loc>
<lastmod>2023-10-11</lastmod>
<lastmode>2023-10-11</lastmode>
<lastmod>2023-10-12</lastmod>
<video:video>
<video:thumbnail_loc>https://a.example/t.jpg</video:thumbnail_loc>
<video:title>V</video:title>
<video:description>D</video:description>
<video:player_loc allow_embed="yes">https://a.example/p</video:player_loc>
</video:video>
<video:video><video:title>V</video:title></video:video>
</url>`,
      ' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"',
    )
    const diagnostics = checkSitemap(text, 's')
    expect(found(diagnostics)).toEqual([
      'sitemap/unknown-element@6', 'sitemap/duplicate-element@7', 'sitemap/deprecated-element@12',
      'sitemap/missing-element@14', 'sitemap/missing-element@14', 'sitemap/missing-element@14',
    ])
    expect(diagnostics[0]!.message).toContain('Did you mean "lastmod"?')
  })
  it('reports positions as line and column of the element', () => {
    const text = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://a.example/</loc><priority>high</priority></url>\n</urlset>'
    expect(checkSitemap(text, 's')).toMatchObject([{ rule: 'sitemap/invalid-value', line: 2, column: 37, severity: 'error' }])
  })
})

describe.skipIf(!hasShared)('the shared XSD samples (../shared/reference/xsd/samples)', () => {
  const options = { now: Date.parse('2025-03-02T12:00:00Z'), siteUrl: 'https://news.example.com/' }
  const check = (dir: string, name: string) => checkSitemap(readFileSync(path.join(samples, dir, name), 'utf8'), `${dir}/${name}`, options)

  it('valid/: no findings', () => {
    for (const name of readdirSync(path.join(samples, 'valid'))) expect(check('valid', name), name).toEqual([])
  })

  const invalid: Record<string, string[]> = {
    'bad-lastmod-rfc822.xml': ['sitemap/invalid-date@5'],
    'bad-lastmod.xml': ['sitemap/invalid-date@5'],
    'index-with-url-children.xml': ['sitemap/empty@2', 'sitemap/unknown-element@3'],
    'missing-loc.xml': ['sitemap/missing-loc@3'],
    'news-bad-language.xml': ['news/invalid-language@6'],
    'news-missing-title.xml': ['sitemap/missing-element@5'],
    'news-without-publication.xml': ['sitemap/missing-element@5'],
    'priority-out-of-range.xml': ['sitemap/invalid-value@3'],
    'unescaped-ampersand.xml': ['xml/not-well-formed@3'],
    'unknown-namespace.xml': ['sitemap/unknown-element@3'],
    'wrong-element-order.xml': ['sitemap/element-order@3'],
    'xhtml-bad-hreflang.xml': ['sitemap/invalid-hreflang@5'],
  }
  it('invalid/: every file fails, with the expected rule and line', () => {
    const names = readdirSync(path.join(samples, 'invalid'))
    for (const name of names) {
      const diagnostics = check('invalid', name)
      expect(atLeast(diagnostics, 'error').length, name).toBeGreaterThan(0)
      if (invalid[name]) expect(found(diagnostics), name).toEqual(invalid[name])
    }
    expect(names.filter((name) => invalid[name]).length).toBe(Object.keys(invalid).length)
  })

  const gaps: Record<string, string[]> = {
    'image-deprecated-caption.xml': ['sitemap/deprecated-element@3', 'sitemap/deprecated-element@3', 'sitemap/deprecated-element@3'],
    'lastmod-fractional-seconds.xml': [],
    'lastmod-minutes-no-seconds.xml': ['sitemap/date-format@3'],
    'lastmod-no-timezone.xml': ['sitemap/invalid-date@3'],
    'lastmod-year-month.xml': ['sitemap/date-format@3'],
    'loc-2049-chars.xml': ['sitemap/invalid-url@3'],
    'loc-other-host.xml': ['sitemap/other-host@3'],
    'loc-raw-unicode-iri.xml': ['sitemap/unencoded-url@3'],
    'loc-relative.xml': ['sitemap/relative-url@3'],
    'loc-with-space.xml': ['sitemap/invalid-url@3'],
    'news-deprecated-keywords-genres.xml': ['sitemap/deprecated-element@3', 'sitemap/deprecated-element@3', 'sitemap/deprecated-element@3'],
    'news-empty-title-name.xml': ['news/empty-element@3', 'news/empty-element@3'],
    'news-language-iso639-3-bogus.xml': ['news/unknown-language@3'],
    'news-publication-date-2010.xml': ['news/outside-window@3'],
    'news-two-news-elements.xml': ['news/multiple-news@3'],
    'url-duplicate-in-file.xml': ['sitemap/duplicate-url@3'],
  }
  it('gaps/: what the XSD misses is found', () => {
    const names = readdirSync(path.join(samples, 'gaps'))
    for (const name of names) {
      if (gaps[name]) expect(found(check('gaps', name)), name).toEqual(gaps[name])
    }
    expect(names.filter((name) => gaps[name]).length).toBe(Object.keys(gaps).length)
  })
})
