/**
 * `dateline check` from dist/ reads files ahead on a worker thread when there
 * are many (check/documents/read-ahead.ts). The report must be byte for byte
 * the one of a run that reads every file on the main thread
 * (DATELINE_WORKERS=0), including files the worker leaves to it.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/site.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-read-ahead-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const JSONLD = (i: number) => `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story ${i}","datePublished":"2023-0${1 + (i % 9)}-01T08:00:00+07:00","author":{"@type":"Person","name":"A ${i}"}}`

async function report(site: string, workers: string | undefined): Promise<string> {
  const output = path.join(root, `report-${workers ?? 'ahead'}.json`)
  const env = { ...process.env }
  if (workers === undefined) delete env.DATELINE_WORKERS
  else env.DATELINE_WORKERS = workers
  await promisify(execFile)(process.execPath, [path.join(repoRoot, 'dist/cli/bin.js'), 'check', site, '--format', 'json', '--output', output, '--now', '2023-12-31T00:00:00Z'], { env }).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error // 1: findings
  })
  return readFileSync(output, 'utf8')
}

describe('read-ahead', () => {
  it('gives the same report as reading on the main thread, over many files of every kind', async () => {
    const site = path.join(root, 'site')
    mkdirSync(site)
    const good = path.join(repoRoot, 'test/check/fixtures/good')
    for (let i = 0; i < 240; i++) {
      const folder = path.join(site, `p${String(i).padStart(3, '0')}`)
      mkdirSync(folder)
      writeFileSync(path.join(folder, 'index.html'), `<!doctype html><title>${i}</title><script type="application/ld+json">${JSONLD(i)}</script>`)
      writeFileSync(path.join(folder, 'data.jsonld'), i % 7 === 0 ? `${JSONLD(i)},` : JSONLD(i))
    }
    for (const name of readdirSync(good)) copyFileSync(path.join(good, name), path.join(site, name))
    writeFileSync(path.join(site, 'empty.json'), '')
    writeFileSync(path.join(site, 'latin1.html'), Buffer.from('<p>caf\xe9</p><script type="application/ld+json">{"@type":"Thing"}</script>', 'latin1'))
    writeFileSync(path.join(site, 'sitemap.xml.gz'), gzipSync(readFileSync(path.join(good, 'hugo-sitemap.xml'))))
    const ahead = await report(site, undefined)
    // Every file but the empty .json (a folder walk skips what is none of the kinds).
    expect(JSON.parse(ahead).files.length).toBe(240 * 2 + readdirSync(good).length + 2)
    expect(ahead).toBe(await report(site, '0'))
  }, 60_000)
})
