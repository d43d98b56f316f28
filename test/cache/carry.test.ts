/**
 * Issue #11, item 2: unchanged files are carried from the previous output
 * into staging (a clone, a hard link or a copy) instead of written again,
 * without breaking the swap: a file edited after the build is written again,
 * a failed build leaves the previous output as it was even when its files
 * were hard-linked into staging, and `--no-cache` carries nothing.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { BuildCache } from '../../src/cache/store.js'
import { writeStaged } from '../../src/write/output.js'
import { manifestFile } from '../../src/write/carry.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'
import { dateline } from '../safety/cli.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

function site(): string {
  const files: Record<string, string> = { 'public/logo.txt': 'logo' }
  for (const n of [1, 2, 3]) files[`articles/a${n}.md`] = article({ title: `Judul ${n}`, date: `2023-10-0${n}T09:00:00` }, `Isi berita ${n}.\n`)
  const root = makeSite(files, { ...BASE_CONFIG, pages: true })
  roots.push(root)
  return root
}

/** Every file under `dir` with its bytes and inode. */
function tree(dir: string): Record<string, { bytes: string; ino: number; ctime: number }> {
  const found: Record<string, { bytes: string; ino: number; ctime: number }> = {}
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, entry)
    const info = lstatSync(file)
    if (info.isFile()) found[entry] = { bytes: readFileSync(file, 'latin1'), ino: info.ino, ctime: info.ctimeMs }
  }
  return found
}
const bytes = (files: ReturnType<typeof tree>) => Object.fromEntries(Object.entries(files).map(([name, file]) => [name, file.bytes]))

async function warmBuild(root: string, out: string) {
  const cache = new BuildCache({ dir: path.join(root, '.dateline-cache') })
  await build(root, { out, now: NOW, cache })
  return cache.stats
}

describe('carrying unchanged files from the previous output', () => {
  it('a second build carries every article file, with the bytes of a build without cache', async () => {
    const root = site()
    const out = path.join(root, 'out')
    expect((await warmBuild(root, out)).carried).toBe(0)
    // JSON-LD, head fragment and page of 3 articles.
    expect((await warmBuild(root, out)).carried).toBe(9)
    await build(root, { out: path.join(root, 'cold'), now: NOW, cache: false })
    expect(bytes(tree(out))).toEqual(bytes(tree(path.join(root, 'cold'))))
  })

  it('an output file edited after the build (same size and mtime, or only its mtime changed) is written again, not carried', async () => {
    const root = site()
    const out = path.join(root, 'out')
    await warmBuild(root, out)
    const built = bytes(tree(out))
    const jsonld = path.join(out, '_dateline/a1.jsonld')
    // A tool rewrites it in place with as many bytes and puts the mtime back.
    const { atime, mtime } = statSync(jsonld)
    writeFileSync(jsonld, built['_dateline/a1.jsonld']!.replace('Judul 1', 'Judul X'), 'latin1')
    utimesSync(jsonld, atime, mtime)
    // Another only touches a file.
    const head = path.join(out, '_dateline/a2.head.html')
    utimesSync(head, new Date(), new Date(Date.now() + 5000))
    expect((await warmBuild(root, out)).carried).toBe(7)
    expect(bytes(tree(out))).toEqual(built)
    // Written again, they are carried again next time.
    expect((await warmBuild(root, out)).carried).toBe(9)
  })

  it('an edited article is rendered, its other files and the rest carried', async () => {
    const root = site()
    const out = path.join(root, 'out')
    await warmBuild(root, out)
    writeFileSync(path.join(root, 'articles/a2.md'), article({ title: 'Judul baru', date: '2023-10-11T09:00:00' }, 'Isi baru.\n'))
    expect((await warmBuild(root, out)).carried).toBe(6)
    await build(root, { out: path.join(root, 'cold'), now: NOW, cache: false })
    expect(bytes(tree(out))).toEqual(bytes(tree(path.join(root, 'cold'))))
  })

  it('a warm build failing while it writes what differs leaves the previous output as it was, and links nothing', () => {
    const root = site()
    const out = path.join(root, 'out')
    const cli = (node: string[] = []) => dateline(['build', root, '--out', out, '--now', new Date(NOW).toISOString(), '--quiet'], { node })
    expect(cli().code).toBe(0)
    expect(cli().code).toBe(0) // now the manifest matches the files in out
    const before = tree(out)
    // A new article, so the output differs: the files that differ go to a patch folder (a build where nothing changed writes nothing).
    writeFileSync(path.join(root, 'articles', 'a4.md'), article({ title: 'Judul 4', date: '2023-10-04T09:00:00' }, 'Isi berita 4.\n'))
    // The build dies writing the index into the patch folder.
    const preload = path.join(root, 'fail-index.mjs')
    writeFileSync(
      preload,
      `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module'
const write = fs.writeFileSync
fs.writeFileSync = (file, ...rest) => { if (String(file).endsWith('_dateline/index.json') && /\.dateline-(staging|patching)-/.test(String(file))) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }); return write(file, ...rest) }
const link = fs.linkSync
let links = 0
fs.linkSync = (...args) => { links++; return link(...args) }
process.on('exit', () => process.stderr.write('links: ' + links + '\\n'))
syncBuiltinESMExports()`,
    )
    const failed = cli(['--import', preload])
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/cannot write "_dateline\/index\.json": ENOSPC/)
    // Unchanged files stay where they are: none is linked or copied.
    expect(failed.stderr).toMatch(/links: 0/)
    const after = tree(out)
    expect(bytes(after)).toEqual(bytes(before))
    for (const [name, file] of Object.entries(after)) expect(file.ino, name).toBe(before[name]!.ino)
    expect(readdirSync(root).filter((name) => name.includes('.dateline-') && name !== '.dateline-cache')).toEqual([])
  })

  it('never writes through a carried file: reopening its name in staging replaces it', async () => {
    const root = site()
    const out = path.join(root, 'out')
    const manifest = manifestFile(path.join(root, '.cache'), out)
    await writeStaged(out, async (sink) => {
      await sink.write('page.html', 'live output')
      sink.made('page.html', 'key-1')
    }, { manifest })
    // Past `maxPatch` differing files (none here) the warm build fills a staging folder, carrying unchanged files into it.
    const failing = writeStaged(out, async (sink) => {
      await sink.write('other.html', 'new')
      expect(sink.carry('page.html', 'key-1')).toBe(true)
      // A sitemap writer opening the same name (or any later write) must not reach the live file.
      const file = await sink.open('page.html')
      await file.write('replaced in staging')
      await file.close()
      throw new Error('the build failed')
    }, { manifest, maxPatch: 0 })
    await expect(failing).rejects.toThrow('the build failed')
    expect(readFileSync(path.join(out, 'page.html'), 'utf8')).toBe('live output')
  })

  it('--no-cache carries nothing and keeps no manifest', () => {
    const root = site()
    const out = path.join(root, 'out')
    const cli = () => dateline(['build', root, '--out', out, '--now', new Date(NOW).toISOString(), '--quiet', '--no-cache'])
    expect(cli().code).toBe(0)
    const before = tree(out)
    expect(cli().code).toBe(0)
    const after = tree(out)
    expect(bytes(after)).toEqual(bytes(before))
    // Every file is new (the old ones still existed when these were made, so no inode is reused).
    for (const [name, file] of Object.entries(after)) expect(file.ino, name).not.toBe(before[name]!.ino)
    expect(readdirSync(root)).not.toContain('.dateline-cache')
  })
})

