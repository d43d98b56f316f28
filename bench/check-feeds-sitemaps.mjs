// Checking big feeds and sitemaps: a 50,000-URL sitemap with news, image and hreflang entries
// (about 40 MB, the size Google allows) and a 5,000-item RSS feed, through checkDocument as
// `dateline check` runs it. Prints one JSON line: { ms, maxRssMB, ... }. Needs `npm run build`.
import { performance } from 'node:perf_hooks'
import { checkDocument } from '../dist/check/documents/run.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')

function bigSitemap(count) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n']
  for (let i = 0; i < count; i++) {
    const url = `https://semarak.example/2023/10/artikel-panjang-nomor-${i}-tentang-pelayanan-publik-dan-reformasi-birokrasi-di-indonesia/`
    parts.push(`<url><loc>${url}</loc><lastmod>2023-10-11T09:30:00+07:00</lastmod>` +
      `<xhtml:link rel="alternate" hreflang="id" href="${url}"/><xhtml:link rel="alternate" hreflang="en" href="${url}en/"/>` +
      `<news:news><news:publication><news:name>Semarak</news:name><news:language>id</news:language></news:publication>` +
      `<news:publication_date>2023-10-11T09:30:00+07:00</news:publication_date><news:title>Judul artikel nomor ${i} tentang pelayanan publik</news:title></news:news>` +
      `<image:image><image:loc>https://cdn.semarak.example/img/${i}-1200x675.jpg</image:loc></image:image></url>\n`)
  }
  parts.push('</urlset>\n')
  return parts.join('')
}

function bigFeed(count) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Semarak</title><link>https://semarak.example/</link><description>Berita</description><atom:link href="https://semarak.example/feed.xml" rel="self" type="application/rss+xml"/><language>id</language>\n']
  for (let i = 0; i < count; i++) {
    const url = `https://semarak.example/2023/10/artikel-${i}/`
    parts.push(`<item><title>Artikel ${i}</title><link>${url}</link><guid>${url}</guid><pubDate>Wed, 11 Oct 2023 09:30:00 +0700</pubDate><dc:creator>Redaksi</dc:creator>` +
      `<description><![CDATA[Ringkasan ${i}]]></description><content:encoded><![CDATA[${'<p>Paragraf dengan <a href="https://semarak.example/">tautan</a> dan <img src="https://cdn.semarak.example/a.jpg" alt=""></p>'.repeat(20)}]]></content:encoded></item>\n`)
  }
  parts.push('</channel></rss>\n')
  return parts.join('')
}

const results = {}
for (const [label, text] of [['sitemap 50,000 URLs (news+image+hreflang)', bigSitemap(50_000)], ['RSS 5,000 items, full content', bigFeed(5_000)]]) {
  const start = performance.now()
  const diagnostics = checkDocument(text, label, { now: NOW })
  results[label] = { ms: Math.round(performance.now() - start), megabytes: Math.round(Buffer.byteLength(text) / 1048576), findings: diagnostics.length }
}
const ms = Object.values(results).reduce((sum, r) => sum + r.ms, 0)
console.log(JSON.stringify({ ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), results }))
