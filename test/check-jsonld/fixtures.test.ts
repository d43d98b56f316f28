import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkHtml, checkJsonLdText, JSONLD_RULES, type CheckJsonLdOptions } from '../../src/check/documents/jsonld/index.js'
import type { Diagnostic } from '../../src/util/diagnostic.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

function check(relative: string, options: CheckJsonLdOptions = {}): Diagnostic[] {
  const text = readFileSync(path.join(fixtures, relative), 'utf8')
  return relative.endsWith('.html') ? checkHtml(text, relative, options) : checkJsonLdText(text, relative, options)
}

/** Errors and warnings as `rule@line:col` (info findings, e.g. pending terms, left out). */
function findings(diagnostics: Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule}@${d.line}:${d.column}`)
}

describe('good documents give no errors or warnings', () => {
  const good = readdirSync(path.join(fixtures, 'good')).sort()
  it('has the corpus', () => expect(good.length).toBeGreaterThanOrEqual(6))
  for (const file of good) {
    it(`${file} (google policy)`, () => expect(findings(check(`good/${file}`))).toEqual([]))
  }
  it('dateline-output.jsonld passes the dateline policy too', () => {
    expect(findings(check('good/dateline-output.jsonld', { policy: 'dateline' }))).toEqual([])
  })
  it('reports pending terms as info only', () => {
    const info = check('good/several-blocks.html').filter((d) => d.severity === 'info')
    expect(info.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['schema/pending@7:45', 'schema/pending@16:28'])
  })
})

/** Each bad fixture with every error and warning it must give, in order. */
const BAD: Record<string, string[]> = {
  'syntax-missing-comma.jsonld': ['json/syntax@5:3'],
  'trailing-comma.jsonld': [
    'google/recommended-property@3:12', 'google/recommended-property@3:12',
    'json/trailing-comma@6:32', 'json/trailing-comma@8:47',
  ],
  'duplicate-key.jsonld': [
    'google/recommended-property@3:12', 'google/recommended-property@3:12', 'google/recommended-property@3:12',
    'json/duplicate-key@6:3',
  ],
  'control-character.jsonld': ['json/syntax@4:15'],
  'comment-in-script.html': ['json/syntax@8:5'],
  'lookalike-type.html': ['html/script-type@4:9', 'html/script-type@5:11', 'html/script-type@6:9'],
  'vocabulary.jsonld': [
    'schema/unknown-type@3:12', 'schema/unknown-property@8:5', 'schema/superseded@9:5',
    'schema/unknown-type@11:25', 'schema/superseded@12:25', 'schema/value-type@12:25',
  ],
  'domain.jsonld': [
    'google/recommended-property@3:12', 'google/recommended-property@3:12', 'google/recommended-property@3:12',
    'schema/property-domain@5:3', 'schema/property-domain@10:5',
  ],
  'value-types.jsonld': [
    'google/recommended-property@5:16', 'schema/value-type@8:34', 'schema/value-type@9:17', 'schema/value-type@10:20',
    'schema/value-type@11:20', 'schema/value-type@12:30', 'schema/value-type@19:40',
  ],
  'literals.jsonld': [
    'google/recommended-property@3:12', 'schema/invalid-date@5:20', 'schema/invalid-date@6:19', 'schema/invalid-date@7:18',
    'schema/relative-url@8:10', 'schema/invalid-url@9:13', 'schema/invalid-date@10:14', 'schema/invalid-date@11:27',
    'schema/relative-url@12:19', 'schema/relative-url@13:12',
  ],
  'context.jsonld': [
    'jsonld/unknown-context@2:16', 'jsonld/missing-context@3:3', 'jsonld/unknown-context@4:27',
    'jsonld/unknown-keyword@5:38', 'jsonld/invalid-keyword-value@5:69',
  ],
  'dangling.html': ['jsonld/dangling-reference@8:22'],
  'recommended.jsonld': Array(5).fill('google/recommended-property@3:12'),
  'authors.jsonld': [
    'google/author-name-only@9:33', 'google/author-one-per-entry@10:33', 'google/author-one-per-entry@11:33',
    'google/author-name-only@12:33', 'google/author-name-only@14:33', 'google/author-type@16:5', 'schema/value-type@16:15',
    'google/author-type@17:5', 'google/author-url@18:5', 'google/author-name@19:5', 'google/author-type@20:5',
  ],
  'images-dates.jsonld': [
    'google/date-order@6:19', 'google/image-size@9:5', 'google/image-size@11:5',
    'google/speakable-selector@14:15', 'google/speakable-selector@15:15',
  ],
  'paywall.html': ['google/paywall-selector@15:78', 'google/paywall-unmatched@16:78', 'google/paywall-nested@26:5'],
  'paywall-halves.jsonld': ['google/paywall-markup@11:5', 'google/paywall-markup@22:5', 'google/paywall-markup@22:26'],
  'hugo-papermod.html': ['google/recommended-property@28:12', 'google/author-url@40:12'],
  'dateline-policy.jsonld': [
    'google/recommended-property@3:12', 'google/datetime-timezone@4:20', 'google/author-type@6:14', 'google/author-name@6:25',
    'schema/relative-url@7:13', 'schema/relative-url@7:101',
  ],
}

describe('bad documents give exactly their findings', () => {
  it('covers every bad fixture', () => {
    expect(Object.keys(BAD).sort()).toEqual(readdirSync(path.join(fixtures, 'bad')).sort())
  })
  for (const [file, expected] of Object.entries(BAD)) {
    it(file, () => expect(findings(check(`bad/${file}`))).toEqual(expected))
  }
  it('dateline policy adds its own errors', () => {
    const dateline = findings(check('bad/dateline-policy.jsonld', { policy: 'dateline' })).filter((f) => f.startsWith('dateline/'))
    expect(dateline).toEqual([
      'dateline/headline@3:12', 'dateline/date-published@4:20', 'dateline/author-object@6:14',
      'dateline/author-object@6:25', 'dateline/image-url@7:13', 'dateline/image-url@7:101',
    ])
  })
  it('messages say how to fix', () => {
    const [typo] = check('bad/vocabulary.jsonld').filter((d) => d.rule === 'schema/unknown-type')
    expect(typo!.message).toContain('Did you mean "NewsArticle"?')
    const [property] = check('bad/vocabulary.jsonld').filter((d) => d.rule === 'schema/unknown-property')
    expect(property!.message).toContain('Did you mean "headline"?')
    const [superseded] = check('bad/vocabulary.jsonld').filter((d) => d.rule === 'schema/superseded')
    expect(superseded!.message).toContain('"award"')
    const [date] = check('bad/literals.jsonld').filter((d) => d.rule === 'schema/invalid-date')
    expect(date!.message).toContain('February 30 does not exist in 2023')
  })
  it('every finding names a documented rule and carries its severity', () => {
    const rules = new Map(JSONLD_RULES.map((r) => [r.id, r]))
    for (const file of Object.keys(BAD)) {
      for (const policy of ['google', 'dateline'] as const) {
        for (const d of check(`bad/${file}`, { policy })) {
          expect(rules.has(d.rule), d.rule).toBe(true)
          expect(d.severity).toBe(rules.get(d.rule)!.severity)
          expect(d.file).toBe(`bad/${file}`)
        }
      }
    }
  })
})
