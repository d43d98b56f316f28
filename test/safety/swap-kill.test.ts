/**
 * Issue #8, item 5: the swap is atomic as seen by the next build. A build is
 * SIGKILLed at every rename of the swap (before and after each one, by a
 * preload that wraps `fs` rename); the next run puts back a whole `out` (the
 * old output, or the new one when the dead build's output was whole and the
 * old one already moved aside) and removes every folder the dead build left.
 * Folders of a live build are left alone.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { article } from '../helpers/site.js'
import { dateline, NOW, siteFactory } from './cli.js'

const site = siteFactory()
const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'kill-at-rename.mjs')

/** Every file and folder under `dir`, files with their bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, entry)
    files[entry] = statSync(file).isFile() ? readFileSync(file).toString('base64') : 'dir'
  }
  return files
}

/** What the staged write left beside `out`. */
function leftovers(root: string): string[] {
  return readdirSync(root).filter((name) => name.includes('.dateline-') && name !== '.dateline-cache')
}

const OLD = { 'articles/a.md': article({ title: 'Lama', date: '2023-10-11T09:00:00' }), 'public/logo.txt': 'logo' }
const EDIT = article({ title: 'Baru', date: '2023-10-11T09:00:00' })
const BROKEN = article({ title: '', date: '2023-10-11T09:00:00' })

/**
 * A site with its old output built, and the bytes of the old and the new
 * output. Without the cache the new output is swapped in whole; with it
 * (`cached`), the warm build patches `out` in place.
 */
function prepared(cached = false) {
  const root = site(OLD)
  const out = path.join(root, 'out')
  const cache = cached ? [] : ['--no-cache']
  const build = (extra: { node?: string[]; env?: Record<string, string> } = {}, where = out) => dateline(['build', root, '--out', where, ...NOW, '--quiet', ...cache], extra)
  expect(build().code).toBe(0)
  const old = snapshot(out)
  const saved = path.join(root, '..', `${path.basename(root)}-old`)
  cpSync(out, saved, { recursive: true })
  writeFileSync(path.join(root, 'articles/a.md'), EDIT)
  const other = path.join(root, 'new-out')
  expect(build({}, other).code).toBe(0)
  const fresh = snapshot(other)
  rmSync(other, { recursive: true })
  expect(fresh).not.toEqual(old)
  const reset = () => {
    rmSync(out, { recursive: true, force: true })
    cpSync(saved, out, { recursive: true })
    if (cached) {
      // Built once more from the old sources, so the manifest matches `out` again; then edited.
      writeFileSync(path.join(root, 'articles/a.md'), OLD['articles/a.md'])
      expect(build({}, out).code).toBe(0)
      writeFileSync(path.join(root, 'articles/a.md'), EDIT)
    }
  }
  return { root, out, build, old, fresh, reset, cleanup: () => rmSync(saved, { recursive: true, force: true }) }
}

/** Run a build that the preload kills at swap rename `at` (before it, or after it). */
function killed(build: ReturnType<typeof prepared>['build'], at: number, after: boolean) {
  const result = build({ node: ['--import', preload], env: { KILL_AT_RENAME: String(at), KILL_AFTER: after ? '1' : '0' } })
  expect(result.signal, result.stderr).toBe('SIGKILL')
}

