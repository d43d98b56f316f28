// Micro-benchmark of the JSON-LD half of `dateline check`: 10,000 article pages (~25 KB of HTML,
// a Yoast-style @graph and a BreadcrumbList block each), generated in memory so only checking
// is timed (no file I/O). Runs the compiled code: `npm run build && node bench/check-jsonld.mjs [count]`.
// Prints one JSON line: total and per-page times for the whole check and for its parts.
import { checkHtml, checkJsonLdText, extractScripts } from '../dist/check/documents/jsonld/index.js'

const count = Number(process.argv[2] ?? 10_000)
const paragraph =
  '<p>Pedagang di pasar pagi <a href="/tag/ekonomi">menyambut</a> pembeli sejak subuh, <em>harga cabai</em> turun dua ribu rupiah per kilogram dibanding pekan lalu, kata pengelola pasar.</p>\n'

function page(i) {
  const base = `https://warta.example/2023/10/artikel-${i}/`
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle', '@id': `${base}#article`, url: base, mainEntityOfPage: { '@id': base },
        headline: `Pasar pagi kembali ramai, edisi ${i}`, description: 'Pedagang menyambut pembeli sejak subuh.',
        datePublished: '2023-10-10T06:00:00+07:00', dateModified: '2023-10-10T09:30:00+07:00', inLanguage: 'id',
        dateline: 'JAKARTA', articleSection: 'Ekonomi', keywords: ['pasar', 'ekonomi', `topik-${i % 50}`], wordCount: 640 + (i % 300),
        author: [{ '@id': `https://warta.example/penulis/${i % 40}/#person` }],
        publisher: { '@id': 'https://warta.example/#organization' },
        image: [{ '@type': 'ImageObject', url: `${base}foto-16x9.jpg`, contentUrl: `${base}foto-16x9.jpg`, width: 1600, height: 900 }],
        isAccessibleForFree: true,
        speakable: { '@type': 'SpeakableSpecification', cssSelector: ['.headline', '.summary'] },
      },
      { '@type': 'Person', '@id': `https://warta.example/penulis/${i % 40}/#person`, name: `Penulis Nomor ${i % 40}`, url: `https://warta.example/penulis/${i % 40}/` },
      { '@type': 'Organization', '@id': 'https://warta.example/#organization', name: 'Warta', url: 'https://warta.example/',
        logo: { '@type': 'ImageObject', url: 'https://warta.example/logo.png', width: 600, height: 60 } },
      { '@type': 'WebPage', '@id': base, url: base, name: `Pasar pagi kembali ramai, edisi ${i}`, isPartOf: { '@id': 'https://warta.example/#website' } },
      { '@type': 'WebSite', '@id': 'https://warta.example/#website', url: 'https://warta.example/', name: 'Warta', publisher: { '@id': 'https://warta.example/#organization' } },
    ],
  }
  const crumbs = {
    '@context': 'https://schema.org', '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Ekonomi', item: 'https://warta.example/ekonomi/' },
      { '@type': 'ListItem', position: 2, name: `Edisi ${i}` },
    ],
  }
  const json = JSON.stringify(graph, null, 2)
  return {
    json,
    html: `<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>Pasar pagi ${i}</title>\n<link rel="canonical" href="${base}">\n` +
      `<style>body{font-family:serif}.paywall{}</style>\n<script type="application/ld+json">\n${json}\n</script>\n` +
      `<script type="application/ld+json">${JSON.stringify(crumbs)}</script>\n</head>\n<body>\n<header><nav><ul>${'<li><a href="/s">Rubrik</a></li>'.repeat(25)}</ul></nav></header>\n` +
      `<main><article><h1 class="headline">Pasar pagi ${i}</h1><p class="summary">Ringkasan.</p>\n${paragraph.repeat(110)}</article></main>\n` +
      `<script>window.dataLayer = window.dataLayer || []; if (a < b) {}</script>\n</body>\n</html>\n`,
  }
}

// 250 distinct pages, cycled: the heap stays the size a CLI run has (one file at a time), not
// 250 MB of retained test pages whose garbage collection would dominate the figure.
const distinct = Array.from({ length: Math.min(count, 250) }, (_, i) => page(i))
const pages = Array.from({ length: count }, (_, i) => distinct[i % distinct.length])
const bytes = pages.reduce((sum, p) => sum + p.html.length, 0)

function time(fn) {
  const start = process.hrtime.bigint()
  const findings = fn()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, findings }
}

// Warm up (vocabulary load, JIT) on a few pages, reported separately.
const warm = time(() => pages.slice(0, 20).reduce((n, p) => n + checkHtml(p.html, 'warm.html').length, 0))
const full = time(() => pages.reduce((n, p, i) => n + checkHtml(p.html, `page-${i}.html`).length, 0))
const extract = time(() => pages.reduce((n, p) => n + extractScripts(p.html).jsonLd.length, 0))
const jsonOnly = time(() => pages.reduce((n, p, i) => n + checkJsonLdText(p.json, `page-${i}.jsonld`).length, 0))

const result = {
  pages: count,
  htmlMB: +(bytes / 1e6).toFixed(1),
  warmupMs: +warm.ms.toFixed(1),
  checkHtmlMs: +full.ms.toFixed(0),
  perPageMs: +(full.ms / count).toFixed(3),
  extractScriptsMs: +extract.ms.toFixed(0),
  checkJsonLdMs: +jsonOnly.ms.toFixed(0),
  findings: full.findings,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}
console.log(JSON.stringify(result))
