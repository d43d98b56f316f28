// `npm run bench`: full builds of synthetic corpora against a peer run in the same script,
// medians of several runs, each run in its own process so peak memory is its own.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCorpus } from './corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpora = path.join(here, '.corpus')
const quick = process.argv.includes('--quick')

function run(script, args) {
  const out = execFileSync(process.execPath, [path.join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  return JSON.parse(out.trim().split('\n').pop())
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function measure(label, script, args, runs) {
  const results = Array.from({ length: runs }, () => run(script, args))
  const ms = median(results.map((r) => r.ms))
  const rss = median(results.map((r) => r.maxRssMB))
  return { label, ms, rss, results }
}

const rows = []
const checks = []
const sizes = quick ? [1000] : [1000, 10000]
for (const count of sizes) {
  const runs = count >= 10000 ? 1 : 3
  for (const pages of [false, true]) {
    const root = makeCorpus(path.join(corpora, `${count}${pages ? '-pages' : ''}`), count, { pages })
    const out = path.join(corpora, `out-${count}${pages ? '-pages' : ''}`)
    const ours = measure(`dateline build, ${count} articles, pages: ${pages}`, 'build-once.mjs', [root, out], runs)
    rows.push({ ...ours, count })
    if (pages) {
      // `dateline check` over everything that build wrote: pages, JSON-LD, head fragments, feeds, sitemaps.
      const started = performance.now()
      try {
        execFileSync(process.execPath, [path.join(here, '../dist/cli/bin.js'), 'check', out, '--format', 'json', '--output', path.join(corpora, 'check.json'), '--now', '2023-12-31T00:00:00Z'])
      } catch (error) {
        if (error.status !== 1) throw error // 1 = findings; the synthetic corpus has warnings by design
      }
      checks.push({ count, ms: performance.now() - started })
    }
    rmSync(out, { recursive: true, force: true })
  }
  const peer = measure(`peer: yaml + unified/remark/rehype to HTML, ${count} articles`, 'peer-remark.mjs', [path.join(corpora, String(count))], runs)
  rows.push({ ...peer, count })
}

console.log(`\nBuild benchmark (node ${process.version}, one process per run, median of ${quick ? 3 : '3 (1k) / 1 (10k)'} runs)\n`)
console.log('| what | median time | articles/s | peak RSS |')
console.log('| --- | --- | --- | --- |')
for (const row of rows) {
  console.log(`| ${row.label} | ${(row.ms / 1000).toFixed(2)} s | ${Math.round(row.count / (row.ms / 1000))} | ${Math.round(row.rss)} MB |`)
}
for (const { count, ms } of checks) {
  console.log(`dateline check on the built output of ${count} articles with pages (${count} pages + ${count} JSON-LD + ${count} head fragments + feeds + sitemaps): ${(ms / 1000).toFixed(2)} s, ${Math.round(count / (ms / 1000))} articles/s`)
}
for (const count of sizes) {
  const peer = rows.find((r) => r.count === count && r.label.startsWith('peer'))
  for (const ours of rows.filter((r) => r.count === count && !r.label.startsWith('peer'))) {
    console.log(`ratio ${ours.label} / peer: ${(ours.ms / peer.ms).toFixed(2)}x the time`)
  }
}

const extras = {
  'sitemaps.mjs': quick ? ['--sizes', '100000', '--runs', '1'] : [],
  'check-jsonld.mjs': quick ? ['1000'] : [],
  'check-feeds-sitemaps.mjs': [],
}
for (const [extra, args] of Object.entries(extras)) {
  if (!existsSync(path.join(here, extra))) continue
  console.log(`\n## ${extra}\n`)
  execFileSync(process.execPath, [path.join(here, extra), ...args], { stdio: 'inherit' })
}
