import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkJsonLdText } from '../../src/check/documents/jsonld/index.js'
import { checkSite } from '../../src/check/site/check-site.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-no-author-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function site(files: Record<string, string>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

const article = (author: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Kantor layanan baru dibuka',
    datePublished: '2023-10-11T08:00:00+07:00',
    image: ['https://semarak.example/a.jpg'],
    ...(author ? { author: JSON.parse(author) } : {}),
  })

describe('dateline/author-object: authors are optional (SPEC §3), strings are not', () => {
  it('site mode passes a valid site whose article has no author', async () => {
    site({
      'dateline.config.json': JSON.stringify({ site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' }, content: 'articles', out: 'dist' }),
      'articles/kantor-baru.md': '---\ntitle: Kantor layanan baru dibuka\ndate: 2023-10-11T08:00:00+07:00\n---\n\nKantor layanan publik baru dibuka hari ini.\n',
    })
    const result = await checkSite(root, { cwd: root, now: Date.parse('2023-10-11T12:00:00+07:00') })
    expect(result.diagnostics.filter((d) => d.rule === 'dateline/author-object')).toEqual([])
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  }, 60_000)

  it('a missing author is Google\'s recommended-property warning, under either policy', () => {
    for (const policy of ['google', 'dateline'] as const) {
      const rules = checkJsonLdText(article(''), 'a.jsonld', { policy }).map((d) => `${d.rule}:${d.severity}`)
      expect(rules).toContain('google/recommended-property:warning')
      expect(rules).not.toContain('dateline/author-object:error')
    }
  })

  it('an author given as text or as an object without a type or name is still flagged', () => {
    const rules = (author: string) => checkJsonLdText(article(author), 'a.jsonld', { policy: 'dateline' }).map((d) => d.rule)
    expect(rules('"Rina Wijaya"')).toContain('dateline/author-object')
    expect(rules('{"name": "Rina Wijaya"}')).toContain('dateline/author-object')
    expect(rules('{"@type": "Person", "name": "Rina Wijaya"}')).not.toContain('dateline/author-object')
  })
})
