import { describe, expect, it } from 'vitest'
import { renderAtom } from '../../src/emit/feeds/atom.js'
import { feedChannel } from '../../src/emit/feeds/channel.js'
import { JSON_FEED_VERSION, type JsonFeed, renderJsonFeed } from '../../src/emit/feeds/json.js'
import { selectFeedArticles } from '../../src/plan/feeds.js'
import { DEMO_NOW, demoArticles, makeArticle, siteConfig } from './fixture.js'
import { NS, child, childrenNamed, parseXml } from './xml-tree.js'

const config = siteConfig()
const articles = selectFeedArticles(demoArticles(), { limit: 50 }, { now: DEMO_NOW })
const [baku, opinion, , paywalled] = articles

describe('renderAtom', () => {
  const atomChannel = feedChannel(config, 'atom.xml')
  const doc = parseXml(renderAtom(articles, atomChannel, { content: 'full' }))
  const feed = doc.root
  const entries = childrenNamed(feed, 'entry', NS.atom)

  it('has id, title, updated (newest content date), self and alternate links, xml:lang, icon and logo', () => {
    expect(feed.uri).toBe(NS.atom)
    expect(feed.attributes['xml:lang']).toBe('id')
    expect(child(feed, 'id').text).toBe('https://semarak.example/atom.xml')
    expect(child(feed, 'title').text).toBe('Semarak')
    expect(child(feed, 'updated').text).toBe('2023-10-11T10:40:00+07:00')
    const links = childrenNamed(feed, 'link').map((link) => link.attributes)
    expect(links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'https://semarak.example/atom.xml' },
      { rel: 'alternate', type: 'text/html', href: 'https://semarak.example/' },
    ])
    expect(child(feed, 'icon').text).toBe('https://semarak.example/assets/logo.png')
    expect(child(feed, 'logo').text).toBe('https://semarak.example/assets/logo.png')
  })

  it('entries have a stable id, link, published, updated (the correction), summary and html content', () => {
    const entry = entries[0]!
    expect(child(entry, 'id').text).toBe(baku!.url)
    expect(child(entry, 'link').attributes).toEqual({ rel: 'alternate', type: 'text/html', href: baku!.url })
    expect(child(entry, 'published').text).toBe('2023-10-11T08:15:00+07:00')
    expect(child(entry, 'updated').text).toBe('2023-10-11T10:40:00+07:00')
    expect(child(entry, 'summary').text).toBe(baku!.description)
    const content = child(entry, 'content')
    expect(content.attributes.type).toBe('html')
    expect(content.text).toContain('<a href="https://semarak.example/pedoman/">pedoman redaksi</a>')
  })

  it('has one author per person (name, uri) and categories for section and tags', () => {
    const entry = entries[3]!
    expect(child(entry, 'id').text).toBe(paywalled!.url)
    const authors = childrenNamed(entry, 'author').map((a) => [child(a, 'name').text, child(a, 'uri').text])
    expect(authors).toEqual([
      ['Dewi Anggraini', 'https://semarak.example/penulis/dewi-anggraini/'],
      ['Rina Wulandari', 'https://semarak.example/penulis/rina-wulandari/'],
      ['Desk Nasional Semarak', 'https://semarak.example/redaksi/'],
    ])
    expect(childrenNamed(entry, 'category').map((c) => c.attributes.term)).toEqual(['Analisis', 'MPP Digital', 'transformasi digital'])
    expect(child(entry, 'content').text).not.toContain('RAHASIA-BERBAYAR')
  })

  it('credits the publisher at feed level, so entries without authors still have one', () => {
    const feedAuthor = child(feed, 'author')
    expect(child(feedAuthor, 'name').text).toBe('Semarak')
  })

  it('adds hub and stylesheet when configured', () => {
    const withExtras = parseXml(renderAtom(articles, { ...atomChannel, hub: 'https://hub.example/', stylesheet: 'https://semarak.example/feed.css' }, { content: 'full' }))
    expect(childrenNamed(withExtras.root, 'link').find((l) => l.attributes.rel === 'hub')?.attributes.href).toBe('https://hub.example/')
    expect(withExtras.instructions).toEqual([{ target: 'xml-stylesheet', body: 'type="text/css" href="https://semarak.example/feed.css"' }])
  })

  it('summary mode leaves out content', () => {
    const summary = parseXml(renderAtom([opinion!], atomChannel, { content: 'summary' }))
    const entry = child(summary.root, 'entry')
    expect(childrenNamed(entry, 'content')).toHaveLength(0)
    expect(child(entry, 'summary').text).toBe(opinion!.description)
  })
})

