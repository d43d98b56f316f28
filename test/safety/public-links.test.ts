/**
 * Issue #8, item 8: `public/` publishes nothing from outside the site. Links
 * whose real target is inside the site root are copied as the file or folder
 * they point to; links leaving the site, dangling links, loops and what is not
 * a file or folder are skipped with a warning naming the link and its target.
 * The output never holds a symbolic link.
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { article } from '../helpers/site.js'
import { dateline, NOW, siteFactory } from './cli.js'

const site = siteFactory()

/** A site whose public/ holds every kind of link the issue names. */
function hostileSite(): string {
  const root = site({
    'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }),
    'public/logo.txt': 'logo',
    'public/images/photo.txt': 'photo',
    'assets/shared/style.css': 'body{}',
    'assets/shared/deep/note.txt': 'note',
  })
  const link = (target: string, at: string) => symlinkSync(target, path.join(root, at))
  link('/etc/passwd', 'public/passwd')
  link('/etc', 'public/etc')
  link('logo.txt', 'public/alias.txt') // relative, inside the site
  link('../assets/shared', 'public/shared') // a folder inside the site
  link('/etc/hostname', 'assets/shared/host') // inside a linked folder, leaving the site
  link('missing.txt', 'public/gone')
  link('loop-b', 'public/loop-a')
  link('loop-a', 'public/loop-b')
  link('..', 'public/images/up') // public/ itself: a folder that contains the link
  execFileSync('mkfifo', [path.join(root, 'public/pipe')])
  return root
}

/** Every path under `dir` with what it is (never following links). */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const info = lstatSync(path.join(dir, entry))
    found[entry] = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : info.isFile() ? readFileSync(path.join(dir, entry), 'utf8') : 'other'
  }
  return found
}

const SKIPPED = [
  /public\/passwd" is a link to "\/etc\/passwd", outside the site/,
  /public\/etc" is a link to "\/etc", outside the site/,
  /assets\/shared\/host" is a link to "\/etc\/hostname", outside the site/,
  /public\/gone" is a link to "missing\.txt", which does not exist/,
  /public\/loop-a" is a link to "loop-b", which loops/,
  /public\/loop-b" is a link to "loop-a", which loops/,
  /public\/images\/up" is a link to "\.\.", a folder that contains it \(a loop\)/,
  /public\/pipe" is not a regular file or folder/,
]

describe('item 8: links in public/', () => {
  it('copies what links inside the site point to as regular files, skips the rest with a warning each (CLI)', () => {
    const root = hostileSite()
    const out = path.join(root, 'out')
    const result = dateline(['build', root, '--out', out, ...NOW])
    expect(result.code, result.stderr).toBe(0)
    for (const message of SKIPPED) expect(result.stderr).toMatch(new RegExp(`: warning: .*${message.source}.*; not copied \\[public/not-copied\\]`))
    expect(result.stdout).toMatch(/8 warnings/)
    const files = tree(out)
    expect(Object.values(files)).not.toContain('link')
    expect(Object.values(files)).not.toContain('other')
    expect(files).toMatchObject({
      'logo.txt': 'logo',
      'alias.txt': 'logo',
      'images/photo.txt': 'photo',
      'shared/style.css': 'body{}',
      'shared/deep/note.txt': 'note',
    })
    for (const name of ['passwd', 'etc', 'gone', 'loop-a', 'loop-b', 'pipe', 'images/up', 'shared/host']) expect(files[name], name).toBeUndefined()
    // Nothing of the build machine's /etc, wherever it would have landed.
    for (const [name, content] of Object.entries(files)) expect(content, name).not.toMatch(/^root:/m)
  })

  it('--strict fails on a skipped link (exit 1) and writes nothing', () => {
    const root = hostileSite()
    const out = path.join(root, 'out')
    const result = dateline(['build', root, '--out', out, '--strict', ...NOW])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/build failed: 8 warnings \(--strict\); nothing was written/)
    expect(readdirSync(root)).not.toContain('out')
  })

  it('the library reports the same warnings in the build result', async () => {
    const root = hostileSite()
    const result = await build(root, { out: path.join(root, 'out'), now: Date.parse('2023-10-11T12:00:00+07:00'), cache: false })
    const skipped = result.diagnostics.filter((d) => d.rule === 'public/not-copied')
    expect(skipped.map((d) => d.file).sort()).toEqual(['assets/shared/host', 'public/etc', 'public/gone', 'public/images/up', 'public/loop-a', 'public/loop-b', 'public/passwd', 'public/pipe'])
    expect(skipped.every((d) => d.severity === 'warning')).toBe(true)
    await expect(build(root, { out: path.join(root, 'out2'), strict: true, cache: false })).rejects.toBeInstanceOf(DatelineError)
  })

  it('public/ itself as a link: followed inside the site, skipped when it leaves it', () => {
    const inside = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }), 'static/logo.txt': 'logo' })
    symlinkSync('static', path.join(inside, 'public'))
    expect(dateline(['build', inside, '--out', path.join(inside, 'out'), ...NOW]).code).toBe(0)
    expect(tree(path.join(inside, 'out'))['logo.txt']).toBe('logo')

    const outside = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }) })
    symlinkSync('/etc', path.join(outside, 'public'))
    const result = dateline(['build', outside, '--out', path.join(outside, 'out'), ...NOW])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/public" is a link to "\/etc", outside the site/)
    expect(Object.keys(tree(path.join(outside, 'out'))).some((name) => !name.startsWith('_dateline') && /passwd|hostname/.test(name))).toBe(false)
  })

  it('a link to the site root is a loop; a link into the output folder is skipped, never copied into itself', () => {
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-11T09:00:00' }), 'public/logo.txt': 'logo' })
    mkdirSync(path.join(root, 'public/nested'))
    symlinkSync('../..', path.join(root, 'public/nested/root'))
    symlinkSync('../out', path.join(root, 'public/built'))
    const out = path.join(root, 'out')
    expect(dateline(['build', root, '--out', out, ...NOW]).code).toBe(0)
    const second = dateline(['build', root, '--out', out, ...NOW])
    expect(second.code).toBe(0)
    expect(second.stderr).toMatch(/"public\/nested\/root" is a link to "\.\.\/\.\.", a folder that contains it \(a loop\); not copied/)
    expect(second.stderr).toMatch(/"public\/built" is a link to "\.\.\/out", into the output folder; not copied/)
    expect(second.stdout).toMatch(/2 warnings/)
    expect(Object.keys(tree(out)).filter((name) => name.startsWith('nested/') || name.startsWith('built'))).toEqual([])
  })
})
