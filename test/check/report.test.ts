import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../../src/check/site/registry.js'
import { FORMATS, formatGithub, formatJson, formatJunit, formatSarif, formatStylish, type ReportInput } from '../../src/report/index.js'
import type { Diagnostic } from '../../src/util/diagnostic.js'
import { shouldColor, terminalStyle } from '../../src/report/style.js'
import { escapeHtmlText } from '../../src/util/html-escape.js'

const diagnostics: Diagnostic[] = [
  { file: 'dist/feed.xml', line: 12, column: 5, severity: 'error', message: '<channel> needs a <description>', rule: 'rss/missing-element' },
  { file: 'dist/feed.xml', line: 30, column: 7, severity: 'warning', message: 'item <guid> "a,b:c" 100% & <done>', rule: 'feed/duplicate-id' },
  { file: 'dist/news sitemap.xml', line: 0, column: 0, severity: 'info', message: 'empty\nsecond line', rule: 'sitemap/empty' },
  { file: 'articles/a.md', line: 3, column: 1, severity: 'warning', message: 'unknown key "titel"', rule: 'frontmatter/unknown-key' },
]
const input: ReportInput = { diagnostics, files: ['articles/a.md', 'dist/clean.jsonld', 'dist/feed.xml', 'dist/news sitemap.xml'], rules: ALL_RULES, toolVersion: '0.1.0' }