describe('renderJsonFeed', () => {
  const jsonChannel = feedChannel(config, 'feed.json')
  const feed = JSON.parse(renderJsonFeed(articles, jsonChannel, { content: 'full' })) as JsonFeed

  it('is JSON Feed 1.1 with home page, feed URL, language, icon and authors', () => {
    expect(feed.version).toBe(JSON_FEED_VERSION)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.home_page_url).toBe('https://semarak.example/')
    expect(feed.feed_url).toBe('https://semarak.example/feed.json')
    expect(feed.language).toBe('id')
    expect(feed.icon).toBe('https://semarak.example/assets/logo.png')
    expect(feed.authors).toEqual([{ name: 'Semarak', url: 'https://semarak.example/' }])
    expect(feed).not.toHaveProperty('author')
  })

  it('items carry id, url, title, content_html, summary, image, dates, authors, tags and language', () => {
    const item = feed.items[0]!
    expect(item).toMatchObject({
      id: baku!.url,
      url: baku!.url,
      title: baku!.title,
      summary: baku!.description,
      image: 'https://semarak.example/assets/2023/10/anas-asadov-baku.jpg',
      date_published: '2023-10-11T08:15:00+07:00',
      date_modified: '2023-10-11T10:40:00+07:00',
      tags: ['Pelayanan Publik', 'Azerbaijan', 'ASAN Xidmat', 'MPP'],
      language: 'id',
    })
    expect(item.authors).toEqual([
      { name: 'Rina Wulandari', url: 'https://semarak.example/penulis/rina-wulandari/', avatar: 'https://semarak.example/assets/authors/rina-wulandari.jpg' },
      { name: 'Bagus Prasetyo', url: 'https://semarak.example/penulis/bagus-prasetyo/' },
    ])
    expect(item.content_html).toContain('href="https://semarak.example/2023/10/mpp-152-daerah/"')
    expect(feed.items[1]).not.toHaveProperty('date_modified')
    expect(feed.items[3]!.authors).toHaveLength(3)
    expect(feed.items[3]!.content_html).not.toContain('RAHASIA-BERBAYAR')
  })

  it('points at the original with external_url when the canonical lives elsewhere', () => {
    const syndicated = makeArticle({ slug: 'sindikasi', canonical: 'https://kantorberita.example/asli' })
    const out = JSON.parse(renderJsonFeed([syndicated], jsonChannel, { content: 'full' })) as JsonFeed
    expect(out.items[0]!.external_url).toBe('https://kantorberita.example/asli')
  })

  it('summary mode gives content_text, and hubs when a hub is set', () => {
    const out = JSON.parse(renderJsonFeed([opinion!], { ...jsonChannel, hub: 'https://hub.example/' }, { content: 'summary' })) as JsonFeed
    expect(out.items[0]).not.toHaveProperty('content_html')
    expect(out.items[0]!.content_text).toBe(opinion!.description)
    expect(out.hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }])
  })
})

describe('renderAtom: languages', () => {
  it('marks an entry in another language than the feed with xml:lang', () => {
    const channel = feedChannel(siteConfig(), 'atom.xml')
    const ja = makeArticle({ slug: 'ja', lang: 'ja', title: '行政サービス' })
    const id = makeArticle({ slug: 'id', lang: 'id' })
    const entries = childrenNamed(parseXml(renderAtom([ja, id], channel, { content: 'full' })).root, 'entry')
    expect(entries.map((e) => e.attributes['xml:lang'])).toEqual(['ja', undefined])
  })
})
