// `npm run bench`: dateline against Hugo on the same corpus (bench/corpus.mjs), in one script.
//
//   node bench/run.mjs                  10k articles: cold pages off, cold pages on, warm nothing
//                                       changed, warm one edit; `dateline check` of the built site
//   node bench/run.mjs --size 100k      100k articles, pages off: cold and warm (Hugo: pages on)
//   --pairs N                           rounds of alternated pairs (default 3 at 10k, 1 at 100k)
//   --no-hugo                           dateline only
//
// Every build is its own process, timed by /usr/bin/time (wall clock, peak RSS of the process,
// worker threads included). The machine is shared with other people's test runs, so each figure
// is the median of alternated pairs: in odd rounds dateline goes first, in even rounds Hugo.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configFor, editOneArticle, makeCorpus } from './corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.join(here, '..', 'dist', 'cli', 'bin.js')
const NOW = '2023-12-31T00:00:00Z'

const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : process.argv[index + 1]
}
const sizeArg = option('--size', '10k')
const count = Number(sizeArg.replace(/k$/i, '000'))
if (!Number.isInteger(count) || count <= 0) throw new Error(`--size ${sizeArg}: expected e.g. 10k or 100k`)
const big = count >= 100_000
const pairs = Number(option('--pairs', big ? 1 : 3))
const hugoVersion = process.argv.includes('--no-hugo') ? undefined : commandVersion('hugo', ['version'])
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const datelineHelp = execFileSync(process.execPath, [bin, 'build', '--help'], { encoding: 'utf8' })
const hasCache = datelineHelp.includes('--no-cache')

function commandVersion(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined
}

const work = path.join(here, '.corpus', `hard-${count}`)
// Outputs beside the corpus, as a site's own build writes them (the system temp folder may be busy with other work).
mkdirSync(path.join(here, '.corpus'), { recursive: true })
const tmp = mkdtempSync(path.join(here, '.corpus', 'run-'))
const timeFile = path.join(tmp, 'time.txt')

/** Run a command to completion; returns wall seconds, CPU seconds and the peak RSS in MB (CPU and RSS when /usr/bin/time is here). */
function timed(command, args, { okStatus = [0] } = {}) {
  const started = performance.now()
  const result = timeTool
    ? spawnSync(timeTool, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 })
  const seconds = (performance.now() - started) / 1000
  if (!okStatus.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}${result.stdout}`)
  }
  const fields = timeTool ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : []
  return { seconds, rssMB: timeTool ? fields[1] / 1024 : NaN, cpu: timeTool ? fields[2] + fields[3] : NaN }
}

const datelineOut = path.join(tmp, 'dateline-out')
const datelineCache = path.join(tmp, 'dateline-cache')
const hugoOut = path.join(tmp, 'hugo-out')

function dateline(pages, { cold }) {
  if (cold) rmSync(datelineOut, { recursive: true, force: true })
  if (cold) rmSync(datelineCache, { recursive: true, force: true })
  const cache = hasCache ? ['--cache-dir', datelineCache] : []
  return timed(process.execPath, [bin, 'build', work, '--config', configFor(work, pages), '--out', datelineOut, '--now', NOW, '--quiet', ...cache])
}

function hugo({ cold }) {
  if (cold) rmSync(hugoOut, { recursive: true, force: true })
  return timed('hugo', ['--source', path.join(work, 'hugo'), '--destination', hugoOut, '--quiet'])
}

function check() {
  // 1 = findings (the corpus has warnings by design); anything else is a failure.
  return timed(process.execPath, [bin, 'check', datelineOut, '--format', 'json', '--output', path.join(tmp, 'check.json'), '--now', NOW], { okStatus: [0, 1] })
}

/** One alternated pair: dateline then Hugo in odd rounds, Hugo then dateline in even ones. */
function pair(round, ours, theirs) {
  if (!hugoVersion) return { ours: ours(), theirs: undefined }
  if (round % 2 === 0) {
    const a = ours()
    return { ours: a, theirs: theirs() }
  }
  const b = theirs()
  return { ours: ours(), theirs: b }
}

const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

console.log(`Corpus: ${count} articles in ${work} (${hugoVersion ? `Hugo: ${hugoVersion}` : 'Hugo: not installed (apt-get install hugo), dateline figures only'})`)
console.log(`dateline ${hasCache ? 'with its build cache in a fresh folder per cold build' : 'without a build cache'}; ${pairs} round(s) of alternated pairs; node ${process.version}`)
const started = performance.now()
makeCorpus(work, count)
console.log(`corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)