describe('stylish', () => {
  it('groups by file, aligns line:col severity message rule, ends with a summary', () => {
    const out = formatStylish(input)
    expect(out).toContain('\ndist/feed.xml\n  12:5  error    <channel> needs a <description>    rss/missing-element\n  30:7  warning  item <guid> "a,b:c" 100% & <done>  feed/duplicate-id\n')
    expect(out).toContain(
      [
        '\nby rule (info findings one by one: --format json)',
        '  rss/missing-element      error    1  first at dist/feed.xml:12:5',
        '  feed/duplicate-id        warning  1  first at dist/feed.xml:30:7',
        '  frontmatter/unknown-key  warning  1  first at articles/a.md:3:1',
        '  sitemap/empty            info     1  e.g. dist/news sitemap.xml empty second line\n',
      ].join('\n'),
    )
    expect(out).not.toContain('  0:0  info  empty second line  sitemap/empty')
    expect(out.trimEnd().split('\n').at(-1)).toBe('x 4 problems (1 error, 2 warnings, 1 info) in 4 files checked')
  })
  it('says so when there is nothing to report', () => {
    expect(formatStylish({ ...input, diagnostics: [] })).toBe('ok 4 files checked, no problems\n')
  })
  it('uses Unicode markers on a terminal, and colours only when asked to', () => {
    const tty = formatStylish({ ...input, style: terminalStyle({}, true) })
    expect(tty.trimEnd().split('\n').at(-1)).toMatch(/^\u001b\[31m✖\u001b\[39m 4 problems/)
    expect(tty).toContain('\u001b[33mwarning\u001b[39m')
    const noColor = formatStylish({ ...input, style: terminalStyle({ NO_COLOR: '1' }, true) })
    expect(noColor).not.toContain('\u001b')
    expect(noColor.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (1 error, 2 warnings, 1 info) in 4 files checked')
    expect(noColor).toBe(formatStylish(input).replace('x 4 problems', '✖ 4 problems'))
  })
})

describe('colour decision', () => {
  it('follows NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(shouldColor({}, true)).toBe(true)
    expect(shouldColor({}, false)).toBe(false)
    expect(shouldColor({ NO_COLOR: '1' }, true)).toBe(false)
    expect(shouldColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false)
    expect(shouldColor({ FORCE_COLOR: '1' }, false)).toBe(true)
    expect(shouldColor({ FORCE_COLOR: '0' }, true)).toBe(false)
    expect(shouldColor({ TERM: 'dumb' }, true)).toBe(false)
    expect(terminalStyle({ FORCE_COLOR: '1' }, false).paint('error', 'x')).toBe('\u001b[31mx\u001b[39m')
  })
})

describe('json', () => {
  it('is JSON with counts and every finding', () => {
    const report = JSON.parse(formatJson(input))
    expect(report.summary).toEqual({ files: 4, error: 1, warning: 2, info: 1 })
    expect(report.diagnostics).toHaveLength(4)
    expect(report.diagnostics[0]).toEqual({ file: 'dist/feed.xml', line: 12, column: 5, severity: 'error', rule: 'rss/missing-element', message: '<channel> needs a <description>' })
  })
})

describe('sarif', () => {
  const require = createRequire(import.meta.url)
  // A CommonJS class; required directly so TypeScript (NodeNext) and Node agree on its shape.
  const { default: AjvDraft04 } = require('ajv-draft-04') as typeof import('ajv-draft-04')
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
  const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false })
  const validate = ajv.compile(schema)

  it('validates against the SARIF 2.1.0 JSON schema (shipped by @microsoft/jest-sarif)', () => {
    const log = JSON.parse(formatSarif(input))
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    // The schema does reject what is not SARIF 2.1.0.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false)
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal', message: {} }] }] })).toBe(false)
  })
  it('lists every rule with id, descriptions, help URI and level; results point at their rule and region', () => {
    const log = JSON.parse(formatSarif(input))
    const run = log.runs[0]
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver.name).toBe('dateline')
    expect(run.tool.driver.version).toBe('0.1.0')
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[]
    for (const rule of ALL_RULES) {
      const entry = rules.find((r) => r.id === rule.id)
      expect(entry, rule.id).toBeDefined()
      expect(entry!.helpUri).toBe(rule.helpUrl)
      expect(entry!.shortDescription.text).toBe(rule.description)
    }
    expect(rules.some((r) => r.id === 'frontmatter/unknown-key')).toBe(true)
    const [first, , third] = run.results
    expect(first).toMatchObject({ ruleId: 'rss/missing-element', level: 'error', message: { text: '<channel> needs a <description>' } })
    expect(rules[first.ruleIndex]!.id).toBe('rss/missing-element')
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'dist/feed.xml', uriBaseId: 'SRCROOT' }, region: { startLine: 12, startColumn: 5 } })
    expect(third.level).toBe('note')
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe('dist/news%20sitemap.xml')
  })
  it('fingerprints each result by rule, file and message, not by line (dateline/v1); never primaryLocationLineHash', () => {
    const moved = diagnostics.map((d) => ({ ...d, line: d.line + 7 }))
    const before = JSON.parse(formatSarif(input)).runs[0].results
    const after = JSON.parse(formatSarif({ ...input, diagnostics: moved })).runs[0].results
    expect(before.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(after.map((r: { partialFingerprints: object }) => r.partialFingerprints))
    for (const result of before) {
      expect(Object.keys(result.partialFingerprints)).toEqual(['dateline/v1'])
      expect(result.partialFingerprints['dateline/v1']).toMatch(/^[0-9a-f]{32}:0$/)
    }
    expect(new Set(before.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['dateline/v1'])).size).toBe(before.length)
    // Two equal findings in one file stay two alerts; another message is another alert.
    const twice = [diagnostics[0]!, { ...diagnostics[0]!, line: 40 }, { ...diagnostics[0]!, message: 'other' }]
    const prints = JSON.parse(formatSarif({ ...input, diagnostics: twice })).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['dateline/v1'])
    expect(prints[1]).toBe(prints[0].replace(/:0$/, ':1'))
    expect(prints[2].split(':')[0]).not.toBe(prints[0].split(':')[0])
  })
  it("stays within GitHub's 25,000 results, keeping the most severe and saying how many it left out", () => {
    const many: Diagnostic[] = []
    for (let i = 0; i < 26_000; i++) many.push({ file: 'dist/sitemap.xml', line: i + 1, column: 1, severity: i % 2 ? 'warning' : 'info', message: `m${i}`, rule: 'sitemap/empty' })
    many.push({ file: 'dist/sitemap.xml', line: 30_000, column: 1, severity: 'error', message: 'bad', rule: 'sitemap/missing-loc' })
    const text = formatSarif({ ...input, diagnostics: many })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10 * 1024 * 1024)
    const run = JSON.parse(text).runs[0]
    expect(run.results).toHaveLength(25_000)
    expect(run.results.some((r: { level: string }) => r.level === 'error')).toBe(true)
    expect(run.results.filter((r: { level: string }) => r.level === 'warning')).toHaveLength(13_000)
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^1001 less severe results left out/)
    expect(validate(JSON.parse(text))).toBe(true)
  })
})

