/**
 * Each rule's severity, pinned, and held against real findings and the exit
 * code they give: lowering `json/duplicate-key` to a warning must fail a test
 * that checks behaviour, not only the generated docs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ALL_RULES } from '../../src/check/site/registry.js'
import { checkFiles } from '../../src/check/documents/run.js'
import { runCheck } from '../../src/cli/check.js'
import type { Diagnostic, Severity } from '../../src/util/diagnostic.js'
import { repoRoot } from './helpers.js'

/** Every rule's default severity. Changing one is a deliberate act: change it here too. */
const SEVERITY: Record<string, Severity> = {
  'json/syntax': 'error',
  'json/trailing-comma': 'error',
  'json/duplicate-key': 'error',
  'html/script-type': 'error',
  'jsonld/missing-context': 'error',
  'jsonld/unknown-context': 'warning',
  'jsonld/unknown-keyword': 'warning',
  'jsonld/invalid-keyword-value': 'error',
  'jsonld/missing-type': 'warning',
  'jsonld/dangling-reference': 'warning',
  'schema/unknown-type': 'error',
  'schema/unknown-property': 'error',
  'schema/property-domain': 'error',
  'schema/value-type': 'error',
  'schema/invalid-date': 'error',
  'schema/invalid-url': 'error',
  'schema/relative-url': 'warning',
  'schema/superseded': 'warning',
  'schema/pending': 'info',
  'schema/retired': 'warning',
  'google/datetime-timezone': 'warning',
  'google/recommended-property': 'warning',
  'google/author-type': 'warning',
  'google/author-name': 'warning',
  'google/author-name-only': 'warning',
  'google/author-one-per-entry': 'warning',
  'google/author-url': 'warning',
  'google/image-size': 'warning',
  'google/date-order': 'warning',
  'google/paywall-markup': 'warning',
  'google/paywall-selector': 'error',
  'google/paywall-nested': 'error',
  'google/paywall-unmatched': 'warning',
  'google/speakable-selector': 'error',
  'dateline/headline': 'error',
  'dateline/date-published': 'error',
  'dateline/author-object': 'error',
  'dateline/image-url': 'error',
  'xml/not-well-formed': 'error',
  'feed/relative-url': 'error',
  'feed/relative-url-in-content': 'warning',
  'feed/unsafe-html': 'warning',
  'feed/missing-self-link': 'warning',
  'feed/invalid-language': 'error',
  'feed/unknown-language': 'warning',
  'feed/implausible-date': 'warning',
  'feed/duplicate-id': 'warning',
  'rss/missing-element': 'error',
  'rss/undefined-element': 'error',
  'rss/invalid-date': 'error',
  'rss/problematic-date': 'warning',
  'rss/duplicate-element': 'error',
  'rss/missing-guid': 'warning',
  'rss/invalid-guid': 'error',
  'rss/author-not-email': 'error',
  'rss/author-missing-name': 'warning',
  'rss/duplicate-semantics': 'warning',
  'rss/description-after-content': 'warning',
  'rss/invalid-value': 'error',
  'atom/missing-element': 'error',
  'atom/undefined-element': 'error',
  'atom/invalid-date': 'error',
  'atom/invalid-id': 'error',
  'atom/invalid-value': 'error',
  'atom/duplicate-element': 'error',
  'jsonfeed/missing-field': 'error',
  'jsonfeed/wrong-type': 'error',
  'jsonfeed/invalid-version': 'error',
  'jsonfeed/invalid-date': 'error',
  'jsonfeed/unknown-field': 'warning',
  'jsonfeed/deprecated-field': 'warning',
  'sitemap/invalid-root': 'error',
  'sitemap/missing-loc': 'error',
  'sitemap/missing-element': 'error',
  'sitemap/element-order': 'error',
  'sitemap/duplicate-element': 'error',
  'sitemap/unknown-element': 'error',
  'sitemap/invalid-date': 'error',
  'sitemap/date-format': 'warning',
  'sitemap/invalid-value': 'error',
  'sitemap/relative-url': 'error',
  'sitemap/invalid-url': 'error',
  'sitemap/unencoded-url': 'warning',
  'sitemap/other-host': 'error',
  'sitemap/duplicate-url': 'warning',
  'sitemap/too-many-urls': 'error',
  'sitemap/too-large': 'error',
  'sitemap/empty': 'info',
  'sitemap/deprecated-element': 'warning',
  'sitemap/too-many-images': 'error',
  'sitemap/invalid-hreflang': 'error',
  'sitemap/missing-attribute': 'error',
  'news/too-many-urls': 'error',
  'news/outside-window': 'warning',
  'news/invalid-language': 'error',
  'news/unknown-language': 'warning',
  'news/multiple-news': 'error',
  'news/empty-element': 'error',
  'check/unknown-kind': 'error',
  'check/invalid-utf8': 'error',
  'config/invalid': 'error',
  'authors/invalid': 'error',
  'authors/unreadable': 'error',
  'yaml/syntax': 'error',
  'yaml/duplicate-key': 'error',
  'yaml/unsupported-tag': 'error',
  'content/too-large': 'error',
  'frontmatter/bidi-control': 'warning',
  'yaml/alias-bomb': 'error',
  'toml/syntax': 'error',
  'toml/duplicate-key': 'error',
  'content/no-articles': 'warning',
  'content/unreadable': 'error',
  'content/invalid-utf8': 'error',
  'content/duplicate-url': 'error',
  'content/output-collision': 'error',
  'public/not-copied': 'warning',
  'frontmatter/missing': 'error',
  'frontmatter/not-a-map': 'error',
  'frontmatter/unknown-key': 'warning',
  'frontmatter/duplicate-key': 'warning',
  'frontmatter/date-as-utc': 'warning',
  'frontmatter/invalid': 'error',
  'frontmatter/missing-title': 'error',
  'frontmatter/missing-date': 'error',
  'frontmatter/invalid-date': 'error',
  'frontmatter/updated-before-date': 'error',
  'frontmatter/unsafe-slug': 'error',
  'frontmatter/invalid-url': 'error',
  'frontmatter/invalid-paywall': 'error',
  'frontmatter/unused-paywall': 'warning',
  'frontmatter/invalid-type': 'error',
  'frontmatter/invalid-author': 'error',
  'frontmatter/compound-author': 'warning',
  'frontmatter/invalid-image': 'error',
  'frontmatter/invalid-correction': 'error',
  'site/url-mismatch': 'error',
  'site/headline-mismatch': 'error',
  'site/author-mismatch': 'error',
  'site/date-mismatch': 'error',
  'site/missing-entry': 'error',
  'site/unexpected-entry': 'error',
  'http/status': 'error',
  'http/sitemap-url-status': 'error',
  'http/redirect': 'warning',
  'http/content-type': 'warning',
  'http/lastmod-after-last-modified': 'warning',
  'http/fetch-failed': 'error',
  'http/too-large': 'error',
  'http/robots-disallowed': 'info',
  'http/max-pages': 'info',
  'atom/unexpected-whitespace': 'error',
  'atom/invalid-iri': 'error',
  'google/implausible-date': 'warning',
  'feed/invalid-extension-value': 'error',
  'feed/blank-value': 'warning',
  'rss1/missing-element': 'error',
  'rss1/undefined-element': 'error',
  'rss1/items-mismatch': 'error',
}

