import { describe, expect, it } from 'vitest'
import { feedAlternates, feedFiles } from '../../src/emit/feeds/files.js'
import { selectFeedArticles } from '../../src/plan/feeds.js'
import { DEMO_NOW, date, demoArticles, makeArticle, siteConfig } from './fixture.js'
import { child, childrenNamed, parseXml } from './xml-tree.js'

describe('selectFeedArticles', () => {
  it('lists newest first, without drafts or scheduled articles, at most limit', () => {
    const selected = selectFeedArticles(demoArticles(), { limit: 50 }, { now: DEMO_NOW })
    expect(selected.map((a) => a.slug)).toEqual(['menteri-panrb-temui-pm-azerbaijan', 'belajar-dari-baku-tanpa-meniru', 'wawancara-pengelola-mpp', 'analisis-mpp-digital'])
    expect(selectFeedArticles(demoArticles(), { limit: 2 }, { now: DEMO_NOW }).map((a) => a.slug)).toEqual(['menteri-panrb-temui-pm-azerbaijan', 'belajar-dari-baku-tanpa-meniru'])
    expect(selectFeedArticles(demoArticles(), { limit: 0 })).toEqual([])
  })

  it('without a "now" keeps dated articles (the loader already hid scheduled ones) but never drafts', () => {
    const slugs = selectFeedArticles(demoArticles(), { limit: 50 }).map((a) => a.slug)
    expect(slugs[0]).toBe('terjadwal-besok')
    expect(slugs).not.toContain('draf-belum-terbit')
  })

  it('orders articles published at the same instant by URL, so output is stable', () => {
    const when = date('2023-10-10T10:00:00')
    const b = makeArticle({ slug: 'b', datePublished: when })
    const a = makeArticle({ slug: 'a', datePublished: when })
    expect(selectFeedArticles([b, a], { limit: 5 }).map((x) => x.slug)).toEqual(['a', 'b'])
  })
})

describe('feedFiles', () => {
  it('writes the configured site feeds with matching self links', () => {
    const files = feedFiles(siteConfig(), demoArticles(), { now: DEMO_NOW })
    expect(files.map((f) => [f.path, f.url, f.mediaType])).toEqual([
      ['feed.xml', 'https://semarak.example/feed.xml', 'application/rss+xml'],
      ['atom.xml', 'https://semarak.example/atom.xml', 'application/atom+xml'],
      ['feed.json', 'https://semarak.example/feed.json', 'application/feed+json'],
    ])
    for (const file of files) expect(file.content).toContain(file.url)
  })

  it('writes nothing for a format set to false, or with feeds: false', () => {
    expect(feedFiles(siteConfig({ atom: false, json: false }), demoArticles()).map((f) => f.path)).toEqual(['feed.xml'])
    expect(feedFiles(siteConfig(false), demoArticles())).toEqual([])
  })

  it('with sections: one set per section under /<section-slug>/, each listing only that section', () => {
    const files = feedFiles(siteConfig({ sections: true, atom: false, json: false }), demoArticles(), { now: DEMO_NOW })
    expect(files.map((f) => f.path)).toEqual(['feed.xml', 'pelayanan-publik/feed.xml', 'opini/feed.xml', 'analisis/feed.xml'])
    const section = files[1]!
    expect(section.url).toBe('https://semarak.example/pelayanan-publik/feed.xml')
    const channel = child(parseXml(section.content).root, 'channel')
    expect(child(channel, 'title').text).toBe('Semarak — Pelayanan Publik')
    // The scheduled article of this section is not listed.
    expect(childrenNamed(channel, 'item').map((item) => child(item, 'link', '').text)).toEqual([
      'https://semarak.example/2023/10/menteri-panrb-temui-pm-azerbaijan/',
      'https://semarak.example/2023/10/wawancara-pengelola-mpp/',
    ])
  })

  it('percent-encodes a non-ASCII section slug in the URL but not in the path', () => {
    const article = makeArticle({ slug: 'x', section: '経済 ニュース' })
    const files = feedFiles(siteConfig({ sections: true, atom: false, json: false }), [article])
    expect(files[1]!.path).toBe('経済-ニュース/feed.xml')
    expect(files[1]!.url).toBe('https://semarak.example/%E7%B5%8C%E6%B8%88-%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/feed.xml')
  })

  it('builds byte-identical feeds from the same input', () => {
    const once = feedFiles(siteConfig({ sections: true }), demoArticles(), { now: DEMO_NOW })
    const twice = feedFiles(siteConfig({ sections: true }), demoArticles(), { now: DEMO_NOW })
    expect(twice).toEqual(once)
  })
})

describe('feedAlternates', () => {
  const [baku] = demoArticles()

  it('lists the site feeds, and the article section feeds when sections are on', () => {
    expect(feedAlternates(siteConfig(), baku)).toEqual([
      { href: 'https://semarak.example/feed.xml', type: 'application/rss+xml', title: 'Semarak (RSS)' },
      { href: 'https://semarak.example/atom.xml', type: 'application/atom+xml', title: 'Semarak (Atom)' },
      { href: 'https://semarak.example/feed.json', type: 'application/feed+json', title: 'Semarak (JSON Feed)' },
    ])
    const withSections = feedAlternates(siteConfig({ sections: true, json: false }), baku)
    expect(withSections.map((l) => l.href)).toEqual([
      'https://semarak.example/feed.xml',
      'https://semarak.example/atom.xml',
      'https://semarak.example/pelayanan-publik/feed.xml',
      'https://semarak.example/pelayanan-publik/atom.xml',
    ])
    expect(withSections[2]!.title).toBe('Semarak — Pelayanan Publik (RSS)')
  })

  it('without an article or feeds: the site feeds, or nothing', () => {
    expect(feedAlternates(siteConfig({ sections: true }))).toHaveLength(3)
    expect(feedAlternates(siteConfig(false), baku)).toEqual([])
  })
})
