/**
 * Issue #8 item 10, as a user meets each: the exact message, position and
 * exit code from the CLI, and nothing written when the build is refused.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/load/yaml.js'
import { article, BASE_CONFIG } from '../helpers/site.js'
import { parseXml, type XmlNode } from '../feeds/xml-tree.js'
import { dateline, listing, NOW, siteFactory } from './cli.js'

const site = siteFactory()

/** Build with the CLI; the site must be refused with exit 1 and nothing written. Returns stderr. */
function refused(root: string): string {
  const result = dateline(['build', root, ...NOW])
  expect(result.code, result.stderr).toBe(1)
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected failure|Maximum call stack/)
  expect(listing(root)).not.toContain('dist')
  return result.stderr
}

const DATE = 'date: 2023-10-11T09:00:00'

describe('bidirectional controls in text fields', () => {
  it('title, an inline author and a registry name: a warning with the position; the text stays as written', () => {
    const root = site(
      {
        'articles/a.md': article(`title: "Harga \u202Eturun\u202C naik"\n${DATE}\nauthors:\n  - rina\n  - name: "Bagus \u2067x\u2069"`),
        'authors.yaml': 'rina:\n  name: "Rina \u202Dwulan"\n',
      },
      { ...BASE_CONFIG, authors: 'authors.yaml' },
    )
    const result = dateline(['build', root, ...NOW])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      'articles/a.md:2:1: warning: title contains U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible control that reorders how the text is displayed, so it can show something other than what it says (kept in the outputs): remove it unless the text needs it [frontmatter/bidi-control]',
    )
    expect(result.stderr).toMatch(/articles\/a\.md:6:5: warning: authors\.1\.name contains U\+2067 \(RIGHT-TO-LEFT ISOLATE\)/)
    expect(result.stderr).toMatch(/authors\.yaml:2:3: warning: rina\.name contains U\+202D \(LEFT-TO-RIGHT OVERRIDE\)/)
    expect(result.stdout).toMatch(/built 1 article, 3 warnings/)
    expect(JSON.parse(readFileSync(path.join(root, 'dist/feed.json'), 'utf8')).items[0].title).toBe('Harga \u202Eturun\u202C naik')
  })

  it('LRM and RLM, which Arabic and Hebrew text uses routinely, are no finding', () => {
    const root = site({ 'articles/a.md': article(`title: "\u05E9\u05DC\u05D5\u05DD\u200F (2023)\u200E"\n${DATE}`) })
    const result = dateline(['build', root, ...NOW])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })
})

describe('dates before 1900', () => {
  it('0000-01-01 (which came out at +07:07 in Asia/Jakarta) is refused with file:line:col, exit 1', () => {
    const stderr = refused(site({ 'articles/a.md': article('title: A\ndate: 0000-01-01') }))
    expect(stderr).toContain('articles/a.md:3:1: error: date: "0000-01-01" is before 1900: dateline reads dates from 1900 on [frontmatter/invalid-date]')
  })
})

