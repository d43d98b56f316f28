/**
 * `dateline check` from dist/ checks files on the main thread and worker
 * threads when there are many (check/documents/run.ts). The report must be byte for byte the one of
 * a run that checks every file on the main thread (DATELINE_WORKERS=0),
 * whatever the number of workers.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/site.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-check-workers-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const JSONLD = (i: number) => `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story ${i}","datePublished":"2023-0${1 + (i % 9)}-01T08:00:00+07:00","author":{"@type":"Person","name":"A ${i}"}}`

/** `dateline check SITE` from dist/ with `DATELINE_WORKERS` set to `workers`. */
async function check(site: string, workers: string): Promise<{ code: number; stderr: string; output: string }> {
  const output = path.join(root, `report-${workers}.json`)
  const env = { ...process.env, DATELINE_WORKERS: workers }
  const args = [path.join(repoRoot, 'dist/cli/bin.js'), 'check', site, '--format', 'json', '--output', output, '--now', '2023-12-31T00:00:00Z']
  return promisify(execFile)(process.execPath, args, { env }).then(
    ({ stderr }) => ({ code: 0, stderr, output }),
    (error: { code?: number; stderr: string }) => ({ code: error.code ?? -1, stderr: error.stderr, output }),
  )
}

async function report(site: string, workers: string): Promise<string> {
  const { code, stderr, output } = await check(site, workers)
  if (code > 1) throw new Error(stderr) // 1: findings
  return readFileSync(output, 'utf8')
}

/** Many small pages, each with a JSON-LD file beside it (every seventh not valid JSON). */
function manyPages(site: string): void {
  for (let i = 0; i < 240; i++) {
    const folder = path.join(site, `p${String(i).padStart(3, '0')}`)
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, 'index.html'), `<!doctype html><title>${i}</title><script type="application/ld+json">${JSONLD(i)}</script>`)
    writeFileSync(path.join(folder, 'data.jsonld'), i % 7 === 0 ? `${JSONLD(i)},` : JSONLD(i))
  }
}

describe('check on worker threads', () => {
  it('gives the same report as checking on the main thread, over many files of every kind', async () => {
    const site = path.join(root, 'site')
    manyPages(site)
    const good = path.join(repoRoot, 'test/check/fixtures/good')
    for (const name of readdirSync(good)) copyFileSync(path.join(good, name), path.join(site, name))
    writeFileSync(path.join(site, 'empty.json'), '')
    writeFileSync(path.join(site, 'latin1.html'), Buffer.from('<p>caf\xe9</p><script type="application/ld+json">{"@type":"Thing"}</script>', 'latin1'))
    writeFileSync(path.join(site, 'sitemap.xml.gz'), gzipSync(readFileSync(path.join(good, 'hugo-sitemap.xml'))))
    // Workers forced: a check of this size runs on the main thread alone by default.
    const pooled = await report(site, '1')
    // Every file but the empty .json (a folder walk skips what is none of the kinds).
    expect(JSON.parse(pooled).files.length).toBe(240 * 2 + readdirSync(good).length + 2)
    expect(pooled).toBe(await report(site, '0'))
    expect(pooled).toBe(await report(site, '3'))
  }, 60_000)

  it('stops at an unreadable file with the error of a check on the main thread', async () => {
    const site = path.join(root, 'unreadable')
    manyPages(site)
    // Over the 64 MiB a check reads (sparse: no disk used), and not sitemaps: refused, exit 2. The first in file
    // order is named, though files are checked grouped by name (`aaa` before `zzz`).
    for (const file of ['p020/zzz.json', 'p100/aaa.json']) {
      writeFileSync(path.join(site, file), '{')
      truncateSync(path.join(site, file), 65 * 1024 * 1024)
    }
    const [pooled, alone] = await Promise.all([check(site, '2'), check(site, '0')])
    expect(pooled.code).toBe(2)
    expect(pooled.stderr).toContain('p020/zzz.json')
    expect(pooled.stderr).toBe(alone.stderr)
  }, 60_000)
})