describe('the manifest', () => {
  it('lives in the cache folder, so out holds only the site', async () => {
    const root = site()
    const out = path.join(root, 'out')
    await warmBuild(root, out)
    expect(statSync(manifestFile(path.join(root, '.dateline-cache'), out)).isFile()).toBe(true)
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('a damaged manifest carries nothing', async () => {
    const root = site()
    const out = path.join(root, 'out')
    await warmBuild(root, out)
    const file = manifestFile(path.join(root, '.dateline-cache'), out)
    writeFileSync(file, readFileSync(file, 'utf8').replace(/":"[0-9a-f]/, '":"x'))
    expect((await warmBuild(root, out)).carried).toBe(0)
  })
})

describe('a build where nothing changed', () => {
  /** A site built twice (the second time the manifest matches `out`), with what `out` holds then. */
  async function twice() {
    const root = site()
    const out = path.join(root, 'out')
    await warmBuild(root, out)
    await warmBuild(root, out)
    return { root, out, before: tree(out), folder: statSync(out).ino }
  }

  it('leaves the output folder as it is: no file is written, linked or moved', async () => {
    const { root, out, before, folder } = await twice()
    const stats = await warmBuild(root, out)
    expect(stats.carried).toBe(9)
    const after = tree(out)
    expect(after).toEqual(before) // bytes, inodes and ctimes (a hard link changes the ctime)
    expect(statSync(out).ino).toBe(folder)
    expect(readdirSync(root).filter((name) => name.includes('.dateline-') && name !== '.dateline-cache')).toEqual([])
  })

  it('still replaces an output another tool changed: a file added, a folder added, a file deleted, a file made a link, a folder in place of a file, a static file changed', async () => {
    const cases: [string, (out: string, root: string) => void][] = [
      ['file added', (out) => writeFileSync(path.join(out, 'extra.txt'), 'left by another tool')],
      ['empty folder added', (out) => mkdirSync(path.join(out, '_dateline', 'left'))],
      ['file deleted', (out) => rmSync(path.join(out, 'sitemap.xml'))],
      ['file made a link', (out) => (rmSync(path.join(out, 'sitemap.xml')), symlinkSync(path.join(out, 'feed.xml'), path.join(out, 'sitemap.xml')))],
      ['folder where a file goes', (out) => (rmSync(path.join(out, 'feed.xml')), mkdirSync(path.join(out, 'feed.xml', 'inner'), { recursive: true }))],
      ['static file changed', (_out, root) => writeFileSync(path.join(root, 'public', 'logo.txt'), 'logo 2')],
      ['static file added', (_out, root) => writeFileSync(path.join(root, 'public', 'new.txt'), 'new')],
    ]
    for (const [what, change] of cases) {
      const { root, out, folder } = await twice()
      change(out, root)
      await warmBuild(root, out)
      await build(root, { out: path.join(root, 'cold'), now: NOW, cache: false })
      expect(bytes(tree(out)), what).toEqual(bytes(tree(path.join(root, 'cold'))))
      expect(lstatSync(path.join(out, 'sitemap.xml')).isFile(), what).toBe(true)
      // Patched in place: the same folder, nothing left beside it.
      expect(statSync(out).ino, what).toBe(folder)
      expect(readdirSync(root).filter((name) => name.includes('.dateline-') && name !== '.dateline-cache'), what).toEqual([])
    }
  })
})
