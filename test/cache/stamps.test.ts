/**
 * Issue #11, item 5: a warm build knows an unchanged source's digest from
 * its stat (size, modification and change time, inode) and does not read it;
 * any edit, even one that keeps the size and puts the modification time
 * back, is read; a file modified within two seconds of being read is read
 * again next time (a write in the same clock tick could look unchanged).
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { BuildCache } from '../../src/cache/store.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

async function warmBuild(root: string) {
  const cache = new BuildCache({ dir: path.join(root, '.dateline-cache') })
  await build(root, { out: path.join(root, 'out'), now: NOW, cache })
  return cache.stats
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2100))

describe('source stamps', () => {
  it('a file modified just before it was read is read again; an older unchanged one is not', async () => {
    const root = makeSite({ 'articles/a.md': article({ title: 'Satu', date: '2023-10-01T09:00:00' }, 'Isi satu.\n'), 'articles/b.md': article({ title: 'Dua', date: '2023-10-02T09:00:00' }, 'Isi dua.\n') }, BASE_CONFIG)
    roots.push(root)
    expect((await warmBuild(root)).read).toBe(2)
    // Both were written within two seconds of that read: not stamped.
    expect((await warmBuild(root)).read).toBe(2)
    await settle()
    expect((await warmBuild(root)).read).toBe(2)
    const stats = await warmBuild(root)
    expect(stats).toMatchObject({ sources: 2, read: 0, hits: 2 })
  }, 20_000)

  it('an edit that keeps the size and puts the modification time back is still seen (the change time moved)', async () => {
    const root = makeSite({ 'articles/a.md': article({ title: 'Satu', date: '2023-10-01T09:00:00' }, 'Isi satu.\n') }, BASE_CONFIG)
    roots.push(root)
    const file = path.join(root, 'articles', 'a.md')
    // A whole second, so that putting it back below gives the very same nanoseconds.
    const then = new Date('2023-01-01T00:00:00Z')
    utimesSync(file, then, then)
    await settle()
    await warmBuild(root)
    expect((await warmBuild(root)).read).toBe(0)
    const before = statSync(file, { bigint: true })
    writeFileSync(file, readFileSync(file, 'utf8').replace('Satu', 'Tiga'))
    utimesSync(file, then, then)
    const after = statSync(file, { bigint: true })
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino])
    expect((await warmBuild(root)).read).toBe(1)
    expect(readFileSync(path.join(root, 'out', '_dateline', 'index.json'), 'utf8')).toContain('Tiga')
  }, 20_000)
})
