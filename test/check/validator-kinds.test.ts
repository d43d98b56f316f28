/**
 * One small document per check, in the W3C Feed Validation Service's
 * test-case style (a Description and an Expect line in a leading comment;
 * `!rule` = must not be reported; an optional severity after the rule id).
 * The documents are written for dateline, not copied from the validator.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/check/documents/run.js'

const folder = fileURLToPath(new URL('./fixtures/validator-kinds/', import.meta.url))
const NOW = Date.parse('2024-03-02T00:00:00Z')

describe('validator-style test cases', () => {
  for (const name of readdirSync(folder).sort()) {
    const text = readFileSync(path.join(folder, name), 'utf8')
    const header = /Description:\s*([\s\S]*?)\n\s*Expect:\s*(!?)([\w/-]+)(?:\s+(error|warning|info))?/.exec(text)
    if (!header) throw new Error(`${name}: no Description/Expect comment`)
    const [, description, not, rule, severity] = header
    it(`${name}: ${description!.trim()}`, () => {
      const found = checkDocument(text, name, { now: NOW }).filter((d) => d.rule === rule)
      if (not) expect(found, JSON.stringify(found)).toEqual([])
      else {
        expect(found.length, `expected ${rule}`).toBeGreaterThan(0)
        if (severity) expect(found.map((d) => d.severity)).toContain(severity)
      }
    })
  }
})
