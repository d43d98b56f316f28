/**
 * Issue #8 item 9: `dateline check` on what is not a document. Not a regular
 * file → exit 2 saying so; over the size limit → refused by its size before
 * anything is read (a sparse file stands in for gigabytes); a file named
 * explicitly whose kind is unknown (UTF-16, binary) fails the check.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkFiles } from '../../src/check/documents/run.js'
import { MAX_CHECK_FILE_BYTES } from '../../src/util/limits.js'
import { dateline } from '../safety/cli.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-not-a-document-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const put = (file: string, content: string | Uint8Array) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), content)
  return file
}
const check = (...args: string[]) => dateline(['check', ...args], { cwd: root })
const SITEMAP = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>\n'
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

const hasMkfifo = process.platform !== 'win32' && (() => {
  try {
    execFileSync('mkfifo', [path.join(root, 'probe.fifo')])
    rmSync(path.join(root, 'probe.fifo'))
    return true
  } catch {
    return false
  }
})()
if (!hasMkfifo) console.log('not-a-document.test.ts: FIFO case skipped (no POSIX mkfifo here)')

describe('not a regular file: exit 2, saying what it is', () => {
  it.skipIf(!hasMkfifo)('a FIFO (which reading would block on) is named as one, never "no such file or folder"', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.xml')])
    const result = check('pipe.xml')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('dateline check: "pipe.xml" is a FIFO (named pipe), not a regular file; dateline check reads files, folders and globs\n')
    await expect(checkFiles(['pipe.xml'], { cwd: root })).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('is a FIFO') })
    rmSync(path.join(root, 'pipe.xml'))
  })

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero, which never ends, is a character device', () => {
    const result = check('/dev/zero')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('dateline check: "/dev/zero" is a character device, not a regular file; dateline check reads files, folders and globs\n')
  })
})

describe(`files over ${MAX_CHECK_FILE_BYTES.toLocaleString('en-US')} bytes (64 MiB) are refused by their size, unread`, () => {
  const over = (file: string, head = '') => {
    put(file, head)
    truncateSync(path.join(root, file), MAX_CHECK_FILE_BYTES + 1) // sparse: no real 64 MB on disk
    return file
  }

  it('named, or found by walking a folder: exit 2 naming the file and the limit (it was "Cannot create a string longer than …" at 1 GB)', () => {
    over('big/page.html', '<!doctype html>')
    const message = 'dateline check: cannot check "big/page.html": the file is 67,108,865 bytes; dateline check reads files up to 67,108,864 bytes (64 MiB)\n'
    expect(check('big/page.html')).toMatchObject({ code: 2, stderr: message })
    expect(check('big')).toMatchObject({ code: 2, stderr: message })
    rmSync(path.join(root, 'big'), { recursive: true })
  })

  it('a .gz is refused by its compressed size too (its inflated size has its own 50 MB cap)', () => {
    over('huge.xml.gz')
    expect(check('huge.xml.gz')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot check "huge.xml.gz": the file is 67,108,865 bytes') })
  })

  it('a sitemap that large is a sitemap/too-large finding (exit 1), told from its first bytes', () => {
    over('sitemap-big.xml', SITEMAP.slice(0, 120))
    const result = check('sitemap-big.xml', '--format', 'json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).diagnostics).toEqual([
      expect.objectContaining({ file: 'sitemap-big.xml', rule: 'sitemap/too-large', severity: 'error', message: expect.stringContaining('the file is 67,108,865 bytes (it was not read further); the limit is 52,428,800 (50 MB)') }),
    ])
  })
})

describe('files named explicitly that are none of the kinds fail the check', () => {
  it('UTF-16 (BOM or not): an error saying so, exit 1; a UTF-16 sitemap is still checked as a sitemap', async () => {
    put('utf16/manifest.json', utf16le('{"name": "x"}'))
    put('utf16/sitemap.xml', Buffer.from(SITEMAP.replace('<loc>https://a.example/</loc>', '<loc>/relative</loc>'), 'utf16le'))
    const result = check('utf16/manifest.json', '--format', 'json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).diagnostics).toEqual([
      expect.objectContaining({ file: 'utf16/manifest.json', line: 1, column: 1, severity: 'error', rule: 'check/invalid-utf8', message: 'the file is UTF-16LE text, not UTF-8 (sitemaps, feeds, JSON and HTML as served must be UTF-8); save it as UTF-8' }),
    ])
    const sitemap = await checkFiles(['utf16/sitemap.xml'], { cwd: root })
    expect(sitemap.files).toEqual([{ file: 'utf16/sitemap.xml', kind: 'sitemap' }])
    expect(sitemap.diagnostics.map((d) => d.rule)).toEqual(['check/invalid-utf8', 'sitemap/relative-url'])
  })

  it('binary data: check/unknown-kind is an error now (it was a warning: exit 0)', () => {
    put('bin/logo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const result = check('bin/logo.json', '--format', 'json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).diagnostics).toEqual([
      expect.objectContaining({ file: 'bin/logo.json', severity: 'error', rule: 'check/unknown-kind', message: 'not checked: binary data, none of HTML, JSON-LD, JSON Feed, RSS, Atom, sitemap, sitemap index, news sitemap' }),
    ])
  })

  it('found by walking a folder, such files are skipped without a finding (a site holds other files), unless they are a kind dateline checks', async () => {
    const walked = await checkFiles(['bin', 'utf16'], { cwd: root })
    expect(walked.files).toEqual([{ file: 'utf16/sitemap.xml', kind: 'sitemap' }])
    expect(walked.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['utf16/sitemap.xml check/invalid-utf8', 'utf16/sitemap.xml sitemap/relative-url'])
  })
})
