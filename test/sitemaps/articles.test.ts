import { describe, expect, it } from 'vitest'
import {
  articleSitemapEntries,
  newsLanguage,
  newsSitemapEntries,
  robotsTxt,
  siteRobotsTxt,
  writeSiteSitemaps,
} from '../../src/emit/sitemaps/index.js'
import { sitemapMemorySink } from '../../src/write/sink.js'
import { zonedFromEpoch } from '../../src/model/dates.js'
import { resolveUrl } from '../../src/model/urls.js'
import { date, expectGolden, expectXsdValid, hasShared, makeArticle, makeConfig, parseStrict, SITE_URL } from './helpers.js'

const HOUR = 3_600_000

describe('articleSitemapEntries', () => {
  const articles = [
    makeArticle({ slug: 'baru', datePublished: date('2023-10-11T09:30:00'), dateModified: date('2023-10-11T15:00:00'), images: [{ url: `${SITE_URL}a.jpg` }, { url: `${SITE_URL}b.jpg` }] }),
    makeArticle({ slug: 'lama', datePublished: date('2023-10-09T08:00:00') }),
    makeArticle({ slug: 'draf', datePublished: date('2023-10-10T08:00:00'), draft: true }),
    makeArticle({ slug: 'tersembunyi', datePublished: date('2023-10-10T08:00:00'), noindex: true }),
    makeArticle({ slug: 'salinan', datePublished: date('2023-10-10T08:00:00'), canonical: 'https://wire.example/asli/' }),
    makeArticle({ slug: 'terjadwal', datePublished: date('2023-10-20T08:00:00') }),
  ]

  it('lists published, indexable, self-canonical articles oldest first, lastmod = dateModified ?? datePublished', () => {
    const entries = articleSitemapEntries(articles, makeConfig(), { now: date('2023-10-12T00:00:00') })
    expect(entries).toEqual([
      { loc: `${SITE_URL}lama/`, lastmod: '2023-10-09T08:00:00+07:00' },
      { loc: `${SITE_URL}baru/`, lastmod: '2023-10-11T15:00:00+07:00', images: [{ loc: `${SITE_URL}a.jpg` }, { loc: `${SITE_URL}b.jpg` }] },
    ])
  })

  it('without now, keeps every non-draft article (the loader has already hidden scheduled ones)', () => {
    expect(articleSitemapEntries(articles, makeConfig()).map((entry) => entry.loc)).toEqual([`${SITE_URL}lama/`, `${SITE_URL}baru/`, `${SITE_URL}terjadwal/`])
  })

  it('adds the index page first when pages is on, its lastmod the newest article', () => {
    const entries = articleSitemapEntries(articles, makeConfig({ pages: true }), { now: date('2023-10-12T00:00:00') })
    expect(entries[0]).toEqual({ loc: SITE_URL, lastmod: '2023-10-11T15:00:00+07:00' })
    expect(articleSitemapEntries([], makeConfig({ pages: true }))).toEqual([{ loc: SITE_URL }])
  })

  it('writes changefreq and priority only when configured', () => {
    const config = makeConfig({ sitemap: { file: 'sitemap.xml', maxUrls: 50_000, gzip: false, changefreq: 'daily', priority: 0.5 } })
    expect(articleSitemapEntries(articles.slice(1, 2), config)).toEqual([{ loc: `${SITE_URL}lama/`, lastmod: '2023-10-09T08:00:00+07:00', changefreq: 'daily', priority: 0.5 }])
  })
})

