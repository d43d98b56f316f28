import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAtom } from '../../src/check/documents/feeds/atom/check.js'
import { checkJsonFeed } from '../../src/check/documents/feeds/json-feed/check.js'
import { checkRss } from '../../src/check/documents/feeds/rss/check.js'
import { atLeast, fixtures, found } from './helpers.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const options = { now: NOW }
const read = (name: string) => readFileSync(path.join(fixtures, 'good', name), 'utf8')

describe('good feeds in the styles other generators write: no false alarms', () => {
  it('WordPress RSS 2.0', () => expect(checkRss(read('wordpress-feed.xml'), 'feed', options)).toEqual([]))
  it('Hugo RSS 2.0', () => expect(checkRss(read('hugo-index.xml'), 'index.xml', options)).toEqual([]))
  it('jekyll-feed Atom (relative image under xml:base)', () => expect(checkAtom(read('jekyll-feed.xml'), 'feed.xml', options)).toEqual([]))
  it('JSON Feed 1.1 with extensions, attachments, hubs', () => expect(checkJsonFeed(read('eleventy-feed.json'), 'feed.json', options)).toEqual([]))
})

const rss = (items: string, channel = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>T</title>
<link>https://example.com/</link>
<description>D</description>
<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
${channel}${items}
</channel>
</rss>
`
const item = (body: string) => `<item>\n<title>A</title>\n<guid>https://example.com/a/</guid>\n${body}\n</item>`

describe('RSS 2.0: the W3C validator checks that matter', () => {
  it('a well-formed baseline has no findings', () => {
    expect(checkRss(rss(item('<pubDate>Wed, 11 Oct 2023 04:00:00 +0000</pubDate>')), 'f', options)).toEqual([])
  })
  it('bad dates: ISO, wrong weekday, impossible, two-digit year, future', () => {
    const text = rss(
      [
        item('<pubDate>2023-10-11T04:00:00Z</pubDate>'),
        item('<pubDate>Thu, 11 Oct 2023 04:00:00 +0000</pubDate>'),
        item('<pubDate>Fri, 30 Feb 2024 04:00:00 +0000</pubDate>'),
        item('<pubDate>Wed, 11 Oct 23 04:00:00 +0000</pubDate>'),
        item('<pubDate>Sat, 11 Nov 2023 04:00:00 +0000</pubDate>'),
      ].join('\n'),
    )
    expect(found(checkRss(text, 'f', options))).toEqual([
      'rss/invalid-date@11', 'feed/duplicate-id@15', 'rss/invalid-date@16', 'feed/duplicate-id@20', 'rss/invalid-date@21',
      'feed/duplicate-id@25', 'rss/problematic-date@26', 'feed/duplicate-id@30', 'feed/implausible-date@31',
    ])
  })
  it('required channel elements, the self link, language and undefined elements', () => {
    const text = `<rss version="2.0">
<channel>
<title>T</title>
<author>Ana</author>
<language>en_US</language>
<pubdate>Wed, 11 Oct 2023 04:00:00 +0000</pubdate>
</channel>
</rss>`
    const diagnostics = checkRss(text, 'f', options)
    expect(found(diagnostics)).toEqual([
      'rss/missing-element@2', 'rss/missing-element@2', 'feed/missing-self-link@2',
      'rss/undefined-element@4', 'feed/invalid-language@5', 'rss/undefined-element@6',
    ])
    expect(diagnostics[5]!.message).toContain('Did you mean "pubDate"?')
    expect(diagnostics[3]!.message).toContain('managingEditor')
    expect(diagnostics[3]!.column).toBe(1)
  })
  it('guid, author and item rules', () => {
    const text = rss(
      [
        '<item>\n<title>A</title>\n</item>',
        '<item>\n<description>x</description>\n<guid>post-42</guid>\n</item>',
        item('<author>Ana Putri</author>'),
        item('<author>ana@example.com</author>').replace('/a/', '/b/'),
        item('<author>ana@example.com (Ana)</author>\n<dc:creator>Ana</dc:creator>').replace('/a/', '/c/'),
        item('<content:encoded>&lt;p&gt;x&lt;/p&gt;</content:encoded>\n<description>later</description>').replace('/a/', '/d/'),
        '<item>\n<link>/relative/</link>\n<title>t</title>\n<guid isPermaLink="maybe">x</guid>\n</item>',
      ].join('\n'),
    )
    expect(found(checkRss(text, 'f', options))).toEqual([
      'rss/missing-guid@8', 'rss/invalid-guid@13', 'rss/author-not-email@18', 'rss/author-missing-name@23',
      'rss/duplicate-semantics@29', 'rss/description-after-content@34', 'feed/relative-url@38', 'rss/invalid-value@40', 'rss/invalid-guid@40',
    ])
  })
  it('relative URLs in HTML content and enclosures', () => {
    const text = rss(item('<description><![CDATA[<p><img src="/img/a.jpg" srcset="/img/a-2x.jpg 2x"><a href="https://example.com/ok">ok</a></p>]]></description>\n<enclosure url="/audio.mp3" type="audio/mpeg" length="12kb"/>'))
    const diagnostics = checkRss(text, 'f', options)
    expect(found(diagnostics)).toEqual(['feed/relative-url-in-content@11', 'feed/relative-url@12', 'rss/invalid-value@12'])
    expect(diagnostics[0]!.message).toContain('"/img/a.jpg", "/img/a-2x.jpg"')
  })
  it('unsafe markup in content: scripts, iframes, event attributes, javascript: URLs', () => {
    const text = rss(item('<description><![CDATA[<p onclick="x()">a</p><iframe src="https://v.example/e"></iframe><a href="javascript:alert(1)">b</a><script>x()</script>]]></description>'))
    const diagnostics = checkRss(text, 'f', options)
    expect(found(diagnostics)).toEqual(['feed/unsafe-html@11'])
    expect(diagnostics[0]!.message).toContain('onclick="…", <iframe>, javascript: URL, <script>')
    expect(diagnostics[0]!.severity).toBe('warning')
  })
  it('links may use any scheme that names a resource, not javascript:', () => {
    const text = rss(item('<link>ftp://example.com/a</link>\n<comments>mailto:desk@example.com</comments>\n<source url="javascript:alert(1)">x</source>'))
    expect(found(checkRss(text, 'f', options))).toEqual(['feed/relative-url@13'])
  })
  it('military zones are legal RFC 822 (read as UTC), with a warning', () => {
    expect(found(checkRss(rss(item('<pubDate>Wed, 11 Oct 2023 04:00:00 Z</pubDate>\n')), 'f', options))).toEqual([])
    expect(found(checkRss(rss(item('<pubDate>Wed, 11 Oct 2023 04:00:00 G</pubDate>')), 'f', options))).toEqual(['rss/problematic-date@11'])
  })
  it('the same thing said twice in RSS and Dublin Core; cloud attributes; inline XHTML', () => {
    const text = rss(
      item('<pubDate>Wed, 11 Oct 2023 04:00:00 +0000</pubDate>\n<dc:date>2023-10-11T04:00:00Z</dc:date>\n<xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p onclick="x()">a</xhtml:p></xhtml:body>'),
      '<cloud domain="rpc.example.com" port="0" path="/RPC2" protocol="xml-rpc"/>\n',
    )
    expect(found(checkRss(text, 'f', options))).toEqual(['rss/missing-element@8', 'rss/invalid-value@8', 'rss/duplicate-semantics@13', 'feed/unsafe-html@14'])
  })
  it('elements that appear once', () => {
    const text = rss(item('<pubDate>Wed, 11 Oct 2023 04:00:00 +0000</pubDate>\n<pubDate>Wed, 11 Oct 2023 05:00:00 +0000</pubDate>'), '<title>Again</title>\n')
    expect(found(checkRss(text, 'f', options))).toEqual(['rss/duplicate-element@8', 'rss/duplicate-element@13'])
  })
  it('image: bare URL, sizes; ttl', () => {
    const text = rss('', '<image>https://example.com/logo.png</image>\n<ttl>hourly</ttl>\n')
    expect(found(checkRss(text, 'f', options))).toEqual(['rss/missing-element@8', 'rss/invalid-value@9'])
  })
  it('not well-formed: undeclared prefix, raw &, HTML entity, each at its position', () => {
    expect(checkRss('<rss version="2.0"><channel>\n<content:encoded>x</content:encoded></channel></rss>', 'f')).toMatchObject([
      { rule: 'xml/not-well-formed', line: 2, severity: 'error', message: expect.stringContaining('unbound namespace prefix') },
    ])
    expect(checkRss('<rss version="2.0"><channel>\n<title>Salt &amp; pepper & more</title></channel></rss>', 'f')).toMatchObject([
      { rule: 'xml/not-well-formed', line: 2, column: 26, message: expect.stringContaining('&amp;') },
    ])
    expect(checkRss('<rss version="2.0"><channel>\n<title>a&nbsp;b</title></channel></rss>', 'f')).toMatchObject([
      { rule: 'xml/not-well-formed', line: 2, column: 9, message: expect.stringContaining('&nbsp;') },
    ])
  })
})

const atom = (entries: string, head = '<link rel="self" href="https://example.com/atom.xml"/>\n<author><name>A</name></author>') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>https://example.com/</id>
<title>T</title>
<updated>2023-10-11T09:00:00+07:00</updated>
${head}
${entries}
</feed>`
const entry = (id: string, body = '') => `<entry>\n<id>${id}</id>\n<title>E</title>\n<updated>2023-10-11T09:00:00+07:00</updated>\n<link href="https://example.com/e/"/>${body}\n</entry>`

describe('Atom 1.0', () => {
  it('a minimal valid feed has no findings', () => {
    expect(checkAtom(atom(entry('tag:example.com,2023:1')), 'a', options)).toEqual([])
  })
  it('dates, ids, duplicates and undefined elements', () => {
    const text = atom([
      entry('tag:example.com,2023:1', '\n<published>2023-10-11 09:00</published>'),
      entry('tag:example.com,2023:1', '\n<pubDate>Wed, 11 Oct 2023 04:00:00 +0000</pubDate>'),
      entry('entry-3', '\n<title>again</title>'),
    ].join('\n'))
    const diagnostics = checkAtom(text, 'a', options)
    expect(found(diagnostics)).toEqual(['atom/invalid-date@13', 'feed/duplicate-id@16', 'atom/undefined-element@20', 'atom/invalid-id@23', 'atom/duplicate-element@27'])
    expect(diagnostics[2]!.message).toContain('Did you mean "published"?')
  })
  it('missing elements, author from the feed, self link, relative links, text types', () => {
    const text = atom(
      '<entry>\n<id>tag:x,2023:1</id>\n<updated>2023-10-11T09:00:00Z</updated>\n<link href="/rel/"/>\n<summary type="markdown">x</summary>\n</entry>',
      '<author><uri>https://example.com/</uri></author>',
    )
    expect(found(checkAtom(text, 'a', options))).toEqual([
      'feed/missing-self-link@2', 'atom/missing-element@6', 'atom/missing-element@7', 'feed/relative-url@10', 'atom/invalid-value@11',
    ])
  })
  it('an entry without any author when the feed has none', () => {
    const text = atom(entry('tag:x,2023:1'), '<link rel="self" href="https://example.com/atom.xml"/>')
    expect(found(checkAtom(text, 'a', options))).toEqual(['atom/missing-element@7'])
  })
  it('relative references are legal in Atom but fragile: a warning; other schemes pass', () => {
    const text = atom(entry('tag:x,2023:1').replace('href="https://example.com/e/"', 'href="/e/"') + '\n' + entry('tag:x,2023:2').replace('https://example.com/e/', 'ftp://example.com/e'))
    const diagnostics = checkAtom(text, 'a', options)
    expect(found(diagnostics)).toEqual(['feed/relative-url@12'])
    expect(diagnostics[0]!.severity).toBe('warning')
  })
  it('repeated elements in <source>', () => {
    const text = atom(entry('tag:x,2023:1', '\n<source><id>tag:y,2023:1</id><title>a</title><title>b</title></source>'))
    expect(found(checkAtom(text, 'a', options))).toEqual(['atom/duplicate-element@13'])
  })
  it('xml:lang is checked', () => {
    expect(found(checkAtom(atom(entry('tag:x,2023:1')).replace('<feed ', '<feed xml:lang="en_GB" '), 'a', options))).toEqual(['feed/invalid-language@2'])
  })
})

describe('JSON Feed 1.1', () => {
  const feed = (fields: string, items = '[{ "id": "1", "content_text": "x" }]') =>
    `{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "T",\n  "feed_url": "https://example.com/feed.json",\n${fields}  "items": ${items}\n}`
  it('the minimum is clean', () => expect(checkJsonFeed(feed(''), 'f.json', options)).toEqual([]))
  it('required fields, types, dates, unknown fields, deprecated author, relative URLs, duplicate ids', () => {
    const text = feed(
      '  "home_page_url": "/",\n  "author": { "name": "A" },\n  "expired": "no",\n  "content_htm": "x",\n',
      `[
    { "id": 1, "content_html": "<img src=\\"img/a.png\\">", "tags": "news", "date_published": "2023-10-11" },
    { "id": "1", "content_text": "x" },
    { "title": "no id, no content", "_ext": true }
  ]`,
    )
    expect(found(checkJsonFeed(text, 'f.json', options))).toEqual([
      'feed/relative-url@5', 'jsonfeed/deprecated-field@6', 'jsonfeed/wrong-type@7', 'jsonfeed/unknown-field@8',
      'jsonfeed/wrong-type@10', 'feed/relative-url-in-content@10', 'jsonfeed/wrong-type@10', 'jsonfeed/invalid-date@10',
      'feed/duplicate-id@11', 'jsonfeed/missing-field@12', 'jsonfeed/missing-field@12',
    ])
  })
  it('missing top-level fields and a wrong version', () => {
    expect(found(checkJsonFeed('{ "version": "https://jsonfeed.org/version/2" }', 'f.json'))).toEqual([
      'jsonfeed/missing-field@1', 'jsonfeed/missing-field@1', 'feed/missing-self-link@1', 'jsonfeed/invalid-version@1',
    ])
  })
  it('JSON syntax errors and duplicate keys come from the shared JSON layer, with positions', () => {
    expect(found(checkJsonFeed('{\n  "title": "a",\n  "title": "b",\n}', 'f.json'))).toEqual(expect.arrayContaining(['json/trailing-comma@3', 'json/duplicate-key@3']))
    expect(found(checkJsonFeed('{\n  "title": \'a\'\n}', 'f.json'))).toEqual(['json/syntax@2'])
  })
  it('no severity above warning for a number id (readers coerce it)', () => {
    const diagnostics = checkJsonFeed(feed('', '[{ "id": 7, "content_text": "x" }]'), 'f.json', options)
    expect(atLeast(diagnostics, 'error')).toEqual([])
    expect(found(diagnostics)).toEqual(['jsonfeed/wrong-type@5'])
  })
})

describe('element and field names that are also names of Object.prototype', () => {
  // They used to be looked up in plain objects: `<toString><a/></toString>` crashed the RSS and Atom checkers, `"constructor"` passed as a JSON Feed field.
  it('RSS 2.0 and RSS 1.0: undefined elements, no crash', () => {
    expect(found(checkRss(rss('', '<toString><constructor/></toString>\n'), 'f', options))).toEqual(['rss/undefined-element@8'])
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.com/"><title>T</title><link>https://example.com/</link><description>D</description><items><rdf:Seq/></items></channel>
<constructor><title/></constructor>
</rdf:RDF>`
    expect(found(checkRss(rdf, 'f', options))).toEqual(['rss1/undefined-element@3', 'rss1/undefined-element@3'])
  })
  it('Atom: an undefined element, no crash', () => {
    expect(found(checkAtom(atom(entry('tag:x,2023:1', '\n<toString><constructor/></toString>'), '<author><name>A</name></author><link rel="self" href="https://example.com/atom.xml"/>'), 'a', options))).toEqual(['atom/undefined-element@12'])
  })
  it('JSON Feed: an unknown field', () => {
    expect(found(checkJsonFeed(feedWith('  "constructor": 1,\n'), 'f.json', options))).toEqual(['jsonfeed/unknown-field@5'])
  })
})

function feedWith(fields: string): string {
  return `{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "T",\n  "feed_url": "https://example.com/feed.json",\n${fields}  "items": [{ "id": "1", "content_text": "x" }]\n}`
}
