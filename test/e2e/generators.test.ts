/**
 * Conformance: a small site per generator, written in that generator's own
 * conventions (test/fixtures/generators/: Jekyll `_posts` with `.markdown`
 * and file-name dates, a Hugo `content/` with TOML, YAML and JSON, an Astro
 * `src/content/blog` from its blog template's schema, an Eleventy blog with
 * `permalink` and collection tags, a Zola section), built from the CLI as a
 * user runs it: 0 errors and 0 warnings, `dateline check` clean on the site
 * and on the output, every sitemap valid against the XSDs, and the W3C feed
 * validator (opt-in, see test/feeds/w3c-validator.test.ts) silent.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hasShared, xsdErrors } from '../sitemaps/helpers.js'
import { repoRoot } from '../helpers/site.js'

const bin = path.join(repoRoot, 'dist/cli/bin.js')
const fixtures = path.join(repoRoot, 'test/fixtures/generators')
const goldenDir = path.join(repoRoot, 'test/golden/generators')
const outs = mkdtempSync(path.join(tmpdir(), 'dateline-generators-'))
afterAll(() => rmSync(outs, { recursive: true, force: true }))

function dateline(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DATELINE_NOW: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * What each fixture must build: the articles' URLs, and the summary's account
 * of what it left out. "now" is a day after the newest article, so the news
 * sitemap lists something (an empty urlset is not valid against the XSD).
 */
const EXPECTED: Record<string, { now: string; urls: string[]; summary: RegExp }> = {
  jekyll: {
    now: '2017-06-16T00:00:00Z',
    urls: [
      'https://harbor.example/2017/06/15/harbor-3-0-released/',
      'https://harbor.example/2017/04/01/legal-transparency-report/',
      'https://harbor.example/2016/04/01/legal-transparency-report/',
      'https://harbor.example/2015/12/24/holiday-hours/',
    ],
    summary: /built 4 articles \(left out: 1 draft\), 0 warnings \(1 note: dateline check lists them\)/,
  },
  hugo: {
    now: '2024-03-02T00:00:00Z',
    urls: [
      'https://tidewater.example/2024/03/new-pier/',
      'https://tidewater.example/2024/02/tide-tables/',
      'https://tidewater.example/breaking/ferry-strike-ends/',
      'https://tidewater.example/2024/01/bundle-post/',
      'https://tidewater.example/about/',
    ],
    summary: /built 5 articles \(left out: 1 draft, 1 expired \(expiryDate\); skipped files: 2 list pages \(_index\.md\), 1 not markdown \(\.jpg 1\)\), 0 warnings,/,
  },
  astro: {
    now: '2024-06-20T00:00:00Z',
    urls: ['https://stargazer.example/blog/markdown-style-guide/', 'https://stargazer.example/blog/second-post/', 'https://stargazer.example/blog/first-post/'],
    summary: /built 3 articles, 0 warnings,/,
  },
  eleventy: {
    now: '2018-10-01T00:00:00Z',
    urls: ['https://brook.example/blog/fourthpost/', 'https://brook.example/posts/second-post-at-its-own-address/', 'https://brook.example/blog/firstpost/'],
    summary: /built 3 articles \(left out: 1 never rendered \(permalink: false, build\.render: never\); skipped files: 1 not markdown \(\.js 1\)\), 0 warnings,/,
  },
  zola: {
    now: '2023-09-11T00:00:00Z',
    urls: ['https://fjord.example/blog/laksen-er-tilbake/', 'https://fjord.example/blog/ferja-i-rute/', 'https://fjord.example/kai/nytt-kaianlegg/'],
    summary: /built 3 articles \(skipped files: 2 list pages \(_index\.md\)\), 0 warnings \(1 note: dateline check lists them\)/,
  },
}

const validatorDir = process.env.FEEDVALIDATOR_DIR
const validatorSrc = validatorDir ? [path.join(validatorDir, 'src'), validatorDir].find((dir) => existsSync(path.join(dir, 'feedvalidator', '__init__.py'))) : undefined
const RUNNER = `
import json, sys
sys.path.insert(0, sys.argv[1])
import feedvalidator
from feedvalidator import compatibility
from feedvalidator.logging import Error
out = {}
for arg in sys.argv[2:]:
    path, _, url = arg.partition('=')
    with open(path, 'rb') as stream:
        events = compatibility.AA(feedvalidator.validateStream(stream, firstOccurrenceOnly=1, base=url)['loggedEvents'])
    out[url] = ['%s %s line %s: %s' % ('error' if isinstance(e, Error) else 'warning', type(e).__name__, e.params.get('line'), e.params) for e in events]
print(json.dumps(out))
`

describe.each(Object.keys(EXPECTED))('the %s fixture', (generator) => {
  const root = path.join(fixtures, generator)
  const out = path.join(outs, generator)
  const expected = EXPECTED[generator]!

  it('builds from the CLI with 0 errors and 0 warnings, the articles at the URLs the generator would give them', () => {
    const result = dateline(['build', '--out', out, '--now', expected.now], root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(expected.summary)
    const index = readFileSync(path.join(out, '_dateline/index.json'), 'utf8')
    const golden = path.join(goldenDir, `${generator}.index.json`)
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(goldenDir, { recursive: true })
      writeFileSync(golden, index)
    }
    expect(index).toBe(readFileSync(golden, 'utf8'))
    expect((JSON.parse(index) as { url: string }[]).map((entry) => entry.url)).toEqual(expected.urls)
  })

  it('passes dateline check on the sources and on the output (no errors, no warnings)', () => {
    for (const args of [['check', '--now', expected.now, '--format', 'json'], ['check', out, '--now', expected.now, '--format', 'json', '--config', path.join(root, 'dateline.config.json')]]) {
      const result = dateline(args, root)
      const report = JSON.parse(result.stdout) as { summary: { files: number; error: number; warning: number } }
      expect(report.summary, `${args.join(' ')}\n${result.stdout}`).toMatchObject({ error: 0, warning: 0 })
      expect(report.summary.files).toBeGreaterThan(5)
      expect(result.code).toBe(0)
    }
  })

  it.skipIf(!hasShared)('writes sitemaps that are valid against the sitemap XSDs', async () => {
    const sitemaps = Object.fromEntries(
      (readdirSync(out, { recursive: true }) as string[]).filter((f) => /sitemap.*\.xml$/.test(f)).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]),
    )
    expect(Object.keys(sitemaps).length).toBeGreaterThanOrEqual(2)
    expect(await xsdErrors(sitemaps)).toEqual([])
  })

  it.skipIf(!validatorSrc)('writes RSS and Atom feeds the W3C feed validator finds nothing in', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'dateline.config.json'), 'utf8')) as { site: { url: string } }
    const feeds = (readdirSync(out, { recursive: true }) as string[]).filter((f) => /(feed|atom|rss)\.xml$/.test(f))
    const args = feeds.map((f) => `${path.join(out, f)}=${new URL(f.split(path.sep).join('/'), config.site.url).href}`)
    const results = JSON.parse(execFileSync('/usr/bin/python3', ['-c', RUNNER, validatorSrc!, ...args], { encoding: 'utf8' })) as Record<string, string[]>
    expect(args.length).toBeGreaterThan(0)
    expect(Object.keys(results)).toHaveLength(args.length)
    for (const [url, events] of Object.entries(results)) expect(events, url).toEqual([])
  })
})
