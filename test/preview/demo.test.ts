/** `dateline preview` on the demo site: from its sources and from its built files, through the CLI. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { collectFiles, collectSite } from '../../src/preview/index.js'
import type { PreviewReport } from '../../src/preview/types.js'
import { article, makeSite, removeSite, repoRoot } from '../helpers/site.js'

const bin = path.join(repoRoot, 'dist/cli/bin.js')
const NOW = '2023-10-11T12:00:00+07:00'
const examples = path.join(repoRoot, 'examples')
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-preview-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function dateline(args: string[], cwd = repoRoot) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DATELINE_NOW: NOW } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const LEAD = 'https://semarak.example/2023/10/menteri-panrb-temui-pm-azerbaijan/'

describe('preview from the sources', () => {
  let report: PreviewReport
  beforeAll(async () => {
    report = await collectSite(examples, { cwd: repoRoot, now: Date.parse(NOW) })
  }, 60_000)
  it('has every published article, with its real og:image read from public/', () => {
    expect(report.articles).toHaveLength(6)
    const lead = report.articles.find((a) => a.url === LEAD)!
    expect(lead.image).toMatchObject({ url: 'https://semarak.example/assets/2023/10/baku-anas-asadov-16x9.jpg', file: 'examples/public/assets/2023/10/baku-anas-asadov-16x9.jpg', width: 1200, height: 675, type: 'jpg', declared: { width: 1200, height: 675 } })
    expect(lead.image!.dataUri).toMatch(/^data:image\/jpeg;base64,\/9j\//)
    expect(lead.feedItem).toMatchObject({ feed: 'examples/dist/feed.xml', title: 'Menteri PANRB Temui PM Azerbaijan di Baku, Bahas Kerja Sama Pelayanan Publik', authors: expect.arrayContaining([expect.stringContaining('Laila')]) })
    // The chart inside the article body is embedded too, not linked.
    expect(lead.feedItem!.html).toContain('src="data:image/png;base64,')
    expect(lead.feedItem!.html).not.toMatch(/src="https?:/)
  })
  it('places every finding: on an article (source, head, JSON-LD, feed, sitemap) or site-wide', async () => {
    const { checkSite } = await import('../../src/check/site/check-site.js')
    const checked = await checkSite(examples, { cwd: repoRoot, now: Date.parse(NOW) })
    const placed = report.articles.reduce((n, a) => n + a.findings.length, report.siteFindings.length)
    expect(placed).toBe(checked.diagnostics.length)
  })
  it('puts a frontmatter finding on its article\'s source, and a missing image on its cards', async () => {
    const root = makeSite({ 'articles/a.md': article({ title: 'A', date: '2023-10-10T09:00:00', titel: 'typo', image: '/missing.jpg' }) })
    try {
      const small = await collectSite(root, { cwd: root, now: Date.parse(NOW) })
      expect(small.articles).toHaveLength(1)
      expect(small.articles[0]!.findings).toContainEqual(expect.objectContaining({ rule: 'frontmatter/unknown-key', place: 'source', file: 'articles/a.md' }))
      expect(small.articles[0]!.image).toMatchObject({ url: 'https://semarak.example/missing.jpg', problem: expect.stringContaining('no such file') })
    } finally {
      removeSite(root)
    }
  })
})

describe('dateline preview', () => {
  const out = path.join(temp, 'report')
  it('writes index.html and a page per article that load nothing from the network', () => {
    const result = dateline(['preview', 'examples', '--out', out])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^dateline: previewed 6 articles \(\d+ findings\), 7 pages -> .*index\.html\n$/)
    const files = readdirSync(out).sort()
    expect(files).toEqual(['.dateline-preview', 'analisis-mpp-digital.html', 'azerbaijan-indonesia-ar.html', 'belajar-dari-baku-tanpa-meniru.html', 'explainer-one-stop-public-services.html', 'index.html', 'menteri-panrb-temui-pm-azerbaijan.html', '行政サービス協力.html'])
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const page = readFileSync(path.join(out, file), 'utf8')
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:;`)
      // Every resource attribute is inline data; links to docs are fine (followed only when clicked).
      for (const match of page.matchAll(/\s(src|srcset|poster|data)="([^"]*)"/g)) expect(match[2]).toMatch(/^data:/)
      expect(page).not.toMatch(/<link\b|@import|url\(/)
    }
    const arabic = readFileSync(path.join(out, 'azerbaijan-indonesia-ar.html'), 'utf8')
    expect(arabic).toMatch(/<h1 lang="ar" dir="rtl">/)
    expect(arabic).toMatch(/<div class="serp" data-preview="snippet" lang="ar" dir="rtl">/)
    const japanese = readFileSync(path.join(out, '行政サービス協力.html'), 'utf8')
    expect(japanese).toMatch(/<h3 class="serp-title fit" lang="ja" dir="ltr" data-fit="600"/)
  })
  it('is deterministic, replaces its own earlier report, and refuses any other folder', () => {
    const first = readFileSync(path.join(out, 'index.html'))
    expect(dateline(['preview', 'examples', '--out', out]).code).toBe(0)
    expect(readFileSync(path.join(out, 'index.html'))).toEqual(first)
    const other = path.join(temp, 'not-a-report')
    mkdirSync(other)
    writeFileSync(path.join(other, 'keep.txt'), 'mine')
    const refused = dateline(['preview', 'examples', '--out', other])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('refusing to replace')
    expect(readdirSync(other)).toEqual(['keep.txt'])
  })
  it('previews built files, mapping og:image to the built output', async () => {
    const dist = path.join(temp, 'dist')
    await build(examples, { out: dist, now: Date.parse(NOW) })
    const report = await collectFiles([dist], { cwd: temp, now: Date.parse(NOW) })
    expect(report.articles).toHaveLength(6)
    const lead = report.articles.find((a) => a.url === LEAD)!
    expect(lead).toMatchObject({ file: 'dist/2023/10/menteri-panrb-temui-pm-azerbaijan/index.html', files: ['dist/2023/10/menteri-panrb-temui-pm-azerbaijan/index.html', 'dist/_dateline/menteri-panrb-temui-pm-azerbaijan.head.html'], lang: 'id', image: { file: 'dist/assets/2023/10/baku-anas-asadov-16x9.jpg', width: 1200, height: 675 } })
    expect(lead.feedItem?.feed).toBe('dist/feed.xml')
    expect(report.siteName).toBe('Semarak')
    const cli = dateline(['preview', dist, '--out', path.join(temp, 'from-files')], temp)
    expect(cli.code).toBe(0)
  })
  it('check --format html is the same report on one page, with unique ids', () => {
    const file = path.join(temp, 'check.html')
    const result = dateline(['check', '--format', 'html', '--output', file], examples)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const page = readFileSync(file, 'utf8')
    expect(page.match(/<article class="report-article"/g)).toHaveLength(6)
    expect(page).toContain('<a href="#article-1"')
    expect(page).toMatch(/id="article-\d-snippet"/)
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    for (const match of page.matchAll(/\s(src|srcset)="([^"]*)"/g)) expect(match[2]).toMatch(/^data:/)
  })

  it('says what is wrong with its arguments', () => {
    expect(dateline(['preview', '--ouut', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean --out?') })
    expect(dateline(['preview', 'examples', '--site-url', 'ftp://x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--site-url must be') })
    expect(dateline(['preview', 'no-such-folder', '--out', path.join(temp, 'x')]).code).toBe(2)
  })
})