/** Rows: label, goal (ratio to Hugo or seconds/MB), samples. */
const rows = new Map()
const record = (label, result) => {
  const row = rows.get(label) ?? { ours: [], theirs: [] }
  row.ours.push(result.ours)
  if (result.theirs) row.theirs.push(result.theirs)
  rows.set(label, row)
  const fmt = (r) => `${r.seconds.toFixed(2)} s (CPU ${r.cpu.toFixed(2)} s) ${Math.round(r.rssMB)} MB`
  console.log(`  ${label}: dateline ${fmt(result.ours)}${result.theirs ? `, Hugo ${fmt(result.theirs)}` : ''}`)
}

for (let round = 0; round < pairs; round++) {
  console.log(`round ${round + 1}/${pairs}`)
  if (big) {
    record(`cold ${sizeArg}, pages off`, pair(round, () => dateline(false, { cold: true }), () => hugo({ cold: true })))
    record(`warm ${sizeArg}, pages off, nothing changed`, pair(round, () => dateline(false, { cold: false }), () => hugo({ cold: false })))
    continue
  }
  record(`cold ${sizeArg}, pages off`, pair(round, () => dateline(false, { cold: true }), () => hugo({ cold: true })))
  record(`cold ${sizeArg}, pages on`, pair(round, () => dateline(true, { cold: true }), () => hugo({ cold: true })))
  record(`warm ${sizeArg}, pages on, nothing changed`, pair(round, () => dateline(true, { cold: false }), () => hugo({ cold: false })))
  editOneArticle(work, round)
  record(`warm ${sizeArg}, pages on, one article edited`, pair(round, () => dateline(true, { cold: false }), () => hugo({ cold: false })))
  record(`dateline check of the built ${sizeArg} site with pages`, { ours: check() })
}

// The issue's goals, as ratios to Hugo's median (or absolute limits).
const GOALS = big
  ? { [`cold ${sizeArg}, pages off`]: { ratio: 0.25, rssMB: 1024 }, [`warm ${sizeArg}, pages off, nothing changed`]: { seconds: 10 } }
  : {
      [`cold ${sizeArg}, pages off`]: { ratio: 0.5 },
      [`cold ${sizeArg}, pages on`]: { ratio: 3.5 },
      [`warm ${sizeArg}, pages on, nothing changed`]: { ratio: 0.25 },
      [`warm ${sizeArg}, pages on, one article edited`]: { ratio: 0.25 },
      [`dateline check of the built ${sizeArg} site with pages`]: { seconds: 5 },
    }

console.log('\nTimes are wall clock; goals compare wall clock. CPU = user + system seconds of the process (Hugo uses every core).')
console.log(`\n| build (${count} articles, medians of ${pairs}) | dateline | Hugo${big ? ' (pages on)' : ''} | ratio | goal | met |`)
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [label, row] of rows) {
  const medians = (runs) => ({ seconds: median(runs.map((r) => r.seconds)), cpu: median(runs.map((r) => r.cpu)), rssMB: median(runs.map((r) => r.rssMB)) })
  const ours = medians(row.ours)
  const theirs = row.theirs.length ? medians(row.theirs) : undefined
  const ratio = theirs ? ours.seconds / theirs.seconds : NaN
  const goal = GOALS[label] ?? {}
  const parts = []
  const met = []
  if (goal.ratio !== undefined) {
    parts.push(`≤ ${goal.ratio}× Hugo`)
    met.push(Number.isNaN(ratio) ? undefined : ratio <= goal.ratio)
  }
  if (goal.seconds !== undefined) {
    parts.push(`≤ ${goal.seconds} s`)
    met.push(ours.seconds <= goal.seconds)
  }
  if (goal.rssMB !== undefined) {
    parts.push(`peak ≤ ${goal.rssMB} MB`)
    met.push(Number.isNaN(ours.rssMB) ? undefined : ours.rssMB <= goal.rssMB)
  }
  const verdict = met.includes(undefined) ? 'n/a (no Hugo)' : met.every(Boolean) ? 'yes' : 'NO'
  const show = (r) => `${r.seconds.toFixed(2)} s (CPU ${r.cpu.toFixed(1)} s), ${Math.round(r.rssMB)} MB`
  console.log(`| ${label} | ${show(ours)} | ${theirs ? show(theirs) : '—'} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`} | ${parts.join(', ')} | ${verdict} |`)
}
rmSync(tmp, { recursive: true, force: true })