describe('junit', () => {
  function parse(xml: string) {
    const parser = new SaxesParser({ xmlns: false })
    const suites: { name: string; tests: number; failures: number; cases: { name: string; failure?: string; type?: string }[] }[] = []
    let root: Record<string, string> = {}
    parser.on('opentag', (tag) => {
      const attrs = tag.attributes as Record<string, string>
      if (tag.name === 'testsuites') root = attrs
      if (tag.name === 'testsuite') suites.push({ name: attrs.name!, tests: Number(attrs.tests), failures: Number(attrs.failures), cases: [] })
      if (tag.name === 'testcase') suites.at(-1)!.cases.push({ name: attrs.name! })
      if (tag.name === 'failure') Object.assign(suites.at(-1)!.cases.at(-1)!, { failure: attrs.message, type: attrs.type })
    })
    parser.write(xml).close()
    return { root, suites }
  }
  it('is well-formed XML: one suite per file, failures for errors and warnings, passing cases for clean files', () => {
    const { root, suites } = parse(formatJunit(input))
    expect(root).toMatchObject({ tests: '5', failures: '3' })
    expect(suites.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ['articles/a.md', 1, 1],
      ['dist/clean.jsonld', 1, 0],
      ['dist/feed.xml', 2, 2],
      ['dist/news sitemap.xml', 1, 0],
    ])
    expect(suites[2]!.cases[1]).toEqual({ name: '30:7 feed/duplicate-id', failure: 'item <guid> "a,b:c" 100% & <done>', type: 'warning' })
    expect(suites[1]!.cases).toEqual([{ name: 'dist/clean.jsonld' }])
  })
})

describe('github', () => {
  it('writes one workflow command per finding, escaping properties and data', () => {
    expect(formatGithub(input).split('\n')).toEqual([
      '::error file=dist/feed.xml,line=12,col=5,title=rss/missing-element::<channel> needs a <description> (rss/missing-element)',
      '::warning file=dist/feed.xml,line=30,col=7,title=feed/duplicate-id::item <guid> "a,b:c" 100%25 & <done> (feed/duplicate-id)',
      '::warning file=articles/a.md,line=3,col=1,title=frontmatter/unknown-key::unknown key "titel" (frontmatter/unknown-key)',
      '::notice file=dist/news sitemap.xml,title=sitemap/empty::empty%0Asecond line (sitemap/empty)',
      'dateline: 1 error, 2 warnings, 1 info in 4 files checked',
      '',
    ])
  })
  it('annotates at most 10 per level, one per rule first, and says how many are left', () => {
    const many: Diagnostic[] = []
    for (let i = 1; i <= 30; i++) many.push({ file: 'dist/feed.xml', line: i, column: 1, severity: 'error', message: `e${i}`, rule: i === 25 ? 'rss/invalid-date' : 'rss/missing-element' })
    for (let i = 1; i <= 12; i++) many.push({ file: 'dist/feed.xml', line: 100 + i, column: 1, severity: 'warning', message: `w${i}`, rule: 'feed/duplicate-id' })
    const lines = formatGithub({ ...input, diagnostics: many }).trimEnd().split('\n')
    const errors = lines.filter((line) => line.startsWith('::error'))
    expect(errors).toHaveLength(10)
    // The lone rss/invalid-date finding at line 25 makes the cut: one per rule first.
    expect(errors.some((line) => line.includes('title=rss/invalid-date'))).toBe(true)
    expect(lines.filter((line) => line.startsWith('::warning'))).toHaveLength(10)
    expect(lines.at(-1)).toBe('dateline: 30 errors, 12 warnings, 0 info in 4 files checked; 22 not annotated (GitHub shows 10 per level): see --format sarif or json for every finding')
  })
})

it('every format is deterministic for the same input', () => {
  for (const format of Object.values(FORMATS)) expect(format(input)).toBe(format(input))
})

describe('html', () => {
  it('is one self-contained page: every file, each finding with its rule docs, hostile text escaped', () => {
    const page = FORMATS.html({ ...input, diagnostics: [...diagnostics, { file: 'x.html', line: 1, column: 1, severity: 'error', rule: 'rss/missing-element', message: '</script><script>alert(1)</script>' }] })
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain("default-src 'none'".replace(/'/g, '&#39;'))
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    for (const file of input.files) expect(page).toContain(`>${file.replace(/ /g, ' ')}<`)
    expect(page).toContain('<option value="rss/missing-element">rss/missing-element</option>')
    expect(page).toContain(escapeHtmlText(ALL_RULES.find((r) => r.id === 'rss/missing-element')!.description))
    expect(page).not.toMatch(/<(img|script|link|iframe)[^>]+(src|href)="http/)
  })
})
