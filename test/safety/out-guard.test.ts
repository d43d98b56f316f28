/**
 * Issue #8, item 3: `--out` (or `out` in the config) can never replace a
 * file or the sources: exit 2, and every file stays byte for byte.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { article, BASE_CONFIG } from '../helpers/site.js'
import { dateline, NOW, siteFactory } from './cli.js'

const site = siteFactory()

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    if (entry.startsWith('.dateline-cache')) continue // the build cache, written while loading
    const file = path.join(dir, entry)
    out[entry] = statSync(file).isFile() ? readFileSync(file).toString('base64') : 'dir'
  }
  return out
}

const files = { 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }), 'public/logo.png': 'png', 'notes.txt': 'notes' }

describe('item 3: the output folder guard', () => {
  it.each([
    ['an article file', 'articles/a.md', /--out .*articles\/a\.md: must not be inside the content folder/],
    ['a file outside the content folder', 'public/logo.png', /--out .*: must not be inside public\//],
    ['a file of the site root', 'notes.txt', /refusing to replace .*notes\.txt: it is a file, not an output folder/],
    ['the config file', 'dateline.config.json', /refusing to replace .*dateline\.config\.json: it is a file, not an output folder/],
    ['a folder inside the content folder', 'articles/out', /--out .*: must not be inside the content folder/],
    ['the content folder itself', 'articles', /--out .*: must be a folder of its own/],
    ['a folder inside public/', 'public/out', /--out .*: must not be inside public\//],
  ])('--out at %s → exit 2, nothing touched', (_name, out, message) => {
    const root = site(files)
    const before = snapshot(root)
    const result = dateline(['build', root, '--out', path.join(root, out), ...NOW])
    expect(result.code, result.stderr).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at |unexpected failure/)
    expect(snapshot(root)).toEqual(before)
  })

  it('"out" inside the content folder in the config → exit 2 naming the file and key', () => {
    const root = site(files, { ...BASE_CONFIG, out: 'articles/dist' })
    const before = snapshot(root)
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/dateline\.config\.json:\d+:\d+: error: "out": must not be inside the content folder/)
    expect(snapshot(root)).toEqual(before)
  })
})
