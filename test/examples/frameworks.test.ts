/**
 * The framework examples really build: each installed example (see
 * `npm run examples:install`, which installs dateline-kit from an `npm pack`
 * tarball) is built with its framework, and `dateline check` on the built
 * output finds 0 errors. An example that is not installed is skipped, saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/site.js'

interface Example {
  name: string
  /** Folder the build writes, relative to the example. */
  out: string
  /** Files the build must have written (dateline's part of it). */
  expected: string[]
}

const EXAMPLES: Example[] = [
  { name: 'astro', out: 'dist', expected: ['feed.xml', 'atom.xml', 'feed.json', 'news-sitemap.xml', 'sitemap-index.xml', 'berita/menteri-panrb-temui-pm-azerbaijan/index.html'] },
  { name: 'eleventy', out: '_site', expected: ['feed.xml', 'atom.xml', 'feed.json', 'news-sitemap.xml', 'sitemap.xml', 'berita/menteri-panrb-temui-pm-azerbaijan/index.html'] },
  { name: 'next', out: 'out', expected: ['feed.xml', 'atom.xml', 'feed.json', 'news-sitemap.xml', 'sitemap.xml', 'berita/menteri-panrb-temui-pm-azerbaijan/index.html'] },
]

for (const example of EXAMPLES) {
  const folder = path.join(repoRoot, 'examples', example.name)
  const installed = existsSync(path.join(folder, 'node_modules', 'dateline-kit', 'package.json'))
  if (!installed) console.warn(`skipping the ${example.name} example: not installed (run npm run examples:install)`)
  describe.skipIf(!installed)(`examples/${example.name}`, () => {
    it('builds, and dateline check finds 0 errors in what it built', { timeout: 240_000 }, () => {
      const build = spawnSync('npm', ['run', 'build'], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' } })
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0)
      for (const file of example.expected) expect(existsSync(path.join(folder, example.out, file)), file).toBe(true)
      const bin = path.join(folder, 'node_modules', '.bin', 'dateline')
      const report = JSON.parse(
        execFileSync(bin, ['check', example.out, '--format', 'json', '--now', '2023-10-11T12:00:00+07:00'], { cwd: folder, encoding: 'utf8' }),
      ) as { summary: { files: number; error: number }; diagnostics: { severity: string }[] }
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(report.summary.files).toBeGreaterThanOrEqual(example.expected.length)
      // The article's head carries the date as written in the source (js-yaml would have made it 7 hours later).
      const page = readFileSync(path.join(folder, example.out, 'berita/menteri-panrb-temui-pm-azerbaijan/index.html'), 'utf8')
      expect(page).toMatch(/<meta property="article:published_time" content="2023-10-11T09:30:00\+07:00"\/?>/)
      expect(page.match(/<title>/g)).toHaveLength(1)
    })
  })
}