/** Findings whose severity is not their rule's default by design (the policy or the value decides). */
const OWN_SEVERITY = new Set(['feed/relative-url', 'sitemap/invalid-hreflang', 'atom/invalid-value'])

const root = mkdtempSync(path.join(tmpdir(), 'dateline-severity-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Real documents: the bad JSON-LD corpus plus broken feeds and sitemaps, one file each. */
const corpus: Record<string, string> = {}
const badJsonLd = path.join(repoRoot, 'test/check-jsonld/fixtures/bad')
for (const name of readdirSync(badJsonLd)) corpus[name] = readFileSync(path.join(badJsonLd, name), 'utf8')
const urlset = (urls: string) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
Object.assign(corpus, {
  'sitemap-missing-loc.xml': urlset('<url><lastmod>2023-10-11</lastmod></url>'),
  'sitemap-duplicate.xml': urlset('<url><loc>https://a.example/</loc></url>\n<url><loc>https://a.example/</loc></url>'),
  'sitemap-bad-date.xml': urlset('<url><loc>https://a.example/</loc><lastmod>11/10/2023</lastmod></url>'),
  'not-well-formed.xml': '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url></urlset>\n',
  'rss-no-title.xml': '<rss version="2.0"><channel>\n<link>https://a.example/</link><description>d</description>\n<item><title>t</title><pubDate>yesterday</pubDate></item>\n</channel></rss>\n',
  'atom-no-id.xml': '<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title><updated>2023-10-11T00:00:00Z</updated>\n<entry><title>e</title></entry>\n</feed>\n',
  'feed-missing-items.json': '{"version": "https://jsonfeed.org/version/1.1", "title": "t"}\n',
})
for (const [name, text] of Object.entries(corpus)) {
  mkdirSync(path.join(root, 'corpus'), { recursive: true })
  writeFileSync(path.join(root, 'corpus', name), text)
}

describe('rule severities', () => {
  it('the table names every rule with its registry severity', () => {
    expect(Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.severity]))).toEqual(SEVERITY)
  })

  let diagnostics: Diagnostic[] = []
  it('every finding on the corpus carries its rule\'s pinned severity', async () => {
    diagnostics = (await checkFiles(['corpus'], { cwd: root, now: Date.parse('2023-10-11T12:00:00Z') })).diagnostics
    const rules = new Set(diagnostics.map((d) => d.rule))
    // The corpus reaches every layer and every severity.
    expect(rules.size).toBeGreaterThan(30)
    for (const severity of ['error', 'warning', 'info'] as const) expect(diagnostics.some((d) => d.severity === severity), severity).toBe(true)
    for (const d of diagnostics) {
      expect(SEVERITY[d.rule], `${d.rule} is in the table`).toBeDefined()
      if (!OWN_SEVERITY.has(d.rule)) expect(`${d.rule} ${d.severity}`, `${d.file}:${d.line}`).toBe(`${d.rule} ${SEVERITY[d.rule]}`)
    }
  })

  it('each file exits 1 when one of its findings is an error by the table, 0 otherwise; warnings count against --max-warnings', async () => {
    const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {} }
    for (const name of Object.keys(corpus)) {
      const file = `corpus/${name}`
      const own = diagnostics.filter((d) => d.file === file)
      const severities = own.map((d) => (OWN_SEVERITY.has(d.rule) ? d.severity : SEVERITY[d.rule]))
      const errors = severities.includes('error')
      expect(await runCheck([file], io), file).toBe(errors ? 1 : 0)
      const warnings = severities.includes('warning')
      expect(await runCheck(['--max-warnings', '0', file], io), `${file} --max-warnings 0`).toBe(errors || warnings ? 1 : 0)
    }
  })

  it('json/duplicate-key is an error and fails the run', async () => {
    const file = 'corpus/duplicate-key.jsonld'
    expect(diagnostics.filter((d) => d.file === file && d.rule === 'json/duplicate-key').map((d) => d.severity)).toEqual(['error'])
    expect(await runCheck([file], { stdout: () => {}, stderr: () => {}, cwd: root, env: {} })).toBe(1)
  })
})
