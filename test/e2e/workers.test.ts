/**
 * Worker threads change where work runs, never a byte of what is written.
 * Tests run dateline from its TypeScript source, where the pool is off, so
 * these run the built CLI and library (dist/) with workers forced.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { makeSite, removeSite, repoRoot } from '../helpers/site.js'

const run = promisify(execFile)
const NOW = '2024-03-01T12:00:00Z'
const ARTICLES = 300

const BODIES = [
  'Menteri bertemu warga di balai kota.\n\n## Latar\n\nAnggaran naik “tajam” tahun ini, lihat https://data.example/anggaran.',
  'The council met on Tuesday.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<figure><img src="/img/x.jpg"><figcaption>Balai</figcaption></figure>',
  '行政サービスの向上について話し合った。\n\n> 引用です。\n\n```js\nconst x = 1\n```',
  'Bagian gratis dengan [tautan](/x/).\n\n<!-- paywall -->\n\nBagian berbayar <script>alert(1)</script>.',
  'Video: <iframe src="https://video.example/embed/1" title="Rekaman"></iframe>\n\n- satu\n- dua\n\n[^1]: Catatan.',
]

function generatedSite(): string {
  const files: Record<string, string> = {
    'authors.yaml': [0, 1, 2].map((i) => `r${i}:\n  name: Reporter ${i}\n  url: https://semarak.example/r${i}/\n`).join(''),
    'articles/_index.md': '---\ntitle: Berita\n---\n',
  }
  for (let i = 0; i < ARTICLES; i++) {
    const front = [
      `title: "Berita ${i}: warga & ${i % 7 ? 'kota' : '<b>desa</b>'}"`,
      `date: 2024-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00`,
      `authors: [r${i % 3}${i % 5 === 0 ? ', nobody' : ''}]`,
      ...(i % 11 === 0 ? ['draft: true'] : []),
      ...(i % 5 === 3 ? ['accessibleForFree: false'] : []),
      ...(i % 13 === 0 ? ['tags: [politik, kota]'] : []),
      ...(i % 17 === 0 ? ['unknownKey: 1'] : []),
    ]
    files[`articles/${String(i % 10)}/berita-${i}.md`] = `---\n${front.join('\n')}\n---\n${BODIES[i % BODIES.length]}\n\nParagraf ${i}.\n`
  }
  return makeSite(files, {
    site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' },
    authors: 'authors.yaml',
    pages: true,
  })
}

function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  if (!existsSync(folder)) return files
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'latin1')
  }
  return files
}

const cli = path.join(repoRoot, 'dist/cli/bin.js')
const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

/** Build with `workers` forced; what the CLI printed (findings included, the time left out) and the files written. */
async function buildWith(root: string, workers: number, out: string, cache: string[] = ['--no-cache']): Promise<{ report: string; files: Record<string, string> }> {
  const { stdout, stderr } = await run(process.execPath, [cli, 'build', root, '--out', path.join(root, out), '--now', NOW, ...cache], { env: { ...process.env, DATELINE_WORKERS: String(workers) } })
  return { report: `${stdout}${stderr}`.replace(/ in [\d.]+m?s\b/g, '').replaceAll(out, 'OUT'), files: tree(path.join(root, out)) }
}

describe('builds on worker threads', () => {
  it('write the bytes and findings of a build on one thread, with and without the cache', async () => {
    const root = generatedSite()
    roots.push(root)
    const single = await buildWith(root, 0, 'single')
    expect(Object.keys(single.files).filter((file) => file.endsWith('index.html')).length).toBeGreaterThan(ARTICLES / 2)
    // One worker (the main thread steals work too) and two.
    for (const workers of [1, 2]) {
      const pooled = await buildWith(root, workers, `pool-${workers}`)
      expect(pooled.report).toBe(single.report)
      expect(pooled.files).toEqual(single.files)
    }
    // Cold then warm with the cache: workers compute what it misses, and what it holds has the same bytes.
    const cacheDir = ['--cache-dir', path.join(root, '.cache')]
    expect((await buildWith(root, 1, 'cold', cacheDir)).files).toEqual(single.files)
    rmSync(path.join(root, 'cold'), { recursive: true })
    expect((await buildWith(root, 1, 'cold', cacheDir)).files).toEqual(single.files)
  }, 60_000)

  it('load on the main thread when the config cannot be sent to a worker (a function from an inline config)', async () => {
    const root = generatedSite()
    roots.push(root)
    // The library from dist/, an inline config holding a function, workers forced.
    const script = `
      import { loadConfig } from ${JSON.stringify(path.join(repoRoot, 'dist/load/config.js'))}
      import { loadContent } from ${JSON.stringify(path.join(repoRoot, 'dist/load/site.js'))}
      const config = await loadConfig(${JSON.stringify(root)}, {})
      const now = Date.parse(${JSON.stringify(NOW)})
      const plain = await loadContent(config, now)
      const withFunction = await loadContent({ ...config, site: { ...config.site, slugify: (text) => text } }, now)
      const view = (site) => JSON.stringify({ articles: site.articles.map((a) => ({ ...a, body: a.body })), diagnostics: site.diagnostics, skipped: site.skipped })
      process.stdout.write(JSON.stringify([view(plain), view(withFunction)]))
    `
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, DATELINE_WORKERS: '1' } })
    const [plain, withFunction] = JSON.parse(stdout) as [string, string]
    expect(JSON.parse(plain).articles.length).toBeGreaterThan(ARTICLES / 2)
    expect(withFunction).toBe(plain)
  }, 60_000)
})

describe('WorkerPool', () => {
  it('runs every item on this thread, in order, when what it shares cannot be cloned', async () => {
    const { WorkerPool, cloneable } = await import('../../src/util/worker-pool.js')
    const shared = { suffix: '!', transform: (text: string) => text }
    expect(cloneable(shared)).toBe(false)
    const items = ['a', 'b', 'hit', 'c']
    const task = { kind: 'test', run: (input: string, data: unknown) => `${input}${(data as typeof shared).suffix}` }
    const pool = new WorkerPool({ task, shared, items, start: (item: string) => item.toUpperCase(), input: (started: string) => (started === 'HIT' ? undefined : started), perWorker: 2 }, 2)
    expect(pool.size).toBe(0)
    const taken = []
    for (const item of items) taken.push(await pool.take(item))
    await pool.close()
    expect(taken).toEqual([
      { started: 'A', output: 'A!' },
      { started: 'B', output: 'B!' },
      { started: 'HIT', output: undefined },
      { started: 'C', output: 'C!' },
    ])
  })
})
