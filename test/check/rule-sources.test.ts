/**
 * A rule id leads to its code: every rule is one `defineRule` constant whose
 * "Raised by" line names the functions and files that report it. This test
 * keeps those lines true both ways: each named file raises the rule, and
 * each file that raises it is named. Where checks are split by concern (feeds,
 * sitemaps), a rule is defined in the module of the function that finds it;
 * and code names a rule by its constant, never by its id.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEED_RULES } from '../../src/check/documents/feeds/rules.js'
import { SITEMAP_RULES } from '../../src/check/documents/sitemaps/rules.js'
import { ALL_RULES } from '../../src/check/site/registry.js'

const SRC = path.resolve(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : []
  })
}

interface Defined {
  name: string
  id: string
  file: string
  raisedBy: string | undefined
}

const files = new Map(sourceFiles(SRC).map((file) => [file, readFileSync(file, 'utf8')]))
const defined: Defined[] = [...files].flatMap(([file, text]) =>
  [...text.matchAll(/(?:\/\*\* Raised by (.*)\. \*\/\n)?export const (\w+) = defineRule\(\{\n {2}id: '([^']+)'/g)].map((m) => ({ name: m[2]!, id: m[3]!, file, raisedBy: m[1] })),
)

/** Whether `text` raises the rule: names its constant in code (not in imports, comments, its definition or a list of rules). */
function raises(text: string, rule: Defined): boolean {
  if (!text.includes(rule.name)) return false
  const listsRules = /_RULES\b[^=]*= \[\n/.test(text)
  const listItem = new RegExp(`^\\s+${rule.name},$`)
  const named = new RegExp(`(?<![.\\w])${rule.name}\\b`)
  return text.split('\n').some((line) => isCode(line) && !line.includes(`export const ${rule.name} =`) && !(listsRules && listItem.test(line)) && named.test(line))
}

/** Whether `line` is code: not an import, re-export, comment, a rule's `id:` or the head of a list of rules. */
function isCode(line: string): boolean {
  return !/^\s*(import |export \{|\} from|\/\*\*|\*|\/\/)/.test(line) && !line.startsWith('  id: ') && !/_RULES\b[^=]*= \[/.test(line)
}

describe('rule definitions', () => {
  it('define every registered rule once, each with defineRule and a "Raised by" line', () => {
    expect(defined.map((rule) => rule.id).sort()).toEqual(ALL_RULES.map((rule) => rule.id).sort())
    for (const rule of defined) expect(rule.raisedBy, rule.id).toBeTruthy()
  })

  it('name, in "Raised by", exactly the files that raise the rule', () => {
    for (const rule of defined) {
      const listed = rule.raisedBy!.split('; ').map((part) => path.resolve(path.dirname(rule.file), /\(([^)]+)\)$/.exec(part)?.[1] ?? part))
      const raising = [...files].filter(([file, text]) => file !== rule.file && raises(text, rule)).map(([file]) => file)
      if (raises(files.get(rule.file)!, rule)) raising.push(rule.file)
      expect(listed.sort(), rule.id).toEqual(raising.sort())
    }
  })

  it('sit beside the function that finds them, where the code is split by concern', () => {
    const beside = ['check/documents/feeds/', 'check/documents/sitemaps/', 'check/documents/well-formed.ts', 'write/'].map((part) => path.join(SRC, part))
    const checked = defined.filter((rule) => beside.some((part) => rule.file.startsWith(part)))
    expect(checked.length).toBe(FEED_RULES.length + SITEMAP_RULES.length + 1) // + public/not-copied
    for (const rule of checked) expect(raises(files.get(rule.file)!, rule), `${rule.id} is not raised in ${path.relative(SRC, rule.file)}`).toBe(true)
  })

  it('are raised with their constant, never their id', () => {
    // An id as a key (`{ 'schema/pending': 'off' }`) is a rule setting, as users write them in the config.
    const anId = new RegExp(`'(${defined.map((rule) => rule.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})'(?!\\s*:)`)
    const offences: string[] = []
    for (const [file, text] of files) {
      text.split('\n').forEach((line, index) => {
        const found = isCode(line) ? anId.exec(line) : null
        if (found) offences.push(`${path.relative(SRC, file)}:${index + 1}: ${found[0]}`)
      })
    }
    expect(offences).toEqual([])
  })

  it('name functions that exist in the files named', () => {
    for (const rule of defined) {
      for (const part of rule.raisedBy!.split('; ')) {
        const file = /\(([^)]+)\)$/.exec(part)?.[1]
        if (!file) continue
        const text = files.get(path.resolve(path.dirname(rule.file), file))!
        for (const [, fn] of part.matchAll(/`([^`]+)`/g)) {
          for (const name of fn!.split(/ › |\./)) expect(text, `${rule.id}: ${name} in ${file}`).toMatch(new RegExp(`\\b${name}\\b`))
        }
      }
    }
  })
})
