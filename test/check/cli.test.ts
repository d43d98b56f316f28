import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCheck } from '../../src/cli/check.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-check-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const put = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), content)
}
const urlset = (urls: string) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
put('clean/sitemap.xml', urlset('<url><loc>https://a.example/</loc></url>'))
put('warn/sitemap.xml', urlset('<url><loc>https://a.example/</loc></url>\n<url><loc>https://a.example/</loc></url>'))
put('broken/sitemap.xml', urlset('<url><lastmod>2023-10-11</lastmod></url>'))
put('news/news.xml', `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://a.example/x</loc><news:news><news:publication><news:name>A</news:name><news:language>id</news:language></news:publication><news:publication_date>2023-10-11T08:00:00+07:00</news:publication_date><news:title>T</news:title></news:news></url>
</urlset>`)

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCheck(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env: {} })
  return { code, stdout, stderr }
}

describe('dateline check: exit codes (SPEC §5)', () => {
  it('0 when there are no errors', async () => {
    const result = await run('clean')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe('ok 1 file checked, no problems\n')
  })
  it('1 on errors, with stylish output naming file, line, column and rule', async () => {
    const result = await run('broken')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('broken/sitemap.xml\n  2:1  error  <url> needs a <loc> with the absolute URL  sitemap/missing-loc')
  })
  it('warnings pass unless there are more than --max-warnings', async () => {
    expect((await run('warn')).code).toBe(0)
    expect((await run('warn', '--max-warnings', '1')).code).toBe(0)
    const over = await run('warn', '--max-warnings', '0')
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('more than --max-warnings 0')
    expect((await run('warn', '--max-warnings=-1')).code).toBe(0)
  })
  it('2 on usage errors and unreadable input, with a message and no stack trace', async () => {
    for (const argv of [['--format', 'xml', 'clean'], ['--max-warnings', 'many', 'clean'], ['--now', 'yesterday', 'clean'], ['missing.xml'], ['--bogus'], ['--site-url', '/relative', 'clean'], ['--policy', 'strict', 'clean']]) {
      const result = await run(...argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr, argv.join(' ')).toMatch(/^dateline check: /)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })
  it('2 in site mode when the folder has no dateline config', async () => {
    const result = await run()
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no dateline config found')
  })
  it('--now decides the news window (also DATELINE_NOW)', async () => {
    expect((await run('news', '--now', '2023-10-11T12:00:00+07:00', '--max-warnings', '0')).code).toBe(0)
    const late = await run('news', '--now', '2023-10-20T12:00:00+07:00', '--max-warnings', '0')
    expect(late.code).toBe(1)
    expect(late.stdout).toContain('news/outside-window')
    let stdout = ''
    const code = await runCheck(['news', '--max-warnings', '0'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, env: { DATELINE_NOW: '2023-10-20T12:00:00Z' } })
    expect(code).toBe(1)
  })
  it('--site-url makes other hosts errors', async () => {
    expect((await run('clean', '--site-url', 'https://b.example/')).code).toBe(1)
  })
  it('--format and --output write the report to a file', async () => {
    const result = await run('broken', '--format', 'sarif', '--output', 'reports/check.sarif')
    expect(result).toMatchObject({ code: 1, stdout: '' })
    const log = JSON.parse(readFileSync(path.join(root, 'reports/check.sarif'), 'utf8'))
    expect(log.runs[0].results[0].ruleId).toBe('sitemap/missing-loc')
    const github = await run('broken', '--format', 'github')
    expect(github.stdout).toBe('::error file=broken/sitemap.xml,line=2,col=1,title=sitemap/missing-loc::<url> needs a <loc> with the absolute URL (sitemap/missing-loc)\ndateline: 1 error, 0 warnings, 0 info in 1 file checked\n')
  })
  it('--quiet reports errors only; --rule and --ignore-rule select rules (ids or layer/*)', async () => {
    put('mixed/sitemap.xml', urlset('<url><lastmod>2023-10-11</lastmod></url>\n<url><loc>https://a.example/</loc></url>\n<url><loc>https://a.example/</loc></url>'))
    const all = await run('mixed', '--format', 'json')
    expect(JSON.parse(all.stdout).summary).toMatchObject({ error: 1, warning: 1 })
    const quiet = JSON.parse((await run('mixed', '--format', 'json', '--quiet')).stdout)
    expect(quiet.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['sitemap/missing-loc'])
    const only = await run('mixed', '--format', 'json', '--rule', 'sitemap/duplicate-url')
    expect(JSON.parse(only.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['sitemap/duplicate-url'])
    expect(only.code).toBe(0)
    const ignored = await run('mixed', '--format', 'json', '--ignore-rule', 'sitemap/*')
    expect(JSON.parse(ignored.stdout).diagnostics).toEqual([])
    const typo = await run('mixed', '--rule', 'sitemap/duplicate-urls')
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('unknown rule "sitemap/duplicate-urls". Did you mean "sitemap/duplicate-url"?')
  })
  it('config check.rules turns rules off or changes their severity, with PATHs too; unknown ids are exit 2', async () => {
    put('configured/dateline.config.json', JSON.stringify({ site: { url: 'https://a.example/', name: 'A' }, check: { rules: { 'sitemap/missing-loc': 'warn', 'sitemap/duplicate-url': 'off' } } }))
    put('configured/out/sitemap.xml', urlset('<url><lastmod>2023-10-11</lastmod></url>\n<url><loc>https://a.example/</loc></url>\n<url><loc>https://a.example/</loc></url>'))
    const result = await run('configured/out', '--config', 'configured/dateline.config.json', '--format', 'json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual(['sitemap/missing-loc warning'])
    put('typo/dateline.config.json', JSON.stringify({ site: { url: 'https://a.example/', name: 'A' }, check: { rules: { 'sitemap/missing-locs': 'off' } } }))
    const typo = await run('configured/out', '--config', 'typo/dateline.config.json')
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('check.rules: unknown rule "sitemap/missing-locs"')
    put('bad/dateline.config.json', JSON.stringify({ site: { url: 'https://a.example/', name: 'A' }, check: { rules: { 'sitemap/missing-loc': 'loud' } } }))
    const bad = await run('configured/out', '--config', 'bad/dateline.config.json')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"check.rules.sitemap/missing-loc": must be "off", "warn" or "error", not "loud"')
  })
  it('--help', async () => {
    const result = await run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--max-warnings N')
  })
})