describe('newsSitemapEntries: the window', () => {
  const config = makeConfig()
  const now = date('2023-10-11T12:00:00+07:00')
  const at = (slug: string, epochMs: number) => makeArticle({ slug, datePublished: zonedFromEpoch(epochMs, 'Asia/Jakarta') })

  it('keeps exactly 48 h old and exactly now; drops a second older and a second in the future', () => {
    const articles = [
      at('tepat-48-jam', now.epochMs - 48 * HOUR),
      at('lewat-sedetik', now.epochMs - 48 * HOUR - 1000),
      at('sekarang', now.epochMs),
      at('besok', now.epochMs + 1000),
      at('kemarin', now.epochMs - 24 * HOUR),
    ]
    expect(newsSitemapEntries(articles, config, now).map((entry) => entry.loc)).toEqual([`${SITE_URL}sekarang/`, `${SITE_URL}kemarin/`, `${SITE_URL}tepat-48-jam/`])
    // now as epoch milliseconds gives the same entries.
    expect(newsSitemapEntries(articles, config, now.epochMs)).toEqual(newsSitemapEntries(articles, config, now))
  })

  it('honours windowHours from the config or the options', () => {
    const articles = [at('a', now.epochMs - 2 * HOUR), at('b', now.epochMs - 30 * HOUR)]
    expect(newsSitemapEntries(articles, makeConfig({ newsSitemap: { file: 'n.xml', windowHours: 24, maxUrls: 1000 } }), now)).toHaveLength(1)
    expect(newsSitemapEntries(articles, config, now, { windowHours: 1 })).toHaveLength(0)
  })

  it('counts elapsed hours across a DST change (Europe/Berlin, spring forward)', () => {
    const berlin = makeConfig({ site: { ...config.site, timezone: 'Europe/Berlin' } })
    const sunday = date('2024-03-31T12:00:00', 'Europe/Berlin') // CEST, +02:00; clocks went 02:00 → 03:00 that night
    expect(sunday.iso).toBe('2024-03-31T12:00:00+02:00')
    const articles = [
      makeArticle({ slug: 'tepat', datePublished: date('2024-03-29T11:00:00', 'Europe/Berlin') }), // exactly 48 h before
      makeArticle({ slug: 'terlambat', datePublished: date('2024-03-29T10:59:59', 'Europe/Berlin') }),
      makeArticle({ slug: 'jam-dinding', datePublished: date('2024-03-29T12:00:00', 'Europe/Berlin') }), // same wall time two days before: 47 h
    ]
    expect(newsSitemapEntries(articles, berlin, sunday).map((entry) => entry.loc)).toEqual([`${SITE_URL}jam-dinding/`, `${SITE_URL}tepat/`])
  })

  it('counts elapsed hours across a DST change (Europe/Berlin, fall back)', () => {
    const berlin = makeConfig({ site: { ...config.site, timezone: 'Europe/Berlin' } })
    const sunday = date('2024-10-27T12:00:00', 'Europe/Berlin') // CET, +01:00
    expect(sunday.iso).toBe('2024-10-27T12:00:00+01:00')
    const articles = [
      makeArticle({ slug: 'tepat', datePublished: date('2024-10-25T13:00:00', 'Europe/Berlin') }), // exactly 48 h before (+02:00)
      makeArticle({ slug: 'jam-dinding', datePublished: date('2024-10-25T12:00:00', 'Europe/Berlin') }), // same wall time: 49 h, out
    ]
    expect(newsSitemapEntries(articles, berlin, sunday).map((entry) => entry.loc)).toEqual([`${SITE_URL}tepat/`])
  })

  it('is newest first, capped at maxUrls, and leaves out drafts, noindex and canonical-elsewhere', () => {
    const articles = [
      ...Array.from({ length: 5 }, (_, i) => at(`berita-${i}`, now.epochMs - i * HOUR)),
      makeArticle({ slug: 'draf', datePublished: now, draft: true }),
      makeArticle({ slug: 'noindex', datePublished: now, noindex: true }),
      makeArticle({ slug: 'salinan', datePublished: now, canonical: 'https://wire.example/x/' }),
    ]
    expect(newsSitemapEntries(articles, config, now, { maxUrls: 3 }).map((entry) => entry.loc)).toEqual([0, 1, 2].map((i) => `${SITE_URL}berita-${i}/`))
    expect(newsSitemapEntries(articles, config, now, { maxUrls: 5000 })).toHaveLength(5)
  })

  it('fills publication name, language, date and title from the site and the article', () => {
    const article = makeArticle({ slug: 'x', datePublished: date('2023-10-11T09:30:00'), lang: 'zh-Hant-TW', title: 'Judul <asli> & lengkap' })
    expect(newsSitemapEntries([article], config, now)).toEqual([
      { loc: `${SITE_URL}x/`, publicationName: 'Semarak', language: 'zh-tw', publicationDate: '2023-10-11T09:30:00+07:00', title: 'Judul <asli> & lengkap' },
    ])
  })
})

