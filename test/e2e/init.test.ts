/** `dateline init`: a site that builds and checks clean at once; never overwrites. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { gitignoreWith, scaffoldFiles } from '../../src/init/scaffold.js'
import { repoRoot } from '../helpers/site.js'

const bin = path.join(repoRoot, 'dist/cli/bin.js')
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-init-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function dateline(args: string[], cwd = temp) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Jakarta' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('dateline init', () => {
  it.each(['ts', 'json'] as const)('creates a %s site that builds, checks clean and previews', (format) => {
    const result = dateline(['init', `site-${format}`, '--format', format, '--url', 'https://news.example/', '--name', 'Kabar'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      `created site-${format}/dateline.config.${format}\ncreated site-${format}/articles/hello-world.md\ncreated site-${format}/public/images/hello-world.png\ncreated site-${format}/authors.yaml\ncreated site-${format}/.gitignore\n\nNext: cd site-${format} && npx dateline build && npx dateline preview\n(edit site.url in the config first: it is https://news.example/)\n`,
    )
    const root = path.join(temp, `site-${format}`)
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe('# dateline: build output, build cache, preview report\ndist/\n.dateline-cache/\ndateline-preview/\n')
    const built = dateline(['build', root])
    expect(built.stderr).toBe('')
    expect(built).toMatchObject({ code: 0, stdout: expect.stringMatching(/^dateline: built 1 article, 0 warnings/) })
    expect(readFileSync(path.join(root, 'dist/feed.xml'), 'utf8')).toContain('<title>Hello, world</title>')
    expect(dateline(['check'], root)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok \d+ files checked, no problems\n$/) })
    expect(dateline(['preview'], root)).toMatchObject({ code: 0, stdout: expect.stringContaining('previewed 1 article (0 findings)') })
    expect(readFileSync(path.join(root, 'dateline-preview/hello-world.html'), 'utf8')).toContain('og:image https://news.example/images/hello-world.png read from public/images/hello-world.png (png, 1200×675,')
  })

  it('never overwrites: one existing file and nothing is written', () => {
    const root = path.join(temp, 'taken')
    dateline(['init', 'taken', '--format', 'json'])
    const before = readdirSync(root, { recursive: true }).sort()
    writeFileSync(path.join(root, 'authors.yaml'), 'mine: {name: Mine}\n')
    rmSync(path.join(root, 'dateline.config.json'))
    const again = dateline(['init', 'taken', '--format', 'ts'])
    expect(again).toMatchObject({ code: 2, stderr: expect.stringMatching(/^dateline init: taken\/articles\/hello-world\.md, taken\/public\/images\/hello-world\.png, taken\/authors\.yaml already exist; nothing was written\n$/) })
    expect(readFileSync(path.join(root, 'authors.yaml'), 'utf8')).toBe('mine: {name: Mine}\n')
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before.filter((f) => f !== 'dateline.config.json'))
  })

  it('refuses bad values, with the option named', () => {
    expect(dateline(['init', 'x', '--format', 'yaml']).stderr).toContain('--format must be ts or json')
    expect(dateline(['init', 'x', '--url', 'ftp://a']).stderr).toContain('--url must be an absolute http(s) URL')
    expect(dateline(['init', 'x', '--timezone', 'Mars/Base']).stderr).toContain('not an IANA timezone')
    expect(dateline(['init', 'x', '--fromat', 'ts']).stderr).toContain('did you mean --format?')
  })
})

describe('scaffold', () => {
  it('adds only the .gitignore lines that are missing, once', () => {
    expect(gitignoreWith('node_modules/\n/dist\n')).toBe('node_modules/\n/dist\n\n# dateline: build output, build cache, preview report\n.dateline-cache/\ndateline-preview/\n')
    expect(gitignoreWith(gitignoreWith('node_modules')!)).toBeUndefined()
    expect(gitignoreWith('dist/\n.dateline-cache/\ndateline-preview/\n')).toBeUndefined()
  })
  it('writes names that need quoting as data', () => {
    const files = scaffoldFiles({ format: 'ts', name: "O'Reilly: \"News\"", url: 'https://a.example/', language: 'en', timezone: 'UTC', date: '2023-10-11T09:30:00' })
    expect(files[0]!.content).toContain("name: 'O\\'Reilly: \"News\"',")
    expect(files[3]!.content).toContain('name: "O\'Reilly: \\"News\\" Newsroom"')
  })
})
