import { describe, expect, it } from 'vitest'
import { feedChannel } from '../../src/emit/feeds/channel.js'
import { renderRss, replaceLastBuildDate } from '../../src/emit/feeds/rss.js'
import { selectFeedArticles } from '../../src/plan/feeds.js'
import type { Article } from '../../src/model/types.js'
import { DEMO_NOW, date, demoArticles, makeArticle, person, siteConfig } from './fixture.js'
import { NS, child, childrenNamed, htmlTextDecode, parseXml } from './xml-tree.js'

const config = siteConfig()
const channel = feedChannel(config, 'feed.xml')

function rss(articles: readonly Article[], content: 'full' | 'summary' = 'full') {
  const xml = renderRss(articles, channel, { content })
  const doc = parseXml(xml)
  return { xml, doc, channel: child(doc.root, 'channel') }
}

function items(articles: readonly Article[]) {
  return childrenNamed(rss(articles).channel, 'item')
}

describe('renderRss: channel', () => {
  const articles = selectFeedArticles(demoArticles(), { limit: 50 }, { now: DEMO_NOW })

  it('is well-formed RSS 2.0 with self link, language, logo image and no channel author', () => {
    const { doc, channel: ch } = rss(articles)
    expect(doc.root.local).toBe('rss')
    expect(doc.root.attributes.version).toBe('2.0')
    expect(child(ch, 'title').text).toBe('Semarak')
    expect(child(ch, 'link', '').text).toBe('https://semarak.example/')
    expect(child(ch, 'language').text).toBe('id')
    const self = childrenNamed(ch, 'link', NS.atom).find((link) => link.attributes.rel === 'self')
    expect(self?.attributes).toMatchObject({ href: 'https://semarak.example/feed.xml', type: 'application/rss+xml' })
    const image = child(ch, 'image')
    expect(child(image, 'url').text).toBe('https://semarak.example/assets/logo.png')
    expect(child(image, 'title').text).toBe('Semarak')
    expect(child(image, 'link').text).toBe('https://semarak.example/')
    expect(childrenNamed(ch, 'author')).toHaveLength(0)
    expect(childrenNamed(ch, 'pubDate')).toHaveLength(0)
  })

  it('dates lastBuildDate from the newest content (a correction), not the clock: same bytes every run', () => {
    const { xml, channel: ch } = rss(articles)
    expect(child(ch, 'lastBuildDate').text).toBe('Wed, 11 Oct 2023 10:40:00 +0700')
    expect(renderRss(articles, channel, { content: 'full' })).toBe(xml)
  })

  it('advertises a WebSub hub and a stylesheet when configured', () => {
    const withExtras = { ...channel, hub: 'https://hub.example/', stylesheet: 'https://semarak.example/feed.xsl' }
    const doc = parseXml(renderRss(articles, withExtras, { content: 'full' }))
    const hub = childrenNamed(child(doc.root, 'channel'), 'link', NS.atom).find((link) => link.attributes.rel === 'hub')
    expect(hub?.attributes.href).toBe('https://hub.example/')
    expect(doc.instructions).toEqual([{ target: 'xml-stylesheet', body: 'type="text/xsl" href="https://semarak.example/feed.xsl"' }])
  })
})

