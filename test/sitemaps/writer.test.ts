import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  writeNewsSitemap,
  writeSitemap,
  writeSitemapIndex,
  urlXml,
  type NewsSitemapEntry,
  type SitemapEntry,
} from '../../src/emit/sitemaps/index.js'
import { sitemapFolderSink, sitemapMemorySink } from '../../src/write/sink.js'
import { expectGolden, expectXsdValid, hasShared, parseStrict, SITE_URL, xsdErrors } from './helpers.js'

function entries(count: number, lastmodOf = (i: number) => `2023-10-${String((i % 28) + 1).padStart(2, '0')}T09:30:00+07:00`): SitemapEntry[] {
  return Array.from({ length: count }, (_, i) => ({ loc: `${SITE_URL}berita-${i + 1}/`, lastmod: lastmodOf(i) }))
}

function texts(sink: ReturnType<typeof sitemapMemorySink>): Record<string, string> {
  return Object.fromEntries([...sink.files.keys()].sort().map((name) => [name, sink.text(name)]))
}

describe('writeSitemap: one urlset', () => {
  it('writes loc, lastmod, images, and changefreq/priority only when given', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSitemap(
      [
        { loc: SITE_URL, lastmod: '2023-10-11T09:30:00+07:00', changefreq: 'hourly', priority: 1 },
        {
          loc: `${SITE_URL}2023/10/pelayanan-publik/`,
          lastmod: '2023-10-10T14:05:09+07:00',
          images: [{ loc: `${SITE_URL}assets/foto%20utama.jpg` }, { loc: 'https://cdn.example/b.png' }],
        },
        { loc: `${SITE_URL}tanpa-tanggal/` },
      ],
      sink,
      { baseUrl: SITE_URL },
    )
    expect(result.kind).toBe('urlset')
    expect(result.urls).toBe(3)
    expect(result.children).toEqual([])
    expect(result.file).toMatchObject({ file: 'sitemap.xml', url: `${SITE_URL}sitemap.xml`, urls: 3, lastmod: '2023-10-11T09:30:00+07:00' })
    expect([...sink.files.keys()]).toEqual(['sitemap.xml'])
    const xml = sink.text('sitemap.xml')
    expect(result.file.bytes).toBe(Buffer.byteLength(xml))
    expectGolden('plain.xml', xml)
    const { root, elements } = parseStrict(xml)
    expect(root).toBe('urlset')
    expect(elements.get('loc')).toHaveLength(3)
    expect(elements.get('image:loc')).toEqual([`${SITE_URL}assets/foto%20utama.jpg`, 'https://cdn.example/b.png'])
    expect(elements.get('changefreq')).toEqual(['hourly'])
    expect(elements.get('priority')).toEqual(['1'])
    expect(elements.get('lastmod')).toEqual(['2023-10-11T09:30:00+07:00', '2023-10-10T14:05:09+07:00'])
  })

  it('XML-escapes reserved characters and percent-encodes raw IRIs exactly once', async () => {
    const sink = sitemapMemorySink()
    await writeSitemap(
      [
        { loc: `${SITE_URL}cari?q=a&b=<c>` },
        // Already encoded once (as article.url is): left alone, not %25-encoded again.
        { loc: `${SITE_URL}%E6%9D%B1%E4%BA%AC-%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/` },
        // A raw IRI from another build: encoded once.
        { loc: `${SITE_URL}東京-ニュース/über uns` },
        { loc: `${SITE_URL}100%-naik/` },
      ],
      sink,
      { baseUrl: SITE_URL },
    )
    const xml = sink.text('sitemap.xml')
    expect(xml).toContain(`<loc>${SITE_URL}cari?q=a&amp;b=%3Cc%3E</loc>`)
    expect(xml).toContain(`<loc>${SITE_URL}%E6%9D%B1%E4%BA%AC-%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/</loc>`)
    expect(xml).toContain(`<loc>${SITE_URL}%E6%9D%B1%E4%BA%AC-%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/%C3%BCber%20uns</loc>`)
    expect(xml).toContain(`<loc>${SITE_URL}100%25-naik/</loc>`)
    expect(xml).not.toContain('%25E6')
    // After XML parsing the loc is the URI again (escaping is undone, encoding is not).
    expect(parseStrict(xml).elements.get('loc')![0]).toBe(`${SITE_URL}cari?q=a&b=%3Cc%3E`)
    expectGolden('escaping.xml', xml)
  })

  it('takes async iterables (a generator, a cursor) as well as arrays', async () => {
    async function* generate() {
      for (const entry of entries(5)) yield entry
    }
    const fromAsync = sitemapMemorySink()
    const fromArray = sitemapMemorySink()
    await writeSitemap(generate(), fromAsync, { baseUrl: SITE_URL })
    await writeSitemap(entries(5), fromArray, { baseUrl: SITE_URL })
    expect(fromAsync.text('sitemap.xml')).toBe(fromArray.text('sitemap.xml'))
  })

  it('writes an empty urlset for no entries', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSitemap([], sink, { baseUrl: SITE_URL })
    expect(result).toMatchObject({ kind: 'urlset', urls: 0 })
    expect(result.file.lastmod).toBeUndefined()
    expect(parseStrict(sink.text('sitemap.xml')).root).toBe('urlset')
  })

  it.each([
    [{ loc: '/relative/' }, /absolute http\(s\) URL/],
    [{ loc: 'ftp://semarak.example/x' }, /absolute http\(s\) URL/],
    [{ loc: `${SITE_URL}${'a'.repeat(2100)}` }, /2,048/],
    [{ loc: SITE_URL, lastmod: '2023-10-11T09:30+07:00' }, /seconds and offset/],
    [{ loc: SITE_URL, lastmod: '2023-10-11T09:30:00' }, /seconds and offset/],
    [{ loc: SITE_URL, lastmod: 'Wed, 11 Oct 2023 09:30:00 +0700' }, /W3C date/],
    [{ loc: SITE_URL, priority: 1.5 }, /0\.0 to 1\.0/],
    [{ loc: SITE_URL, changefreq: 'sometimes' as 'daily' }, /changefreq/],
    [{ loc: SITE_URL, images: [{ loc: 'foto.jpg' }] }, /image:loc must be an absolute/],
    [{ loc: SITE_URL, images: Array.from({ length: 1001 }, () => ({ loc: `${SITE_URL}a.jpg` })) }, /at most 1000/],
  ])('rejects a bad entry %#, naming the problem', async (entry, message) => {
    await expect(writeSitemap([entry], sitemapMemorySink(), { baseUrl: SITE_URL })).rejects.toThrow(message)
  })

  it('rejects limits beyond the protocol', async () => {
    await expect(writeSitemap([], sitemapMemorySink(), { baseUrl: SITE_URL, maxUrls: 50_001 })).rejects.toThrow(/1 to 50,000/)
    await expect(writeSitemap([], sitemapMemorySink(), { baseUrl: SITE_URL, maxBytes: 60_000_000 })).rejects.toThrow(/1 to 52,428,800/)
  })

  it('accepts a date-only lastmod and compares lastmods as instants across offsets', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSitemap(
      [
        { loc: `${SITE_URL}a/`, lastmod: '2023-10-11T01:00:00+07:00' }, // 2023-10-10T18:00Z
        { loc: `${SITE_URL}b/`, lastmod: '2023-10-10T20:00:00-02:00' }, // 2023-10-10T22:00Z: newest
        { loc: `${SITE_URL}c/`, lastmod: '2023-10-10' },
      ],
      sink,
      { baseUrl: SITE_URL },
    )
    expect(result.file.lastmod).toBe('2023-10-10T20:00:00-02:00')
  })
})

