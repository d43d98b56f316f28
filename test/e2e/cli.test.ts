/** The `dateline` executable as users run it: exit codes, messages, staged output, determinism. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { article, makeSite, removeSite, repoRoot } from '../helpers/site.js'

const bin = path.join(repoRoot, 'dist/cli/bin.js')
const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

function dateline(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function site(files: Record<string, string | Uint8Array>, config?: unknown) {
  const root = makeSite(files, config)
  roots.push(root)
  return root
}

/** Every file under `dir` with its bytes, for byte-for-byte comparisons. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, entry)
    if (statSync(file).isFile()) out[entry.split(path.sep).join('/')] = readFileSync(file).toString('base64')
  }
  return out
}

const NOW = ['--now', '2023-10-11T12:00:00+07:00']
const good = { 'articles/a.md': article({ title: 'Menteri PANRB ke Baku', date: '2023-10-11T09:30:00', section: 'Nasional' }, 'Isi berita pertama.\n') }

describe('dateline CLI', () => {
  it('prints help and version', () => {
    expect(dateline(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('build [ROOT]') })
    expect(dateline(['build', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--strict') })
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
    expect(dateline(['--version']).stdout.trim()).toBe(pkg.version)
  })

  it('exits 2 on usage errors', () => {
    expect(dateline(['frobnicate']).code).toBe(2)
    expect(dateline(['build', '--bogus']).code).toBe(2)
    expect(dateline(['build', '--now', 'yesterday']).code).toBe(2)
  })

  it('suggests the command or flag that was meant, in its own words rather than Node\'s', () => {
    expect(dateline(['biuld'])).toMatchObject({ code: 2, stderr: 'dateline: unknown command "biuld"; did you mean "build"?\nRun "dateline --help" for the commands.\n' })
    expect(dateline(['build', '--ouut', 'x'])).toMatchObject({ code: 2, stderr: 'dateline build: unknown option --ouut; did you mean --out?\nRun "dateline build --help" for the options.\n' })
    expect(dateline(['check', '--fromat', 'json']).stderr).toContain('did you mean --format?')
    expect(dateline(['check', '--format']).stderr).toContain('--format needs a value')
    expect(dateline(['build', '--strict=yes']).stderr).toContain('--strict takes no value')
    expect(dateline(['build', '--zzzzzz']).stderr).toBe('dateline build: unknown option --zzzzzz\nRun "dateline build --help" for the options.\n')
  })

  it('builds, and prints a one-line summary', () => {
    const root = site(good)
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^dateline: built 1 article, 0 warnings, \d+ files in [\d.]+s -> .+\n$/)
    const files = Object.keys(snapshot(path.join(root, 'dist')))
    expect(files).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'news-sitemap.xml', '_dateline/a.jsonld', '_dateline/a.head.html', '_dateline/index.json']))
  })

  it('exits 2 naming the config file and key', () => {
    const root = site({ ...good, 'dateline.config.json': '{\n  "site": { "url": "https://a.example/", "name": "A", "timezone": "Asia/Jakart" }\n}\n' })
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/dateline\.config\.json:2:\d+: error: "site\.timezone": "Asia\/Jakart" is not an IANA time zone.* \[config\/invalid\]\ndateline: invalid config; nothing was built\n$/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 1 on content errors, names file and line, and leaves the previous output byte for byte', () => {
    const root = site(good)
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
    const before = snapshot(path.join(root, 'dist'))
    writeFileSync(path.join(root, 'articles/b.md'), '---\ntitle: B\ndate: 2023-02-30\n---\nx\n')
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('articles/b.md:3:1: error: date: "2023-02-30" is not a date that exists')
    expect(result.stderr).toContain('build failed: 1 content error; nothing was written')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(snapshot(path.join(root, 'dist'))).toEqual(before)
    expect(readdirSync(root).filter((name) => name.includes('staging'))).toEqual([])
  })

  it('fails on warnings with --strict', () => {
    const root = site({ 'articles/a.md': '---\ntitle: A\ndate: 2023-10-10\ntitel: typo\n---\nx\n' })
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
    const strict = dateline(['build', root, ...NOW, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('Did you mean "title"?')
  })

  it('refuses a slug that tries to leave out', () => {
    const root = site({ 'articles/a.md': article({ title: 'A', date: '2023-10-10', slug: '../../../tmp/evil' }) })
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/articles\/a\.md:\d+:1: error: slug: .* is not a safe slug/)
  })

  it('keeps hostile text as data in every output', () => {
    const hostile = 'A ]]> ]]> </script><!--<script> \u000b\u0000 \u2028 B'
    const root = site({ 'articles/a.md': article({ title: hostile, date: '2023-10-10', tags: [hostile] }, `${hostile}\n`) })
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
    const head = readFileSync(path.join(root, 'dist/_dateline/a.head.html'), 'utf8')
    expect(head.toLowerCase()).not.toContain('</script><!--')
    const jsonld = JSON.parse(readFileSync(path.join(root, 'dist/_dateline/a.jsonld'), 'utf8')) as { '@graph': { headline?: string }[] }
    expect(jsonld['@graph'][0]!.headline).toBe(hostile)
  })

  it('builds a 10 MB article', () => {
    const body = `${'Paragraf panjang tentang pelayanan publik. '.repeat(40)}\n\n`.repeat(6000)
    expect(body.length).toBeGreaterThan(10_000_000)
    const root = site({ 'articles/big.md': article({ title: 'Besar', date: '2023-10-10' }, body) })
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
  })

  it('writes the same bytes whatever TZ and locale', () => {
    const outs = [
      { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8', LC_ALL: 'C' },
    ].map((env, i) => {
      const out = path.join(repoRoot, `.tmp/determinism-${process.pid}-${i}`)
      expect(dateline(['build', 'examples', '--out', out, ...NOW], { env }).code).toBe(0)
      const files = snapshot(out)
      removeSite(out)
      return files
    })
    expect(Object.keys(outs[0]!).length).toBeGreaterThan(20)
    expect(outs[1]).toEqual(outs[0])
  })
})

describe('outputs switched off', () => {
  it('writes no feed or sitemap that is set to false', () => {
    const root = site(good, {
      site: { url: 'https://a.example/', name: 'A', timezone: 'Asia/Jakarta' },
      feeds: { rss: false, atom: 'atom.xml', json: false },
      sitemap: false,
      newsSitemap: false,
    })
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
    const files = Object.keys(snapshot(path.join(root, 'dist'))).sort()
    expect(files).toEqual(['_dateline/a.head.html', '_dateline/a.jsonld', '_dateline/index.json', 'atom.xml'])
  })
})

describe('the output folder is never something else', () => {
  it('refuses --out at the site root or around it, and a folder it did not write', () => {
    const root = site(good)
    expect(dateline(['build', root, ...NOW, '--out', root])).toMatchObject({ code: 2, stderr: expect.stringContaining('must be a folder of its own') })
    expect(dateline(['build', root, ...NOW, '--out', path.dirname(root)]).code).toBe(2)
    writeFileSync(path.join(root, 'keep.txt'), 'mine')
    const foreign = path.join(root, 'articles')
    expect(dateline(['build', root, ...NOW, '--out', foreign]).code).toBe(2)
    const other = path.join(root, 'other')
    mkdirSync(other)
    writeFileSync(path.join(other, 'important.txt'), 'mine')
    const result = dateline(['build', root, ...NOW, '--out', other])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is not an earlier output')
    expect(readFileSync(path.join(other, 'important.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(path.join(root, 'articles/a.md'), 'utf8')).toContain('Menteri PANRB')
  })
})

describe('now and quiet', () => {
  it('takes "now" from DATELINE_NOW, and --quiet prints nothing on success', () => {
    const root = site({ ...good, 'articles/later.md': article({ title: 'Nanti', date: '2023-10-12T08:00:00' }) })
    const before = dateline(['build', root, '--quiet'], { env: { DATELINE_NOW: '2023-10-11T12:00:00+07:00' } })
    expect(before).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(readdirSync(path.join(root, 'dist/_dateline')).sort()).toEqual(['a.head.html', 'a.jsonld', 'index.json'])
    const after = dateline(['build', root], { env: { DATELINE_NOW: '2023-10-12T09:00:00+07:00' } })
    expect(after.stdout).toMatch(/^dateline: built 2 articles,/)
  })
})
