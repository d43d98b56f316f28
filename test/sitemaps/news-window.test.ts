import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkSitemap } from '../../src/check/documents/sitemaps/check.js'
import { inNewsWindow, NEWS_WINDOW_HOURS, newsSitemapEntries, newsWindowPlace } from '../../src/emit/sitemaps/index.js'
import { zonedFromEpoch } from '../../src/model/dates.js'
import { date, makeArticle, makeConfig } from './helpers.js'

const HOUR = 3_600_000
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9'

const newsSitemap = (loc: string, published: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="${NEWS}">\n` +
  `<url><loc>${loc}</loc><news:news><news:publication><news:name>Semarak</news:name><news:language>id</news:language></news:publication>` +
  `<news:publication_date>${published}</news:publication_date><news:title>Judul</news:title></news:news></url>\n</urlset>\n`

describe('the news window: one definition', () => {
  const now = date('2023-10-11T12:00:00+07:00').epochMs

  it('is Google\'s two days, both ends inclusive', () => {
    expect(NEWS_WINDOW_HOURS).toBe(48)
    expect(newsWindowPlace(now - 48 * HOUR, now)).toBe('inside')
    expect(newsWindowPlace(now - 48 * HOUR - 1, now)).toBe('before')
    expect(newsWindowPlace(now, now)).toBe('inside')
    expect(newsWindowPlace(now + 1, now)).toBe('after')
    expect(inNewsWindow(now - 30 * HOUR, now, 24)).toBe(false)
    expect(inNewsWindow(now - 30 * HOUR, now)).toBe(true)
  })

  it('the emitter writes an article exactly when the checker finds it inside the window', () => {
    const config = makeConfig()
    fc.assert(
      fc.property(fc.integer({ min: -72 * 3600, max: 24 * 3600 }), (offsetSeconds) => {
        const article = makeArticle({ slug: 'berita', datePublished: zonedFromEpoch(now + offsetSeconds * 1000, 'Asia/Jakarta') })
        const written = newsSitemapEntries([article], config, now).length === 1
        const flagged = checkSitemap(newsSitemap(article.url, article.datePublished.iso), 'news.xml', { now }).some((d) => d.rule === 'news/outside-window')
        expect(written).toBe(inNewsWindow(article.datePublished.epochMs, now))
        expect(flagged).toBe(!written)
      }),
      { examples: [[-48 * 3600], [-48 * 3600 - 1], [0], [1]] },
    )
  })
})
