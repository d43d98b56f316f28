// Synthetic news corpora for the benchmark: N articles of ~600 words with realistic frontmatter.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const WORDS = ('menteri pelayanan publik birokrasi reformasi kerja sama negara azerbaijan indonesia baku mal ' +
  'digital kabupaten kota inovasi layanan warga data integrasi aplikasi daerah pemerintah kebijakan anggaran ' +
  'transparansi akuntabilitas kinerja dampak rakyat kemiskinan pengangguran stunting ekonomi hilirisasi').split(' ')
const SECTIONS = ['Nasional', 'Ekonomi', 'Internasional', 'Opini', 'Teknologi']
const TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle']

// A small deterministic PRNG so every run benchmarks the same bytes.
function random(seed) {
  let state = seed >>> 0
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

function paragraph(next, words) {
  const out = []
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)])
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  return `${out.join(' ')}.`
}

/** Write `count` articles under `root/articles` plus a config; reuse an existing corpus of the same size. */
export function makeCorpus(root, count, { pages = false } = {}) {
  const marker = path.join(root, `.complete-${count}`)
  const config = {
    site: { url: 'https://bench.example/', name: 'Bench', language: 'id', timezone: 'Asia/Jakarta', logo: { url: '/logo.png', width: 600, height: 60 } },
    permalink: '/{yyyy}/{mm}/{slug}/',
    authors: 'authors.yaml',
    pages,
  }
  mkdirSync(root, { recursive: true })
  writeFileSync(path.join(root, 'dateline.config.json'), JSON.stringify(config, null, 2))
  if (existsSync(marker)) return root
  rmSync(path.join(root, 'articles'), { recursive: true, force: true })
  mkdirSync(path.join(root, 'articles'), { recursive: true })
  const authors = Array.from({ length: 40 }, (_, i) => `penulis-${i}:\n  name: Penulis ${i}\n  url: /penulis/${i}/\n`).join('')
  writeFileSync(path.join(root, 'authors.yaml'), authors)
  const next = random(42)
  const start = Date.parse('2023-01-01T00:00:00Z')
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor(next() * 300 * 86400_000)).toISOString().slice(0, 19)
    const front = [
      `title: "${paragraph(next, 9).slice(0, -1)}"`,
      `date: ${date}`,
      `authors: [penulis-${i % 40}, penulis-${(i * 7) % 40}]`,
      `section: ${SECTIONS[i % SECTIONS.length]}`,
      `type: ${TYPES[i % TYPES.length]}`,
      `tags: [${WORDS[i % WORDS.length]}, ${WORDS[(i * 3) % WORDS.length]}]`,
      `image: { url: /img/${i}.jpg, width: 1200, height: 675, alt: "Foto ${i}" }`,
    ]
    const body = [`Paragraf pembuka ${paragraph(next, 40)}`]
    for (let p = 0; p < 8; p++) {
      if (p === 3) body.push(`## ${paragraph(next, 5)}`)
      body.push(`${paragraph(next, 35)} [tautan](/2023/01/artikel-${p}/) dan **penting** ${paragraph(next, 30)}`)
    }
    writeFileSync(path.join(root, 'articles', `artikel-${i}.md`), `---\n${front.join('\n')}\n---\n${body.join('\n\n')}\n`)
  }
  writeFileSync(marker, '')
  return root
}