/** A build that fails on a content error: it recovers `out`, then writes nothing. */
function failingBuild(root: string, build: ReturnType<typeof prepared>['build']) {
  const broken = path.join(root, 'articles/broken.md')
  writeFileSync(broken, BROKEN)
  const result = build()
  rmSync(broken)
  expect(result.code, result.stderr).toBe(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('item 5: a build killed at any step of the swap', () => {
  let ctx: ReturnType<typeof prepared>
  beforeAll(() => {
    ctx = prepared()
  })
  afterAll(() => ctx.cleanup())
  beforeEach(() => ctx.reset())

  it('the swap is four renames when an output exists (staging → ready, out → previous, ready → out, previous → trash)', () => {
    const result = ctx.build({ node: ['--import', preload], env: { KILL_AT_RENAME: '0' } })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/^renames: 4$/m)
    expect(snapshot(ctx.out)).toEqual(ctx.fresh)
  })

  // Killed before rename k: the new output is taken once the old one was moved aside (k ≥ 3).
  const steps = [1, 2, 3, 4].flatMap((at) => [
    { at, after: false, when: 'before', expected: at >= 3 ? 'new' : 'old' },
    { at, after: true, when: 'after', expected: at >= 2 ? 'new' : 'old' },
  ])
  it.each(steps)('killed $when rename $at → the next run leaves the $expected output whole and nothing beside it', ({ at, after, expected }) => {
    const { root, out, build, old, fresh } = ctx
    killed(build, at, after)
    expect(leftovers(root)).not.toEqual([])
    if (at === 2 && after) expect(readdirSync(root)).not.toContain('out') // the state the issue found: no `out` at all
    failingBuild(root, build)
    expect(snapshot(out)).toEqual(expected === 'new' ? fresh : old)
    expect(leftovers(root)).toEqual([])
  })

  it('after a recovered kill the next build succeeds as usual', () => {
    const { root, out, build, fresh } = ctx
    killed(build, 3, false)
    expect(build().code).toBe(0)
    expect(snapshot(out)).toEqual(fresh)
    expect(leftovers(root)).toEqual([])
  })

  it('a first build (no earlier output) killed just before its only swap rename is finished by the next run', () => {
    const { root, out, build, fresh } = ctx
    rmSync(out, { recursive: true })
    // No `out`: the renames are staging → ready, ready → out.
    killed(build, 2, false)
    expect(readdirSync(root)).not.toContain('out')
    failingBuild(root, build)
    expect(snapshot(out)).toEqual(fresh)
    expect(leftovers(root)).toEqual([])
  })

  it('staging folders of killed builds do not pile up: each run removes the dead ones', () => {
    const { root, out, build, old } = ctx
    for (let i = 0; i < 3; i++) {
      killed(build, 1, false)
      expect(leftovers(root).filter((name) => name.includes('.dateline-staging-'))).toHaveLength(1)
    }
    failingBuild(root, build)
    expect(snapshot(out)).toEqual(old)
    expect(leftovers(root)).toEqual([])
  })

  it('folders of a live build are left alone; a dead build\'s (and the older `-<pid>` names) are removed', () => {
    const { root, out, build, fresh } = ctx
    const live = process.pid // this test process: alive while the CLI runs
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const make = (name: string) => {
      mkdirSync(path.join(root, name, '_dateline'), { recursive: true })
      writeFileSync(path.join(root, name, '_dateline', 'index.json'), name)
    }
    const liveFolders = [`.out.dateline-staging-${live}-abcd1234`, `.out.dateline-previous-${live}-abcd1234`, `.out.dateline-ready-${live}-0000ffff`]
    for (const name of [...liveFolders, `.out.dateline-staging-${dead}-00000001`, `.out.dateline-trash-${dead}-00000002`, `.out.dateline-previous-${dead}`]) make(name)
    const before = Object.fromEntries(liveFolders.map((name) => [name, snapshot(path.join(root, name))]))
    expect(build().code).toBe(0)
    expect(snapshot(out)).toEqual(fresh)
    expect(leftovers(root).sort()).toEqual([...liveFolders].sort())
    for (const name of liveFolders) expect(snapshot(path.join(root, name))).toEqual(before[name])
    for (const name of liveFolders) rmSync(path.join(root, name), { recursive: true })
  })
})

describe('a warm build killed at any step of its patch', () => {
  let ctx: ReturnType<typeof prepared>
  let renames = 0
  beforeAll(() => {
    ctx = prepared(true)
  })
  afterAll(() => ctx.cleanup())
  beforeEach(() => ctx.reset())

  it('patches `out` in place: only the files that differ are moved in, and `out` is not swapped', () => {
    const folder = statSync(ctx.out).ino
    const result = ctx.build({ node: ['--import', preload], env: { KILL_AT_RENAME: '0' } })
    expect(result.code, result.stderr).toBe(0)
    renames = Number(/^renames: (\d+)$/m.exec(result.stderr)?.[1])
    // Journal, patching → patch, at least the changed page, journal and patch folder removed.
    expect(renames).toBeGreaterThanOrEqual(5)
    expect(statSync(ctx.out).ino).toBe(folder)
    expect(snapshot(ctx.out)).toEqual(ctx.fresh)
    expect(leftovers(ctx.root)).toEqual([])
  })

  // Once the patch folder is whole (after its rename, the second), the next run finishes applying it.
  it('killed before or after any rename → the next run leaves the old output (patch not yet whole) or the new one, and nothing beside it', () => {
    const { root, out, build, old, fresh } = ctx
    expect(renames).toBeGreaterThanOrEqual(5)
    // Renames 3 … renames - 3 each move one more file into `out`: one state (the patch part applied), so the first,
    // one in the middle and the last of them stand for all; every rename before and after is tried.
    const middle = Math.ceil(renames / 2)
    const points = [...new Set([1, 2, 3, middle, renames - 3, renames - 2, renames - 1, renames])].filter((at) => at >= 1).sort((a, b) => a - b)
    expect(points.length).toBeGreaterThanOrEqual(5)
    for (const at of points) {
      for (const after of [false, true]) {
        ctx.reset()
        killed(build, at, after)
        failingBuild(root, build)
        const expected = at > 2 || (at === 2 && after) ? fresh : old
        expect(snapshot(out), `killed ${after ? 'after' : 'before'} rename ${at}`).toEqual(expected)
        expect(leftovers(root), `killed ${after ? 'after' : 'before'} rename ${at}`).toEqual([])
      }
    }
  }, 120_000)
})