describe('writeSitemap: splitting into an index', () => {
  it('splits 10 entries at maxUrls 3 into an index of 4 children, each lastmod its newest entry', async () => {
    const sink = sitemapMemorySink()
    const list = entries(10, (i) => `2023-10-${String(20 - i).padStart(2, '0')}T08:00:00+07:00`)
    const result = await writeSitemap(list, sink, { baseUrl: SITE_URL, maxUrls: 3 })
    expect(result.kind).toBe('sitemapindex')
    expect(result.urls).toBe(10)
    expect(result.children.map((child) => [child.file, child.urls, child.lastmod])).toEqual([
      ['sitemap-1.xml', 3, '2023-10-20T08:00:00+07:00'],
      ['sitemap-2.xml', 3, '2023-10-17T08:00:00+07:00'],
      ['sitemap-3.xml', 3, '2023-10-14T08:00:00+07:00'],
      ['sitemap-4.xml', 1, '2023-10-11T08:00:00+07:00'],
    ])
    expect([...sink.files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap-4.xml', 'sitemap.xml'])
    const index = sink.text('sitemap.xml')
    expectGolden('split-index.xml', index)
    expectGolden('split-child-1.xml', sink.text('sitemap-1.xml'))
    expect(parseStrict(index).root).toBe('sitemapindex')
    expect(parseStrict(index).elements.get('loc')).toEqual([1, 2, 3, 4].map((n) => `${SITE_URL}sitemap-${n}.xml`))
    // Every entry lands in exactly one child, in order.
    const locs = [1, 2, 3, 4].flatMap((n) => parseStrict(sink.text(`sitemap-${n}.xml`)).elements.get('loc')!)
    expect(locs).toEqual(list.map((entry) => entry.loc))
    for (const child of result.children) expect(child.bytes).toBe(Buffer.byteLength(sink.text(child.file)))
  })

  it('exactly maxUrls entries stay one urlset; one more splits', async () => {
    const exact = sitemapMemorySink()
    expect((await writeSitemap(entries(3), exact, { baseUrl: SITE_URL, maxUrls: 3 })).kind).toBe('urlset')
    expect([...exact.files.keys()]).toEqual(['sitemap.xml'])
    const over = sitemapMemorySink()
    const result = await writeSitemap(entries(4), over, { baseUrl: SITE_URL, maxUrls: 3 })
    expect(result.children.map((child) => child.urls)).toEqual([3, 1])
  })

  it('splits by bytes (counted in UTF-8, closing tag included) before the URL limit', async () => {
    // Multi-byte-heavy URLs: JS string length would undercount them three times over.
    const list = Array.from({ length: 12 }, (_, i) => ({ loc: `${SITE_URL}${'ニュース'.repeat(5)}-${i}/`, lastmod: '2023-10-11T09:30:00+07:00' }))
    const maxBytes = 1500
    const sink = sitemapMemorySink()
    const result = await writeSitemap(list, sink, { baseUrl: SITE_URL, maxBytes })
    expect(result.kind).toBe('sitemapindex')
    expect(result.children.length).toBeGreaterThan(1)
    let next = 0
    for (const [n, child] of result.children.entries()) {
      const bytes = Buffer.byteLength(sink.text(child.file))
      expect(bytes).toBe(child.bytes)
      expect(bytes).toBeLessThanOrEqual(maxBytes)
      next += child.urls
      // Each child is full: the entry that opened the next one would have pushed it over the limit.
      const following = list[next]
      if (n < result.children.length - 1) expect(bytes + Buffer.byteLength(urlXml(following!))).toBeGreaterThan(maxBytes)
    }
    expect(result.children.reduce((sum, child) => sum + child.urls, 0)).toBe(12)
  })

  it('refuses an entry larger than the byte limit on its own', async () => {
    await expect(writeSitemap(entries(1), sitemapMemorySink(), { baseUrl: SITE_URL, maxBytes: 200 })).rejects.toThrow(/alone is \d+ bytes/)
  })

  it('gzips the children of an index (not the index), deterministically', async () => {
    const a = sitemapMemorySink()
    const b = sitemapMemorySink()
    const plain = sitemapMemorySink()
    const result = await writeSitemap(entries(7), a, { baseUrl: SITE_URL, maxUrls: 3, gzip: true })
    await writeSitemap(entries(7), b, { baseUrl: SITE_URL, maxUrls: 3, gzip: true })
    await writeSitemap(entries(7), plain, { baseUrl: SITE_URL, maxUrls: 3 })
    expect([...a.files.keys()].sort()).toEqual(['sitemap-1.xml.gz', 'sitemap-2.xml.gz', 'sitemap-3.xml.gz', 'sitemap.xml'])
    expect(result.children.map((child) => child.url)).toEqual([1, 2, 3].map((n) => `${SITE_URL}sitemap-${n}.xml.gz`))
    for (const n of [1, 2, 3]) {
      expect(gunzipSync(a.files.get(`sitemap-${n}.xml.gz`)!).toString()).toBe(plain.text(`sitemap-${n}.xml`))
      expect(a.files.get(`sitemap-${n}.xml.gz`)).toEqual(b.files.get(`sitemap-${n}.xml.gz`))
    }
    expect(a.text('sitemap.xml')).toBe(plain.text('sitemap.xml').replace(/\.xml</g, '.xml.gz<'))
  })

  it('with gzip but no split, leaves one plain sitemap.xml and no stray .gz', async () => {
    const sink = sitemapMemorySink()
    await writeSitemap(entries(3), sink, { baseUrl: SITE_URL, gzip: true })
    expect([...sink.files.keys()]).toEqual(['sitemap.xml'])
  })

  it('names children after a configured file in a sub-folder', async () => {
    const sink = sitemapMemorySink()
    const result = await writeSitemap(entries(4), sink, { baseUrl: SITE_URL, file: 'maps/berita.xml', maxUrls: 2 })
    expect(result.file.url).toBe(`${SITE_URL}maps/berita.xml`)
    expect(result.children.map((child) => child.url)).toEqual([`${SITE_URL}maps/berita-1.xml`, `${SITE_URL}maps/berita-2.xml`])
  })
})

describe('sinks', () => {
  it('the folder sink writes the same bytes as the memory sink, and nothing else', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dateline-sitemaps-'))
    try {
      const memory = sitemapMemorySink()
      const options = { baseUrl: SITE_URL, maxUrls: 4, gzip: true }
      // Enough text per child to cross the 64 KiB flush size several times.
      const list = Array.from({ length: 9 }, (_, i) => ({ loc: `${SITE_URL}${'x'.repeat(1900)}-${i}`, images: Array.from({ length: 40 }, (_, j) => ({ loc: `${SITE_URL}img/${'y'.repeat(1900)}-${j}.jpg` })) }))
      await writeSitemap(list, sitemapFolderSink(path.join(folder, 'out')), options)
      await writeSitemap(list, memory, options)
      const names = (await readdir(path.join(folder, 'out'))).sort()
      expect(names).toEqual([...memory.files.keys()].sort())
      for (const name of names) expect(await readFile(path.join(folder, 'out', name))).toEqual(memory.files.get(name))
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('a failing source rejects the write (files released), also through gzip and a folder', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dateline-sitemaps-'))
    try {
      async function* failing() {
        yield* entries(5)
        throw new Error('database went away')
      }
      await expect(writeSitemap(failing(), sitemapFolderSink(folder), { baseUrl: SITE_URL, maxUrls: 2, gzip: true })).rejects.toThrow('database went away')
      await expect(writeSitemap([...entries(2), { loc: 'nope' }], sitemapFolderSink(folder), { baseUrl: SITE_URL })).rejects.toThrow(/absolute/)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('the folder sink refuses names that leave the folder', async () => {
    await expect(writeSitemap([], sitemapFolderSink(tmpdir()), { baseUrl: SITE_URL, file: '../escape.xml' })).rejects.toThrow(/outside the output folder/)
  })
})

describe('writeNewsSitemap', () => {
  const news: NewsSitemapEntry[] = [
    { loc: `${SITE_URL}2023/10/b/`, publicationName: 'Semarak & Co', language: 'id', publicationDate: '2023-10-11T09:30:00+07:00', title: 'Harga <beras> "naik" ]]> lagi' },
    { loc: `${SITE_URL}2023/10/a/`, publicationName: 'Semarak & Co', language: 'zh-tw', publicationDate: '2023-10-10T08:00:00+07:00', title: '東京\u0001ニュース' },
  ]

  it('writes news:publication, publication_date and title, escaped', async () => {
    const sink = sitemapMemorySink()
    const result = await writeNewsSitemap(news, sink, { baseUrl: SITE_URL })
    expect(result).toMatchObject({ truncated: false, file: { file: 'news-sitemap.xml', urls: 2, lastmod: '2023-10-11T09:30:00+07:00' } })
    const xml = sink.text('news-sitemap.xml')
    expectGolden('news.xml', xml)
    const { elements } = parseStrict(xml)
    expect(elements.get('news:title')).toEqual(['Harga <beras> "naik" ]]> lagi', '東京ニュース'])
    expect(elements.get('news:name')).toEqual(['Semarak & Co', 'Semarak & Co'])
    expect(xml).not.toContain(']]>')
  })

  it('stops at maxUrls and says so', async () => {
    const sink = sitemapMemorySink()
    const result = await writeNewsSitemap(news, sink, { baseUrl: SITE_URL, maxUrls: 1 })
    expect(result.truncated).toBe(true)
    expect(parseStrict(sink.text('news-sitemap.xml')).elements.get('loc')).toEqual([`${SITE_URL}2023/10/b/`])
    await expect(writeNewsSitemap(news, sink, { baseUrl: SITE_URL, maxUrls: 1001 })).rejects.toThrow(/1 to 1,000/)
  })

  it.each([
    [{ language: 'en-US' }, /ISO 639/],
    [{ language: 'EN' }, /ISO 639/],
    [{ title: '  ' }, /title .* non-empty/],
    [{ publicationName: '' }, /publication name .* non-empty/],
    [{ publicationDate: '2023-10-11T09:30+07:00' }, /seconds and offset/],
  ])('rejects a bad news entry %#', async (change, message) => {
    await expect(writeNewsSitemap([{ ...news[0]!, ...change }], sitemapMemorySink(), { baseUrl: SITE_URL })).rejects.toThrow(message)
  })

  it('writes an empty urlset for an empty window', async () => {
    const sink = sitemapMemorySink()
    const result = await writeNewsSitemap([], sink, { baseUrl: SITE_URL })
    expect(result.file.urls).toBe(0)
    const xml = sink.text('news-sitemap.xml')
    expectGolden('news-empty.xml', xml)
    expect(parseStrict(xml).root).toBe('urlset')
  })
})

describe.skipIf(!hasShared)('XSD (sitemap-all.xsd) validity of the writers', () => {
  it('plain, escaped, split (count, bytes, gzip), index and news sitemaps are all valid', async () => {
    const files: Record<string, string> = {}
    const add = (prefix: string, sink: ReturnType<typeof sitemapMemorySink>) => {
      for (const [name, text] of Object.entries(texts(sink))) files[`${prefix}-${name.replace(/\.gz$/, '')}`] = text
    }
    const plain = sitemapMemorySink()
    await writeSitemap(
      [
        { loc: SITE_URL, lastmod: '2023-10-11', changefreq: 'daily', priority: 0.85 },
        { loc: `${SITE_URL}東京/ü ber?q=a&b`, lastmod: '2023-10-11T09:30:00.250Z', images: [{ loc: `${SITE_URL}a b.jpg` }] },
      ],
      plain,
      { baseUrl: SITE_URL },
    )
    add('plain', plain)
    const byCount = sitemapMemorySink()
    await writeSitemap(entries(10), byCount, { baseUrl: SITE_URL, maxUrls: 3, gzip: true })
    add('count', byCount)
    const byBytes = sitemapMemorySink()
    await writeSitemap(entries(10), byBytes, { baseUrl: SITE_URL, maxBytes: 600 })
    add('bytes', byBytes)
    const news = sitemapMemorySink()
    await writeNewsSitemap(
      [{ loc: `${SITE_URL}a/`, publicationName: 'Semarak', language: 'zh-cn', publicationDate: '2023-10-11T09:30:00+07:00', title: 'A & B' }],
      news,
      { baseUrl: SITE_URL },
    )
    add('news', news)
    const index = sitemapMemorySink()
    await writeSitemapIndex([{ url: `${SITE_URL}a.xml`, lastmod: '2023-10-11T09:30:00+07:00' }, { url: `${SITE_URL}b.xml` }], index, { baseUrl: SITE_URL })
    add('index', index)
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(12)
    for (const text of Object.values(files)) parseStrict(text)
    await expectXsdValid(files)
  })

  it('an empty urlset is what Google accepts, but the sitemaps.org XSD wants one <url>', async () => {
    // Google: an empty news sitemap is fine ("Empty Sitemap" notice). The XSD's <url> has minOccurs 1:
    // this pins that known gap so `dateline check` can treat it as a notice, not an error.
    const sink = sitemapMemorySink()
    await writeNewsSitemap([], sink, { baseUrl: SITE_URL })
    const errors = await xsdErrors({ 'news-empty.xml': sink.text('news-sitemap.xml') })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/urlset.*Missing child element/)
  })
})