describe('newsLanguage', () => {
  it.each([
    ['id', 'id'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['pt_BR', 'pt'],
    ['fil', 'fil'],
    ['in', 'id'],
    ['iw', 'he'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-Hans-HK', 'zh-cn'],
    ['zh-SG', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['zh-Hant-CN', 'zh-tw'],
    ['und', undefined],
    ['', undefined],
    ['not a tag', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(newsLanguage(tag)).toBe(expected)
  })
})

describe('robots.txt', () => {
  it('announces the sitemap and the news sitemap with absolute URLs', () => {
    expect(siteRobotsTxt(makeConfig({ robots: true }))).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}sitemap.xml\nSitemap: ${SITE_URL}news-sitemap.xml\n`,
    )
    expect(siteRobotsTxt(makeConfig({ sitemap: false, newsSitemap: false }))).toBe('User-agent: *\nAllow: /\n')
  })

  it('refuses a URL that is relative or would inject a directive', () => {
    expect(() => robotsTxt(['/sitemap.xml'])).toThrow(/absolute/)
    expect(() => robotsTxt([`${SITE_URL}a.xml\nDisallow: /`])).toThrow(/control characters/)
    // A space would end the URL for a crawler and leave the rest as garbage on the line.
    expect(() => robotsTxt([`${SITE_URL}site map.xml`])).toThrow(/without spaces/)
  })
})

describe('writeSiteSitemaps', () => {
  // A small site: an Indonesian story, a Japanese slug (encoded once by the loader), a URL with `&`, images.
  const japanese = resolveUrl('/2023/10/東京-行政サービス/', SITE_URL)
  const articles = [
    makeArticle({
      slug: 'menteri-panrb-temui-pm-azerbaijan',
      url: `${SITE_URL}2023/10/menteri-panrb-temui-pm-azerbaijan/`,
      title: 'Menteri PANRB Temui PM Azerbaijan, Bahas Mal Pelayanan Publik',
      datePublished: date('2023-10-10T14:05:00'),
      dateModified: date('2023-10-11T08:00:00'),
      images: [{ url: `${SITE_URL}assets/menteri%20panrb.jpg` }],
    }),
    makeArticle({ slug: 'tokyo', url: japanese, title: '東京の行政サービス', lang: 'ja', datePublished: date('2023-10-11T10:00:00') }),
    makeArticle({ slug: 'q', url: `${SITE_URL}cari/?tag=a&b`, title: 'Q & A', datePublished: date('2023-09-01T10:00:00') }),
  ]
  const config = makeConfig({ robots: true, pages: true })
  const now = date('2023-10-11T12:00:00')

  it('writes sitemap, news sitemap and robots.txt: golden, strict XML, one-time encoding', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSiteSitemaps(articles, config, sink, { now })
    expect(result.files).toEqual(['sitemap.xml', 'news-sitemap.xml', 'robots.txt'])
    expect(japanese).toBe(`${SITE_URL}2023/10/%E6%9D%B1%E4%BA%AC-%E8%A1%8C%E6%94%BF%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9/`)
    const sitemap = sink.text('sitemap.xml')
    const news = sink.text('news-sitemap.xml')
    expectGolden('site-sitemap.xml', sitemap)
    expectGolden('site-news-sitemap.xml', news)
    expectGolden('site-robots.txt', sink.text('robots.txt'))
    expect(parseStrict(sitemap).elements.get('loc')).toEqual([SITE_URL, `${SITE_URL}cari/?tag=a&b`, articles[0]!.url, japanese])
    expect(sitemap).toContain(`${SITE_URL}cari/?tag=a&amp;b`)
    expect(sitemap).not.toContain('%25')
    expect(parseStrict(news).elements.get('news:language')).toEqual(['ja', 'id'])
    if (hasShared) await expectXsdValid({ 'sitemap.xml': sitemap, 'news-sitemap.xml': news })
  })

  it('splits by the byte limit (test-only option) and by maxUrls from the config', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSiteSitemaps(articles, makeConfig({ sitemap: { file: 'sitemap.xml', maxUrls: 2, gzip: false } }), sink, { now })
    expect(result.files).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml', 'news-sitemap.xml'])
    const byBytes = sitemapMemorySink()
    const small = await writeSiteSitemaps(articles, makeConfig(), byBytes, { now, maxBytes: 500 })
    expect(small.sitemap?.kind).toBe('sitemapindex')
    for (const child of small.sitemap!.children) expect(child.bytes).toBeLessThanOrEqual(500)
    if (hasShared) {
      await expectXsdValid(Object.fromEntries([...sink.files.keys(), ...[...byBytes.files.keys()].map((k) => `b/${k}`)].map((k) => [k, k.startsWith('b/') ? byBytes.text(k.slice(2)) : sink.text(k)])))
    }
  })

  it('writes nothing that is turned off', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSiteSitemaps(articles, makeConfig({ sitemap: false, newsSitemap: false }), sink, { now })
    expect(result.files).toEqual([])
    expect(sink.files.size).toBe(0)
  })

  it('is deterministic: same inputs and now, same bytes', async () => {
    const a = sitemapMemorySink()
    const b = sitemapMemorySink()
    await writeSiteSitemaps(articles, config, a, { now })
    await writeSiteSitemaps([...articles].reverse(), config, b, { now: now.epochMs })
    expect([...a.files.entries()]).toEqual([...b.files.entries()])
  })
})
