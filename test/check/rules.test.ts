import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES, ruleById } from '../../src/check/site/registry.js'
import { renderRulesMarkdown } from '../../src/check/rules-doc.js'
import { repoRoot } from './helpers.js'

describe('the rule registry', () => {
  it('has unique ids of the form layer/name, each with a description, an https source and docs', () => {
    const ids = ALL_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of ALL_RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z][a-z0-9]*\/[a-z0-9-]+$/)
      expect(rule.description.length, rule.id).toBeGreaterThan(20)
      expect(rule.helpUrl, rule.id).toMatch(/^https:\/\//)
      expect(rule.docs?.why, rule.id).toBeTruthy()
      expect(rule.docs?.fix, rule.id).toBeTruthy()
    }
  })
  it('holds the feed, sitemap and JSON-LD layers', () => {
    for (const id of ['rss/invalid-date', 'atom/missing-element', 'jsonfeed/missing-field', 'sitemap/missing-loc', 'news/outside-window', 'json/syntax', 'xml/not-well-formed']) {
      expect(ruleById(id), id).toBeDefined()
    }
  })
})

describe('site-mode source rules', () => {
  it('every rule id the loader reports (src/load) is in the registry, so reports and docs name it', () => {
    const folder = path.join(repoRoot, 'src/load')
    const ids = new Set<string>()
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
      const text = readFileSync(path.join(folder, name), 'utf8')
      for (const match of text.matchAll(/'((?:frontmatter|content|config|authors|yaml)\/[a-z0-9-]+)'/g)) ids.add(match[1]!)
      // `content/duplicate-${kind}` for kind slug and url
      if (text.includes('content/duplicate-${kind}')) for (const kind of ['slug', 'url']) ids.add(`content/duplicate-${kind}`)
    }
    expect(ids.size).toBeGreaterThan(10)
    for (const id of ids) expect(ruleById(id), id).toBeDefined()
  })
})

describe('docs/rules.md', () => {
  it('is generated from the registry and up to date (regenerate: node_modules/.bin/jiti scripts/generate-rules-doc.ts)', () => {
    const committed = readFileSync(path.join(repoRoot, 'docs/rules.md'), 'utf8')
    expect(committed).toBe(renderRulesMarkdown(ALL_RULES))
    for (const rule of ALL_RULES) expect(committed).toContain(`### \`${rule.id}\``)
  })
})
