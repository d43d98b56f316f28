// The benchmark corpus: news copy as hard as a real multilingual newsroom's, written once as markdown
// that both dateline and Hugo read (`articles/`), plus each tool's site files around it.
//
// Per article ~680 words: 70 % English bodies with German, Indonesian and Japanese snippets, 15 %
// Indonesian, 10 % German, 5 % Japanese bodies; curly quotes, headings, one image, a blockquote,
// lists, a link or two; a GFM table in 10 %. Frontmatter without a description, so the
// first-paragraph fallback runs as it does on real sites.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const VOCABULARY = {
  en: ('government minister budget election council city report police court week officials said year people ' +
    'region economy prices market workers health school water energy climate policy public spending plan ' +
    'national local hospital families residents statement according announced opposition parliament vote law ' +
    'agency data record percent increase decline investigation security trade export industry company').split(' '),
  id: ('menteri pelayanan publik birokrasi reformasi kerja sama negara pemerintah kebijakan anggaran warga ' +
    'daerah kabupaten kota inovasi layanan data integrasi aplikasi transparansi akuntabilitas kinerja dampak ' +
    'rakyat kemiskinan pengangguran ekonomi hilirisasi pemilihan umum dewan perwakilan harga pasar pekerja').split(' '),
  de: ('Regierung Minister Haushalt Wahl Stadtrat Bericht Polizei Gericht Woche Beamte sagte Jahr Menschen ' +
    'Region Wirtschaft Preise Markt Arbeitnehmer Gesundheit Schule Wasser Energie Klima Politik öffentlich ' +
    'Ausgaben Plan Bürger Krankenhaus Familien Bewohner Erklärung zufolge angekündigt Opposition Bundestag für über').split(' '),
  ja: ('政府 大臣 予算 選挙 市議会 報告 警察 裁判所 今週 関係者 によると 人々 地域 経済 物価 市場 労働者 ' +
    '健康 学校 水道 エネルギー 気候 政策 公共 支出 計画 住民 病院 家族 発表 野党 国会 投票 法律 東京 大阪').split(' '),
}
const SNIPPETS = {
  de: '„Wir müssen jetzt handeln“, sagte die Ministerin',
  id: '“Kami akan terus bekerja,” kata sang menteri',
  ja: '「私たちは前に進む」と大臣は述べた',
}
const SECTIONS = ['World', 'Economy', 'Politics', 'Opinion', 'Technology', 'Climate']
const TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle']
export const CORPUS_VERSION = 3

// A small deterministic PRNG so every run benchmarks the same bytes.
function random(seed) {
  let state = seed >>> 0
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

function sentence(next, lang, words) {
  const list = VOCABULARY[lang]
  const out = []
  for (let i = 0; i < words; i++) out.push(list[Math.floor(next() * list.length)])
  if (lang === 'ja') return `${out.join('')}。`
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  // Curly quotes around a phrase now and then, as copy desks write them.
  if (words > 8 && next() < 0.3) out[3] = `“${out[3]}`, out[6] = `${out[6]}”`
  return `${out.join(' ')}.`
}

function paragraph(next, lang, words) {
  const out = []
  let left = words
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(next() * 12))
    out.push(sentence(next, lang, n))
    left -= n
  }
  return out.join(lang === 'ja' ? '' : ' ')
}

function bodyLanguage(i) {
  const slot = i % 20 // 14 en, 3 id, 2 de, 1 ja
  return slot < 14 ? 'en' : slot < 17 ? 'id' : slot < 19 ? 'de' : 'ja'
}