describe('renderRss: items', () => {
  const [baku, opinion, interview, paywalled] = selectFeedArticles(demoArticles(), { limit: 50 }, { now: DEMO_NOW })

  it('has link, permalink guid, RFC 822 pubDate in the article offset, categories for section and tags', () => {
    const [item] = items([baku!])
    expect(child(item!, 'link').text).toBe(baku!.url)
    expect(child(item!, 'guid').text).toBe(baku!.url)
    expect(child(item!, 'guid').attributes.isPermaLink).toBe('true')
    expect(child(item!, 'pubDate').text).toBe('Wed, 11 Oct 2023 08:15:00 +0700')
    expect(childrenNamed(item!, 'category').map((c) => c.text)).toEqual(['Pelayanan Publik', 'Azerbaijan', 'ASAN Xidmat', 'MPP'])
  })

  it('writes one dc:creator per author and no <author> when no e-mail is known', () => {
    const [item] = items([paywalled!])
    expect(childrenNamed(item!, 'creator', NS.dc).map((c) => c.text)).toEqual(['Dewi Anggraini', 'Rina Wulandari', 'Desk Nasional Semarak'])
    expect(childrenNamed(item!, 'author')).toHaveLength(0)
  })

  it('writes <author> as "email (Name)" for a single author with an e-mail, alone', () => {
    const [item] = items([opinion!])
    expect(child(item!, 'author').text).toBe('hendra.siregar@semarak.example (Hendra Siregar)')
    expect(childrenNamed(item!, 'creator', NS.dc)).toHaveLength(0)
  })

  it('keeps dc:creator for every author when several have e-mails (RSS allows one <author>)', () => {
    const article = makeArticle({
      slug: 'dua-penulis',
      authors: [person('a', 'Ani', { email: 'ani@semarak.example' }), person('b', 'Budi', { email: 'budi@semarak.example' })],
    })
    const [item] = items([article])
    expect(childrenNamed(item!, 'creator', NS.dc).map((c) => c.text)).toEqual(['Ani', 'Budi'])
    expect(childrenNamed(item!, 'author')).toHaveLength(0)
  })

  it('puts description before content:encoded, with the sanitized absolute HTML', () => {
    const [item] = items([baku!])
    const names = item!.children.map((c) => c.local)
    expect(names.indexOf('description')).toBeLessThan(names.indexOf('encoded'))
    const html = child(item!, 'encoded', NS.content).text
    expect(html).toContain('<a href="https://semarak.example/2023/10/mpp-152-daerah/">')
    expect(html).toContain('<a href="https://semarak.example/pedoman/">')
    expect(html).toContain('src="https://semarak.example/2023/09/foto/mpp-banyuwangi.jpg"')
    expect(html).toContain('<a href="https://video.example/embed/anas-baku">Video: Menteri Anas di Baku</a>')
    expect(html).not.toContain('<iframe')
  })

  it('strips script, event handlers and javascript: from content', () => {
    const html = child(items([interview!])[0]!, 'encoded', NS.content).text
    expect(html).not.toMatch(/script|onclick|javascript|alert/i)
  })

  it('carries only the free part of a paywalled article', () => {
    const html = child(items([paywalled!])[0]!, 'encoded', NS.content).text
    expect(html).toContain('Tim analisis Semarak')
    expect(html).not.toContain('RAHASIA-BERBAYAR')
    expect(html).not.toContain('Data yang mau berbagi')
  })

  it('gives the lead image as media:content and as an enclosure with a real MIME type', () => {
    const [item] = items([baku!])
    const media = child(item!, 'content', NS.media)
    expect(media.attributes).toEqual({
      url: 'https://semarak.example/assets/2023/10/anas-asadov-baku.jpg',
      medium: 'image',
      type: 'image/jpeg',
      width: '1200',
      height: '800',
    })
    expect(child(media, 'credit', NS.media).text).toBe('Humas Kementerian PANRB')
    expect(child(media, 'description', NS.media).text).toContain('Ali Asadov di Baku')
    expect(child(item!, 'enclosure').attributes).toEqual({ url: media.attributes.url, length: '0', type: 'image/jpeg' })
    expect(child(items([paywalled!])[0]!, 'enclosure').attributes.type).toBe('image/png')
  })

  it('writes no enclosure for an image whose type is unknown (never a guessed image/jpg)', () => {
    const article = makeArticle({ slug: 'x', images: [{ url: 'https://cdn.example/foto?id=7' }] })
    const [item] = items([article])
    expect(childrenNamed(item!, 'enclosure')).toHaveLength(0)
    expect(child(item!, 'content', NS.media).attributes).toEqual({ url: 'https://cdn.example/foto?id=7', medium: 'image' })
  })

  it('summary mode has no content:encoded; the description is the text, escaped as HTML', () => {
    const article = makeArticle({ slug: 'x', description: 'Harga <naik> & "turun"', body: 'Badan berita.' })
    const { channel: ch } = rss([article], 'summary')
    const item = child(ch, 'item')
    expect(childrenNamed(item, 'encoded', NS.content)).toHaveLength(0)
    expect(htmlTextDecode(child(item, 'description').text)).toBe('Harga <naik> & "turun"')
  })

  it('splits every ]]> and drops control characters (U+000B from Word) in every text', () => {
    const nasty = 'a]]>b]]>c\u000B\u0000d'
    const article = makeArticle({
      slug: 'x',
      title: nasty,
      description: nasty,
      section: nasty,
      tags: [`${nasty}!`],
      authors: [person('p', nasty)],
      images: [{ url: 'https://semarak.example/a.jpg', caption: nasty, credit: nasty }],
      body: nasty,
    })
    const { xml, channel: ch } = rss([article])
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    const item = child(ch, 'item')
    expect(child(item, 'title').text).toBe('a]]>b]]>cd')
    expect(htmlTextDecode(child(item, 'description').text)).toBe('a]]>b]]>cd')
    expect(child(item, 'creator', NS.dc).text).toBe('a]]>b]]>cd')
    expect(childrenNamed(item, 'category').map((c) => c.text)).toEqual(['a]]>b]]>cd', 'a]]>b]]>cd!'])
    expect(child(child(item, 'content', NS.media), 'credit', NS.media).text).toBe('a]]>b]]>cd')
  })
})

describe('replaceLastBuildDate', () => {
  it('skips a <lastBuildDate> that is only text inside CDATA', () => {
    const xml = '<rss><channel><title><![CDATA[<lastBuildDate>x</lastBuildDate>]]></title><lastBuildDate>Sat, 28 Nov 2026 02:00:00 GMT</lastBuildDate></channel></rss>'
    expect(replaceLastBuildDate(xml, 'D')).toBe('<rss><channel><title><![CDATA[<lastBuildDate>x</lastBuildDate>]]></title><lastBuildDate>D</lastBuildDate></channel></rss>')
  })

  it('is used even when the channel title says <lastBuildDate> (title is CDATA)', () => {
    const tricky = { ...channel, title: '<lastBuildDate>Mon, 01 Jan 2024 00:00:00 GMT</lastBuildDate>' }
    const article = makeArticle({ slug: 'x', datePublished: date('2023-10-01T08:00:00') })
    const doc = parseXml(renderRss([article], tricky, { content: 'full' }))
    const ch = child(doc.root, 'channel')
    expect(child(ch, 'title').text).toBe(tricky.title)
    expect(child(ch, 'lastBuildDate').text).toBe('Sun, 01 Oct 2023 08:00:00 +0700')
  })

  it('an empty feed is dated by emptyUpdated (the build "now"), not the clock', () => {
    const doc = parseXml(renderRss([], { ...channel, emptyUpdated: DEMO_NOW }, { content: 'full' }))
    expect(child(child(doc.root, 'channel'), 'lastBuildDate').text).toBe('Wed, 11 Oct 2023 12:00:00 +0700')
  })
})
