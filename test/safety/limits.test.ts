/**
 * Issue #8 item 7: limits are errors, not crashes. An article or frontmatter
 * past its documented limit is refused with a message naming the file (exit
 * 1, nothing written), checked before parsing; a frontmatter of 100,000 keys
 * builds (it took 133 s: the YAML key check was quadratic); warnings are
 * capped per file and per build, the summary counting them all.
 */
import { truncateSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeArticle } from '../../src/load/article.js'
import { resolveConfig } from '../../src/load/inline-config.js'
import { MAX_ARTICLE_BYTES, MAX_FRONTMATTER_BYTES } from '../../src/util/limits.js'
import { article, BASE_CONFIG } from '../helpers/site.js'
import { dateline, listing, NOW, siteFactory } from './cli.js'

const site = siteFactory()
const DATE = 'date: 2023-10-11T09:00:00'

function build(root: string) {
  return dateline(['build', '.', ...NOW], { cwd: root })
}

describe('article and frontmatter size limits', () => {
  it(`an article over ${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes is refused by its size, unread: exit 1 naming the file`, () => {
    const root = site({ 'articles/ok.md': article({ title: 'A', date: '2023-10-11T09:00:00' }), 'articles/big.md': article({ title: 'B', date: '2023-10-11T09:00:00' }) })
    truncateSync(path.join(root, 'articles/big.md'), MAX_ARTICLE_BYTES + 1) // sparse: the size is what is checked
    const result = build(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'articles/big.md: error: the file is 10,485,761 bytes; the limit for an article is 10,485,760 (10 MiB): split it, or keep large data out of the markdown [content/too-large]\n' +
        'dateline: build failed: 1 content error; nothing was written\n',
    )
    expect(listing(root)).not.toContain('dist')
  })

  it('the library refuses the same text (an adapter hands over text, not a file)', () => {
    const config = resolveConfig(BASE_CONFIG, { root: '/site' })
    const text = article({ title: 'B', date: '2023-10-11T09:00:00' }, 'x'.repeat(MAX_ARTICLE_BYTES))
    const result = normalizeArticle('articles/big.md', text, { config, registry: { byId: new Map() }, nowMs: Date.now() })
    expect(result).toMatchObject({ status: 'invalid', diagnostics: [{ file: 'articles/big.md', rule: 'content/too-large', message: expect.stringMatching(/^the file is 10,485,8\d\d bytes; the limit/) }] })
  })

  it(`a frontmatter over ${MAX_FRONTMATTER_BYTES.toLocaleString('en-US')} bytes is refused before YAML reads it: exit 1 at its first line`, () => {
    const root = site({ 'articles/a.md': article(`title: A\n${DATE}\nnotes: "${'x'.repeat(MAX_FRONTMATTER_BYTES)}"`) })
    const result = build(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('articles/a.md:2:1: error: the frontmatter is 1,048,621 bytes; the limit is 1,048,576 (1 MiB): keep data that large in its own file [content/too-large]\n')
    expect(listing(root)).not.toContain('dist')
  })
})

describe('a frontmatter of 100,000 keys', () => {
  it('builds (by hand: 3.8 s, was 133 s) and the summary counts every finding', () => {
    let front = `title: A\n${DATE}\n`
    for (let i = 0; i < 100_000; i++) front += `k${i.toString(36)}: 1\n`
    const root = site({ 'articles/a.md': article(front) })
    const result = build(root)
    expect(result.code, result.stderr).toBe(0)
    const summary = /built 1 article, (\d+) warnings \((\d+) notes: dateline check lists them\)/.exec(result.stdout)
    expect(summary, result.stdout).not.toBeNull()
    // Unknown keys are notes, or warnings when they look like a typo ("kurl": did you mean "url"?): 100,000 in all.
    expect(Number(summary![1]) + Number(summary![2])).toBe(100_000)
  }, 60_000)
})

describe('warnings are capped per file and per build; the summary has the total', () => {
  it('20 per file, then "… and N more warnings in this file"; 200 in all, then how many more and where', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
    // Each key is a typo of "description" (a did-you-mean warning): 1,296 in a.md, 25 in each of 11 more files.
    const typos = (n: number) => Array.from({ length: n }, (_, i) => `descriptio${chars[Math.floor(i / 36)]}${chars[i % 36]}: 1`).join('\n')
    const files: Record<string, string> = { 'articles/a.md': article(`title: A\n${DATE}\n${typos(1296)}`) }
    for (const name of 'bcdefghijkl') files[`articles/${name}.md`] = article(`title: ${name}\n${DATE}\n${typos(25)}`)
    const root = site(files)
    const result = build(root)
    expect(result.code).toBe(0)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.filter((line) => / warning: unknown frontmatter key /.test(line))).toHaveLength(200)
    expect(lines.filter((line) => line.startsWith('articles/a.md:') && line.includes(' warning: '))).toHaveLength(20)
    expect(lines.slice(200)).toEqual([
      'articles/a.md: … and 1,276 more warnings in this file',
      ...'bcdefghij'.split('').map((name) => `articles/${name}.md: … and 5 more warnings in this file`),
      'dateline: … and 50 more warnings in 2 other files (at most 200 are shown; dateline check lists them all)',
    ])
    expect(result.stdout).toMatch(/built 12 articles, 1571 warnings,/)
  })

  it('--quiet prints neither the warnings nor the lines about them', () => {
    const root = site({ 'articles/a.md': article(`title: A\n${DATE}\n${Array.from({ length: 30 }, (_, i) => `descriptio${i}: 1`).join('\n')}`) })
    const result = dateline(['build', '.', ...NOW, '--quiet'], { cwd: root })
    expect(result).toMatchObject({ code: 0, stderr: '' })
  })
})
