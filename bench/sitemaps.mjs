#!/usr/bin/env node
/**
 * Sitemap writer benchmark: streams N synthetic URLs through `writeSitemap`
 * into a temp folder and reports wall time and peak RSS. Each run is its own
 * child process, so a run's peak RSS is that run's alone; medians over a few
 * runs. The 100,000 vs 1,000,000 rows show whether memory grows with URLs.
 *
 *   npm run build && node bench/sitemaps.mjs [--runs 3] [--sizes 100000,1000000] [--no-gzip]
 *
 * Also importable: `import { benchSitemaps } from './sitemaps.mjs'` returns the rows.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(import.meta.url)
// DATELINE_DIST points at another build output (default: the repo's dist/).
const distEntry = path.resolve(process.env.DATELINE_DIST ?? path.resolve(path.dirname(here), '../dist'), 'api/sitemaps.js')
const SITE = 'https://semarak.example/'
const MB = 1024 * 1024

/** Synthetic entries, generated lazily: ~75-character locs, a lastmod each, an image on every fifth. */
function* entries(count) {
  const start = Date.UTC(2015, 0, 1)
  for (let i = 0; i < count; i++) {
    const d = new Date(start + i * 60_000)
    const yyyy = d.getUTCFullYear()
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0')
    const lastmod = `${d.toISOString().slice(0, 19)}+00:00`
    const entry = { loc: `${SITE}${yyyy}/${mm}/berita-pelayanan-publik-nomor-${i}/`, lastmod }
    if (i % 5 === 0) entry.images = [{ loc: `${SITE}assets/${yyyy}/${mm}/foto-${i}.jpg` }]
    yield entry
  }
}

/** One run in this process: write `count` URLs, print a JSON line. */
async function child(count, gzip) {
  const { writeSitemap, sitemapFolderSink } = await import(pathToFileURL(distEntry).href)
  const folder = await mkdtemp(path.join(tmpdir(), 'dateline-bench-sitemaps-'))
  try {
    const rssBefore = process.memoryUsage().rss
    let sampledPeak = rssBefore
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)
    }, 20)
    const started = process.hrtime.bigint()
    const result = await writeSitemap(entries(count), sitemapFolderSink(folder), { baseUrl: SITE, gzip })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    clearInterval(sampler)
    let diskBytes = 0
    const names = await readdir(folder)
    for (const name of names) diskBytes += (await stat(path.join(folder, name))).size
    process.stdout.write(
      JSON.stringify({
        count,
        gzip,
        ms,
        files: names.length,
        children: result.children.length,
        xmlBytes: result.children.reduce((sum, c) => sum + c.bytes, 0) + result.file.bytes,
        diskBytes,
        rssBeforeMB: rssBefore / MB,
        sampledPeakRssMB: sampledPeak / MB,
        maxRssMB: process.resourceUsage().maxRSS / 1024,
        heapUsedMB: process.memoryUsage().heapUsed / MB,
      }) + '\n',
    )
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Run each size `runs` times (fresh process each) and return one row of medians per size/gzip. */
export function benchSitemaps({ sizes = [100_000, 1_000_000], runs = 3, gzip = true } = {}) {
  if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`npm run build\` first`)
  const cases = sizes.map((count) => ({ count, gzip: false }))
  if (gzip) cases.push({ count: Math.max(...sizes), gzip: true })
  const rows = []
  for (const { count, gzip: zipped } of cases) {
    const samples = []
    for (let run = 0; run < runs; run++) {
      const out = execFileSync(process.execPath, [here, '--child', String(count), zipped ? '--gzip' : '--plain'], { encoding: 'utf8', maxBuffer: MB })
      samples.push(JSON.parse(out.trim().split('\n').at(-1)))
    }
    const pick = (key) => median(samples.map((s) => s[key]))
    rows.push({
      urls: count,
      gzip: zipped,
      runs,
      files: samples[0].files,
      xmlMB: +(samples[0].xmlBytes / MB).toFixed(1),
      diskMB: +(samples[0].diskBytes / MB).toFixed(1),
      medianSeconds: +(pick('ms') / 1000).toFixed(2),
      urlsPerSecond: Math.round(count / (pick('ms') / 1000)),
      medianMaxRssMB: +pick('maxRssMB').toFixed(1),
      medianRssAtStartMB: +pick('rssBeforeMB').toFixed(1),
      medianHeapUsedAtEndMB: +pick('heapUsedMB').toFixed(1),
    })
  }
  return rows
}

function argValue(name, fallback) {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : process.argv[index + 1]
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  if (process.argv[2] === '--child') {
    await child(Number(process.argv[3]), process.argv[4] === '--gzip')
  } else {
    const sizes = argValue('--sizes', '100000,1000000').split(',').map(Number)
    const runs = Number(argValue('--runs', '3'))
    const rows = benchSitemaps({ sizes, runs, gzip: !process.argv.includes('--no-gzip') })
    console.log(`sitemaps: writeSitemap into a temp folder, node ${process.version}, median of ${runs} runs (each in a fresh process)`)
    console.table(rows)
  }
}
