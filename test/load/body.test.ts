/**
 * Article bodies are read from their files when an output needs them, not
 * held from load to the end of the build: the bytes are those of a body held
 * in memory, the cache does not store them, and a file changed during the
 * build stops it with a message instead of mixing two versions.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { BuildCache } from '../../src/cache/store.js'
import { articleFromMessage, articleMessage } from '../../src/load/body.js'
import { loadSite } from '../../src/load/site.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const NOW = '2023-10-12T00:00:00Z'
const roots: string[] = []
afterEach(() => roots.splice(0).forEach(removeSite))

const BODY = 'Paragraf “pertama” dengan *penekanan*.\r\n\r\n## Judul\r\n\r\n行政サービス。\r\n'

function site(): string {
  const root = makeSite({
    'articles/a.md': '\uFEFF' + article({ title: 'Satu', date: '2023-10-11T08:00:00' }, BODY),
    'articles/b.md': article({ title: 'Dua', date: '2023-10-10T08:00:00', description: 'Ringkas.' }, 'Isi dua.\n'),
  }, { ...BASE_CONFIG, pages: true })
  roots.push(root)
  return root
}

function allFiles(dir: string, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = path.join(prefix, entry.name)
    if (entry.isDirectory()) for (const [k, v] of allFiles(path.join(dir, entry.name), name)) found.set(k, v)
    else found.set(name, readFileSync(path.join(dir, entry.name), 'utf8'))
  }
  return found
}

describe('bodies read from their files', () => {
  it('give the body as written (BOM, CRLF and all), every time it is asked for', async () => {
    const loaded = await loadSite(site(), { now: Date.parse(NOW) })
    const a = loaded.articles.find((x) => x.file === 'articles/a.md')!
    expect(a.body).toBe(BODY)
    expect(a.body).toBe(BODY)
    // Plain data for JSON and for a worker thread: the body travels with the article.
    expect(JSON.parse(JSON.stringify(a)).body).toBe(BODY)
    expect(structuredClone(a).body).toBe(BODY)
  })

  it('are not read to send an article to a worker: the worker reads the file itself', async () => {
    const root = site()
    const loaded = await loadSite(root, { now: Date.parse(NOW) })
    const first = loaded.articles.find((a) => a.title === 'Satu')!
    // A body read here would be read again (and its hash checked): a file gone since proves it is not.
    rmSync(path.join(root, first.file))
    const message = articleMessage(first)
    expect(message.source).toBe(path.join(root, first.file))
    expect(Object.keys(message.article)).not.toContain('body')
    expect(message.article.title).toBe('Satu')
    expect(() => articleFromMessage(message).body).toThrow(/could not be read again/)
  })

  it('are not read to store an article in the build cache', async () => {
    const root = site()
    const cache = new BuildCache({ dir: path.join(root, '.cache') })
    const loaded = await loadSite(root, { now: Date.parse(NOW), cache })
    expect(loaded.articles).toHaveLength(2)
    // Stored once its files are rendered (`finish`): with the sources gone, reading a body would throw.
    for (const a of loaded.articles) rmSync(path.join(root, a.file))
    for (const a of loaded.articles) cache.finish(a)
    cache.end()
    expect(readdirSync(path.join(root, '.cache'), { recursive: true }).some((name) => String(name).endsWith('.pack'))).toBe(true)
  })

  it('are not stored in the build cache, and a warm build gives the same bytes', async () => {
    const root = site()
    const cacheDir = path.join(root, '.cache-test')
    await build(root, { now: Date.parse(NOW), cache: cacheDir })
    const cold = allFiles(path.join(root, 'dist'))
    const entries = [...allFiles(cacheDir).values()]
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      expect(entry).not.toContain('*penekanan*')
      expect(entry).not.toContain('"body":')
    }
    await build(root, { now: Date.parse(NOW), cache: cacheDir })
    expect(allFiles(path.join(root, 'dist'))).toEqual(cold)
  })

  it('stop the build when a file changed after it was loaded: exit 1, nothing written', async () => {
    const root = site()
    const file = path.join(root, 'articles/a.md')
    let edited = false
    const failure = await build(root, {
      now: Date.parse(NOW),
      cache: false,
      onProgress: (stage) => {
        if (stage === 'writing files' && !edited) {
          edited = true
          writeFileSync(file, readFileSync(file, 'utf8').replace('pertama', 'kedua'))
        }
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(edited).toBe(true)
    expect(failure).toBeInstanceOf(DatelineError)
    expect((failure as DatelineError).exitCode).toBe(1)
    expect((failure as DatelineError).message).toBe('articles/a.md: changed on disk during the build; nothing was written, build again')
    expect(existsSync(path.join(root, 'dist'))).toBe(false)
  })
})