describe('YAML errors say what is wrong, where it starts', () => {
  it('a string never closed points at the line and column of its opening quote', () => {
    const stderr = refused(site({ 'articles/a.md': `---\ntitle: "tidak ditutup\ndate: 2023-10-11T09:00:00+07:00 dan teks lain\n---\nIsi.\n` }))
    expect(stderr).toContain('articles/a.md:2:8: error: invalid YAML: the string opened by " here is never closed; add the closing " (or write the value without quotes) [yaml/syntax]')
    expect(parseYaml("a: 1\ntitle: 'tidak\nb: 2\n", 'x.yaml')).toMatchObject({ ok: false, diagnostic: { line: 2, column: 8, message: expect.stringContaining("opened by ' here") } })
  })

  it('deep nesting: "nested deeper than 100 levels" at the place, in YAML, JSON and TOML frontmatter', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
    // Past the parser's stack (it gave "Maximum call stack size exceeded"), and past the limit but within the stack.
    expect(refused(site({ 'articles/a.md': article(`title: A\n${DATE}\nx: ${deep(5000)}`) }))).toMatch(
      /articles\/a\.md:4:\d+: error: invalid YAML: lists and maps are nested deeper than 100 levels here; flatten the data \[yaml\/syntax\]$/m,
    )
    expect(refused(site({ 'articles/a.md': article(`title: A\n${DATE}\nx: ${deep(150)}`) }))).toContain(
      'articles/a.md:4:103: error: x: lists and maps are nested deeper than 100 levels here; flatten the data [yaml/syntax]',
    )
    expect(refused(site({ 'articles/a.md': `{"title": "A", "date": "2023-10-11", "x": ${deep(30000)}}\nIsi.\n` }))).toContain(
      'articles/a.md:1:1: error: lists and maps are nested deeper than 100 levels; flatten the data [json/syntax]',
    )
    expect(refused(site({ 'articles/a.md': `{"title": "A", "date": "2023-10-11", "x": ${deep(150)}}\nIsi.\n` }))).toMatch(/articles\/a\.md:1:\d+: error: x: lists and maps are nested deeper than 100 levels here/)
    expect(refused(site({ 'articles/a.md': `+++\ntitle = "A"\ndate = 2023-10-11\nx = ${deep(150)}\n+++\nIsi.\n` }))).toMatch(/articles\/a\.md:4:\d+: error: x: lists and maps are nested deeper than 100 levels here; flatten the data \[toml\/syntax\]/)
    // Real frontmatter nests a few levels: fine.
    expect(dateline(['build', site({ 'articles/a.md': article(`title: A\n${DATE}\nx: ${deep(20)}`) }), ...NOW]).code).toBe(0)
  })

  it('!!binary is "a binary value", not "got a map"; other non-core tags likewise', () => {
    const stderr = refused(site({ 'articles/a.md': article(`title: A\n${DATE}\nimage: !!binary |\n  R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5`) }))
    expect(stderr).toContain('articles/a.md:4:1: error: image: a binary value (!!binary, base64 bytes) is not supported; dateline reads text, numbers, booleans, lists and maps: remove the tag [yaml/unsupported-tag]')
    expect(stderr).not.toContain('got a map')
    expect(refused(site({ 'articles/a.md': article(`title: A\ndate: !!timestamp 2023-10-11`) }))).toContain('articles/a.md:3:1: error: date: a !!timestamp value is not supported')
    expect(parseYaml('a: !!str 5\nb: !!int "3"\n', 'x.yaml')).toMatchObject({ ok: true, data: { value: { a: '5', b: 3 } } })
  })

  it('a repeated key is still an error, now found without comparing every key with every other', () => {
    const stderr = refused(site({ 'articles/a.md': article(`title: A\n${DATE}\ntitle: B`) }))
    expect(stderr).toContain('articles/a.md:4:1: error: "title" is given twice (first on line 2); keep one [yaml/duplicate-key]')
  })
})

describe('RSS plain text: & and < as hexadecimal references (RSS Best Practices Profile)', () => {
  const title = 'Kenapa <b>tebal</b> & AT&T &#8212; ]]> ya'
  const description = 'Tentang <script> & &amp; entitas'
  const root = site({ 'articles/a.md': article({ title, date: '2023-10-11T09:00:00', description, tags: ['R&D', '<i>x'] }) })

  it('title, description and category: no CDATA, hexadecimal references; an XML parser reads the same text', () => {
    expect(dateline(['build', root, ...NOW]).code).toBe(0)
    const xml = readFileSync(path.join(root, 'dist/feed.xml'), 'utf8')
    expect(xml).toContain('<title>Kenapa &#x3C;b&#x3E;tebal&#x3C;/b&#x3E; &#x26; AT&#x26;T &#x26;#8212; ]]&#x3E; ya</title>')
    // The description is HTML (readers render it): the text escaped as HTML, then as XML.
    expect(xml).toContain('<description>Tentang &#x26;lt;script&#x26;gt; &#x26;amp; &#x26;amp;amp; entitas</description>')
    expect(xml).toContain('<category>R&#x26;D</category>')
    expect(xml).toContain('<category>&#x3C;i&#x3E;x</category>')
    expect(xml).not.toMatch(/<(title|description|category|dc:creator|language)><!\[CDATA\[/)
    const item = findAll(parseXml(xml).root, 'item')[0]!
    expect(child(item, 'title').text).toBe(title)
    expect(child(item, 'description').text).toBe('Tentang &lt;script&gt; &amp; &amp;amp; entitas')
    expect(item.children.filter((c) => c.local === 'category').map((c) => c.text)).toEqual(['R&D', '<i>x'])
  })

  it('dateline check finds nothing wrong with the feed', () => {
    const result = dateline(['check', path.join(root, 'dist/feed.xml'), '--now', '2023-10-11T12:00:00+07:00'])
    expect(result.stdout + result.stderr).toMatch(/no problems/)
    expect(result.code).toBe(0)
  })
})

function findAll(node: XmlNode, local: string): XmlNode[] {
  return [...(node.local === local ? [node] : []), ...node.children.flatMap((c) => findAll(c, local))]
}

function child(node: XmlNode, local: string): XmlNode {
  const found = node.children.find((c) => c.local === local)
  if (!found) throw new Error(`no <${local}>`)
  return found
}
