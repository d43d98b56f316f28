/**
 * `dateline build --watch` against the way editors really save: write a new
 * file and rename it over the old one (vim, sed -i, git checkout), twice —
 * the second save is the one Node's recursive fs.watch used to miss — plus a
 * file created in a new folder.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeChanges } from '../../src/cli/watch.js'
import { article, makeSite, removeSite, repoRoot } from '../helpers/site.js'

const bin = path.join(repoRoot, 'dist/cli/bin.js')
const root = makeSite({ 'articles/a.md': article({ title: 'Versi satu', date: '2023-10-10T09:00:00' }) })
afterAll(() => removeSite(root))

/** The watcher's output so far, and a way to wait for a line matching a pattern after a given offset. */
function follow(child: ChildProcessWithoutNullStreams) {
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  child.stderr.on('data', (chunk) => (out += chunk))
  return {
    get text() {
      return out
    },
    async waitFor(pattern: RegExp, from: number, timeoutMs = 30_000): Promise<string> {
      const started = Date.now()
      while (Date.now() - started < timeoutMs) {
        const match = pattern.exec(out.slice(from))
        if (match) return match[0]
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`timed out waiting for ${pattern} in:\n${out}`)
    },
  }
}

/** Save like vim (backupcopy=no) or sed -i: a new file renamed over the old one, so the old inode is gone. */
function renameSave(file: string, content: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.swp`)
  writeFileSync(temporary, content)
  renameSync(temporary, file)
}

describe('build --watch', () => {
  it('rebuilds after every save by rename, and for a file in a new folder', async () => {
    const child = spawn(process.execPath, [bin, 'build', root, '--watch', '--now', '2023-10-11T12:00:00+07:00'], { cwd: root })
    const log = follow(child)
    try {
      await log.waitFor(/watching/, 0)
      expect(log.text).toMatch(/^dateline: built 1 article, 0 warnings/)
      const feed = () => readFileSync(path.join(root, 'dist/feed.xml'), 'utf8')
      for (const version of ['Versi dua', 'Versi tiga', 'Versi empat']) {
        const from = log.text.length
        renameSave(path.join(root, 'articles/a.md'), article({ title: version, date: '2023-10-10T09:00:00' }))
        await log.waitFor(/dateline: changed articles\/a\.md; rebuilding\ndateline: built 1 article/, from)
        expect(feed()).toContain(`<title>${version}</title>`)
      }
      const from = log.text.length
      mkdirSync(path.join(root, 'articles/2023'))
      writeFileSync(path.join(root, 'articles/2023/b.md'), article({ title: 'Baru', date: '2023-10-10T10:00:00' }))
      await log.waitFor(/changed articles\/2023\/b\.md; rebuilding\ndateline: built 2 articles/, from)
      // Writes into the output (and the swap's staging folders) never trigger a rebuild.
      const settled = log.text.length
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(log.text.slice(settled)).toBe('')
    } finally {
      child.kill('SIGINT')
    }
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(0)
  }, 120_000)

  it('says what changed, briefly', () => {
    expect(describeChanges(['a.md'])).toBe('a.md')
    expect(describeChanges(['a.md', 'b.md', 'c.md', 'd.md', 'e.md'])).toBe('a.md, b.md, c.md and 2 more')
  })
})