function article(i, next) {
  const lang = bodyLanguage(i)
  const date = new Date(Date.parse('2023-01-01T00:00:00Z') + Math.floor(next() * 360 * 86400_000)).toISOString().slice(0, 19)
  const title = sentence(next, lang, 9).replace(/[.。]$/, '').replace(/["“”]/g, '')
  const front = [
    `title: ${JSON.stringify(`${title} ${i}`)}`,
    `date: ${date}`,
    ...(lang === 'en' ? [] : [`lang: ${lang}`]),
    `authors: [reporter-${i % 40}, reporter-${(i * 7 + 3) % 40}]`,
    `section: ${SECTIONS[i % SECTIONS.length]}`,
    `type: ${TYPES[i % TYPES.length]}`,
    `tags: [${VOCABULARY.en[i % 40]}, ${VOCABULARY.en[(i * 3) % 40]}]`,
    `image: { url: /img/${i}.jpg, width: 1200, height: 675, alt: ${JSON.stringify(`Photo ${i}`)} }`,
  ]
  // Japanese is written without spaces: a "word" there is one dictionary word of the vocabulary.
  const p = (n) => paragraph(next, lang, n)
  const body = [p(55)]
  if (lang === 'en') body[0] += ` ${SNIPPETS[['de', 'id', 'ja'][i % 3]]}.`
  body.push(`![${title}](/img/${i}-inline.jpg "${title}")`)
  body.push(`${p(60)} Read the [full report](https://reports.example/${i}/) and **the minister’s reply**.`)
  body.push(`## ${sentence(next, lang, 5).replace(/[.。]$/, '')}`)
  body.push(p(70), p(65))
  body.push(`> ${p(35)}\n> — ${lang === 'ja' ? '関係者' : 'an official'}`)
  if (lang === 'en') body.push(`${p(40)} ${SNIPPETS[['id', 'ja', 'de'][i % 3]]}, and ${SNIPPETS[['ja', 'de', 'id'][i % 3]]}.`)
  body.push(`### ${sentence(next, lang, 4).replace(/[.。]$/, '')}`)
  body.push([1, 2, 3, 4].map((n) => `- ${sentence(next, lang, 6 + n)}`).join('\n'))
  body.push(p(70))
  body.push([1, 2, 3].map((n) => `${n}. ${sentence(next, lang, 7)}`).join('\n'))
  if (i % 10 === 7) {
    const rows = [1, 2, 3, 4, 5].map((n) => `| ${VOCABULARY[lang][n]} | ${(next() * 100).toFixed(1)} % | ${Math.round(next() * 1e6).toLocaleString('en-US')} |`)
    body.push(['| Region | Share | Votes |', '| --- | ---: | ---: |', ...rows].join('\n'))
  }
  body.push(p(75), p(70), p(55))
  return `---\n${front.join('\n')}\n---\n${body.join('\n\n')}\n`
}

function hugoSite(root, count) {
  const hugo = path.join(root, 'hugo')
  rmSync(hugo, { recursive: true, force: true })
  mkdirSync(path.join(hugo, 'layouts', '_default'), { recursive: true })
  writeFileSync(path.join(hugo, 'config.toml'), [
    "baseURL = 'https://bench.example/'",
    "title = 'Bench'",
    "languageCode = 'en'",
    "contentDir = '../articles'",
    "timeZone = 'Asia/Jakarta'",
    'rssLimit = -1',
    'disableKinds = ["taxonomy", "term"]',
    '[permalinks]',
    // Hugo 0.111 keys permalinks by section: one per thousand-article folder.
    ...Array.from({ length: Math.ceil(count / 1000) }, (_, n) => `  '${folderName(n * 1000)}' = '/:year/:month/:filename/'`),
    '[outputs]',
    "  home = ['HTML', 'RSS']",
    "  section = ['HTML']",
    "  page = ['HTML']",
  ].join('\n') + '\n')
  // An article page: the head with title, description, canonical and NewsArticle JSON-LD, then the body.
  writeFileSync(path.join(hugo, 'layouts', '_default', 'single.html'), `<!doctype html>
<html lang="{{ or .Params.lang "en" }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Summary | plainify | truncate 160 }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:image" content="{{ .Params.image.url | absURL }}">
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" (or .Params.type "NewsArticle") "headline" .Title "datePublished" (.Date.Format "2006-01-02T15:04:05Z07:00") "dateModified" (.Lastmod.Format "2006-01-02T15:04:05Z07:00") "url" .Permalink "wordCount" .WordCount "inLanguage" (or .Params.lang "en") "articleSection" .Params.section "keywords" .Params.tags "author" (apply .Params.authors "dict" "name" ".") "image" (dict "@type" "ImageObject" "url" (.Params.image.url | absURL) "width" .Params.image.width "height" .Params.image.height) "publisher" (dict "@type" "Organization" "name" site.Title) | jsonify | safeJS }}</script>
</head>
<body><article><h1>{{ .Title }}</h1>{{ .Content }}</article></body>
</html>
`)
  writeFileSync(path.join(hugo, 'layouts', '_default', 'list.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ site.Title }}</title></head>
<body><ul>{{ range .Site.RegularPages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`)
  return hugo
}

/**
 * Write `count` articles under `root/articles`, the dateline config (pages on or off, chosen per
 * build with `configFor`), and a Hugo site under `root/hugo` reading the same files. An existing
 * corpus of the same size and version is reused.
 */
export function makeCorpus(root, count) {
  const marker = path.join(root, `.complete-${count}-v${CORPUS_VERSION}`)
  mkdirSync(root, { recursive: true })
  for (const pages of [false, true]) writeFileSync(configFor(root, pages), JSON.stringify(datelineConfig(pages), null, 2))
  hugoSite(root, count)
  if (existsSync(marker)) return root
  rmSync(path.join(root, 'articles'), { recursive: true, force: true })
  mkdirSync(path.join(root, 'articles'), { recursive: true })
  const authors = Array.from({ length: 40 }, (_, i) => `reporter-${i}:\n  name: Reporter ${i}\n  url: /authors/${i}/\n`).join('')
  writeFileSync(path.join(root, 'authors.yaml'), authors)
  const next = random(42)
  // Hugo reads `articles/` as its content folder, so one folder per thousand keeps directories small for both.
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, 'articles', folderName(i))
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, `story-${i}.md`), article(i, next))
  }
  writeFileSync(marker, '')
  return root
}

function folderName(i) {
  return String(Math.floor(i / 1000)).padStart(3, '0')
}

/** The dateline config file for a build with or without article pages. */
export function configFor(root, pages) {
  return path.join(root, pages ? 'dateline.pages.json' : 'dateline.config.json')
}

function datelineConfig(pages) {
  return {
    site: { url: 'https://bench.example/', name: 'Bench', language: 'en', timezone: 'Asia/Jakarta', logo: { url: '/logo.png', width: 600, height: 60 } },
    permalink: '/{yyyy}/{mm}/{slug}/',
    authors: 'authors.yaml',
    pages,
  }
}

/** Change one article's body (a warm build's "one edit"); `round` makes each edit different. */
export function editOneArticle(root, round) {
  const file = path.join(root, 'articles', '000', 'story-7.md')
  const text = readFileSync(file, 'utf8').replace(/\n\nEdited in round \d+\.\n$/, '\n')
  writeFileSync(file, `${text}\nEdited in round ${round}.\n`)
}
