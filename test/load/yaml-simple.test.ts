import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseFrontmatterYaml, parseYaml } from '../../src/load/yaml.js'
import { readSimpleYaml } from '../../src/load/yaml-simple.js'

// The whole result, positions in their order, so that any difference shows.
const comparable = (result: ReturnType<typeof parseYaml>) => (result.ok ? { ok: true, value: result.data.value, positions: [...result.data.positions] } : result)

const CORPUS_LIKE = [
  'title: "Negara dampak kemiskinan kota 9554"',
  'date: 2023-03-11T11:02:44',
  'lang: id',
  'authors: [reporter-34, reporter-1]',
  'section: Politics',
  'type: AnalysisNewsArticle',
  'tags: [according, energy]',
  'image: { url: /img/9554.jpg, width: 1200, height: 675, alt: "Photo 9554" }',
  '',
].join('\n')

describe('readSimpleYaml', () => {
  it('reads the common shape of frontmatter itself, value and positions as yaml gives them', () => {
    const simple = readSimpleYaml(CORPUS_LIKE, 1)
    expect(simple).toBeDefined()
    expect(simple!.value).toEqual({
      title: 'Negara dampak kemiskinan kota 9554',
      date: '2023-03-11T11:02:44',
      lang: 'id',
      authors: ['reporter-34', 'reporter-1'],
      section: 'Politics',
      type: 'AnalysisNewsArticle',
      tags: ['according', 'energy'],
      image: { url: '/img/9554.jpg', width: 1200, height: 675, alt: 'Photo 9554' },
    })
    expect(simple!.positions.get('image.alt#value')).toEqual({ line: 9, column: 61 })
    expect(comparable({ ok: true, data: simple! })).toEqual(comparable(parseYaml(CORPUS_LIKE, 'a.md', 1)))
  })

  it('reads block lists, nested maps, comments, quotes and the core schema scalars', () => {
    const text = [
      '# a comment',
      'title: \'It\'\'s "here"\' # trailing',
      'draft: false',
      'weight: 010',
      'ratio: .5',
      'big: 1e3',
      'hex: 0x1F',
      'octal: 0o17',
      'under: 1_000',
      'nothing: ~',
      'yes: yes',
      'categories:',
      '- News',
      '- "World"',
      'cover:',
      '  image: /a.jpg',
      '  alt: A:b, C# and #1 [x] {y}',
      '  tags:',
      '    - x',
      'empty:',
      'images:',
      '  - url: /a-16x9.jpg',
      '    width: 1200',
      '    alt: Grafis bertuliskan "Jakarta - Baku" dalam format 16:9',
      '  - url: /a-4x3.jpg',
      'corrections:',
      '- date: 2023-10-11T11:40:00',
      '  text: Versi awal tulisan ini menyebut 125 kabupaten/kota.',
      '',
    ].join('\n')
    const simple = readSimpleYaml(text)
    expect(simple).toBeDefined()
    expect(comparable({ ok: true, data: simple! })).toEqual(comparable(parseYaml(text, 'a.md')))
  })

  it('leaves anything else to yaml', () => {
    for (const text of ['a: &x 1\nb: *x', 'a: !!binary aGk=', '<<: {a: 1}', 'a: |\n  x', 'a: "x\\ny"', 'a: 1\na: 2', 'a:\tb', 'a: 1\r\nb: 2', '\ufeffa: 1', 'a: b\n  c', 'a: [b,\n c]', '  # x\na: 1', '', '# only', 'a: [b, [c]]', 'a: [b,]', 'a: {b}', 'null: 1', '__proto__: 1']) {
      expect(readSimpleYaml(text), JSON.stringify(text)).toBeUndefined()
    }
  })
})

// Pieces of frontmatter, common and hostile, for the property below.
const keys = ['title', 'date', 'tags', 'image', 'a', 'b', 'x_y', 'og.image', 'a-b', 'Title', 'e1', 'toString', 'null', 'true', 'True', 'NULL', '__proto__', '<<', '1', '010', '"q"', "'s'", 'k k', '-k', 'é', 'a'.repeat(130)]
const scalars = [
  'plain text', 'Politik', '010', '0o7', '0o17', '0o8', '0x1F', '0X1f', '1_000', '.inf', '-.inf', '+.Inf', '.NaN', '.nan', '.NAN', '~', 'null', 'Null', 'NULL', 'yes', 'no', 'on', 'off', 'y', 'true', 'False', 'TRUE', 'tRue',
  '2023-10-11', '2023-10-11T09:30:00Z', '2023-10-11 09:30:00 +07:00', '09:30', '12:30:45', '1e3', '1.5e-3', '-0', '+5', '-12', '3.', '.5', '1.0', '0.10', '-.5e+2', '9007199254740993', '0b101',
  '"x"', '"a \\" b"', '"a\\nb"', '"\\u00e9"', '""', "''", "'it''s'", "'a", '"a', '"a"b', '"a" #c', "'x' y", '"é 😀"', '"a: b"', '"#x"',
  'a: b', 'a:b', 'a :b', 'http://x.y/z?q=1#f', 'a #c', 'a#b', 'C#', 'a, b', 'a]', 'a}', 'x [y]', '{', '}', '[', ']', '@x', '`x', '%x', '?x', ':x', '-x', '- x', '-', '--- x', '...', '|', '>', '|-\n  block\n  text', '>\n  folded',
  '&a x', '*a', '&a [1, 2]', '!!str 1', '!!int "3"', '!!binary aGk=', '!!timestamp 2023-01-01', '!!set {a}', '!!omap [a: 1]', '!custom x', '!<tag:yaml.org,2002:str> x',
  '[a, b]', '[ a , "b" ]', "['a', 1, ~, true, 0x1F]", '[]', '[ ]', '{}', '{ }', '{a: 1}', '{ url: /i.jpg, width: 1200, alt: "P 1" }', '{a: 1, a: 2}', '{url: https://x.y/a.jpg}', '{a:1}', '{a: }', '[a, [b]]', '[a,]', '[a,,b]', '[a #c]', '[a#b]', '[a: b]', '{a: [1]}', '[a, b] x', '[a, b] # c', '[a, b',
  '😀 emoji', 'é', 'a\tb', '\tx', 'a  ', 'a:  ', '', ' ', '# c', 'x # y # z', 'a\u2028b', '\u00a0x',
]
const indents = ['', ' ', '  ', '   ', '    ']
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...keys.slice(0, 12)) }, { weight: 1, arbitrary: fc.constantFrom(...keys.slice(12)) })
const scalar = fc.constantFrom(...scalars)
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(key, fc.constantFrom(...indents), fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, indent, items]) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)].join('\n')) },
  { weight: 2, arbitrary: fc.tuple(key, fc.constantFrom(...indents), fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 })).map(([k, indent, pairs]) => [`${k}:`, ...pairs.map(([inner, v]) => `${indent}${inner}: ${v}`)].join('\n')) },
  { weight: 1, arbitrary: fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, items]) => `${k}: [${items.join(', ')}]`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(key, fc.constantFrom(...indents), fc.constantFrom(' ', '  ', '   '), fc.array(fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }))
      .map(([k, indent, gap, items]) => [`${k}:`, ...items.map((pairs) => pairs.map(([inner, v], i) => `${i === 0 ? `${indent}-${gap}` : indent + ' '.repeat(gap.length + 1)}${inner}: ${v}`).join('\n'))].join('\n')),
  },
  { weight: 1, arbitrary: fc.tuple(key, fc.array(fc.tuple(key, scalar), { maxLength: 3 })).map(([k, pairs]) => `${k}: {${pairs.map(([inner, v]) => `${inner}: ${v}`).join(', ')}}`) },
  { weight: 1, arbitrary: key.map((k) => `${k}:`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '', '   ', '# comment', '  # indented comment', '---', '...', '%YAML 1.2', 'base: &base {a: 1, b: 2}', 'merged: {<<: *base, c: 3}', '<<: {x: 1}', 'ref: *base', 'ref: *missing',
      'l0: &l0 [x, x, x, x, x, x, x, x, x]\nl1: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\nl2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\nl3: [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]',
      `deep: ${'['.repeat(120)}${']'.repeat(120)}`, `deep:\n${Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} x`, 'a:\n  b:\n    c: 1\n  d: 2', 'a:\n  b:\n  - x\n  c: 1', 'a:\n  b:\n  - x\n - y', 'a:\n  - b: 1\n  - c', 'a:\n  - b: 1\n   c: 2', 'a:\n  - b: 1\n     c: 2', 'a:\n  - b:\n    - c', 'a:\n  - b:\n      c: 1\n    d: [x]', 'a:\n- b: 1\n  c: 2\nd: 3', 'a:\n  - b: 1\n    b: 2', 'a:\n  - b: 1\n\n    # c\n    d: 2', 'a:\n  -\n    b', '? complex\n: key',
      '[1, 2]: x', '{a: 1}: y', '1: one', '2.5: x', 'date: 2023-10-11T09:30:00+07:00', 'ok:\n\n  - spaced', 'ok:\n  x\n  y', 'q: "multi\n  line"', 'q: \'multi\n  line\'', 'p: plain\n  continued', 'tab:\t1', '\tkey: 1', 'a: b\r', 'a: 1\n a2: 2',
    ),
  },
)
const frontmatter = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 5 }), fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\r\n'), fc.boolean(), fc.integer({ min: 0, max: 7 }).map((n) => n === 0))
  .map(([lines, newline, trailing, bom]) => `${bom ? '\ufeff' : ''}${lines.join('\n').replaceAll('\n', newline)}${trailing ? newline : ''}`)

describe('parseFrontmatterYaml gives what parseYaml gives', () => {
  it('on generated frontmatter, common and hostile: every value, position and finding', () => {
    let simple = 0
    fc.assert(
      fc.property(frontmatter, fc.nat(4), (text, lineOffset) => {
        if (readSimpleYaml(text, lineOffset)) simple++
        expect(comparable(parseFrontmatterYaml(text, 'posts/a.md', lineOffset))).toEqual(comparable(parseYaml(text, 'posts/a.md', lineOffset)))
      }),
      { numRuns: 10000 },
    )
    // The fast path is taken often enough for the comparison to mean something.
    expect(simple).toBeGreaterThan(500)
  })

  it('on every scalar above in every place a value can be: alone, in a flow list and map, in a block list and map', () => {
    for (const value of scalars) {
      for (const text of [`k: ${value}`, `k: [${value}]`, `k: [a, ${value}, b]`, `k: {a: ${value}}`, `k: { a: 1, b: ${value} }`, `k:\n  - ${value}\n  - z`, `k:\n- ${value}`, `k:\n  a: ${value}\n  b: 2`, `${value}: x`, `k: 1\n${value}\nz: 2`]) {
        for (const ending of ['', '\n']) {
          expect(comparable(parseFrontmatterYaml(text + ending, 'posts/a.md', 1)), JSON.stringify(text + ending)).toEqual(comparable(parseYaml(text + ending, 'posts/a.md', 1)))
        }
      }
    }
  })

  it('on frontmatter of the common shape, where the fast path is taken', () => {
    const commonKey = fc.constantFrom('title', 'date', 'tags', 'image', 'authors', 'lang', 'a_b', 'og.image', 'x-y', 'Title', 'toString')
    const text = (units: string[]) => fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 12 })
    const commonScalar = fc.oneof(
      fc.constantFrom(...scalars.filter((s) => !/[&*!|>%@`\t\u2028\n]|^[-?:#,[\]{}]|^$|: |:$| #/.test(s))),
      text(['a', 'Z', '0', '9', '.', '-', '+', 'e', 'x', 'o', '_', 'é']),
      text(['a', 'Z', '0', ' ', ':', '#', ',', '[', ']', "'", 'é', '😀', '/']).map((s) => `"${s}"`),
      text(['a', 'Z', '0', ' ', ':', '#', ',', '[', ']', '"', "'", 'é', '😀', '/']).map((s) => `'${s.replaceAll("'", "''")}'`),
    )
    const commonLine = (k: string) =>
      fc.oneof(
        commonScalar.map((v) => `${k}: ${v}`),
        fc.array(commonScalar, { maxLength: 3 }).map((items) => `${k}: [${items.join(', ')}]`),
        fc.uniqueArray(fc.tuple(commonKey, commonScalar), { maxLength: 3, selector: ([inner]) => inner }).map((pairs) => `${k}: { ${pairs.map(([inner, v]) => `${inner}: ${v}`).join(', ')} }`),
        fc.tuple(fc.constantFrom('', '  '), fc.array(commonScalar, { minLength: 1, maxLength: 3 })).map(([indent, items]) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)].join('\n')),
        fc.uniqueArray(fc.tuple(commonKey, commonScalar), { minLength: 1, maxLength: 3, selector: ([inner]) => inner }).map((pairs) => [`${k}:`, ...pairs.map(([inner, v]) => `  ${inner}: ${v}`)].join('\n')),
        fc.constant(`${k}:`),
        fc
          .array(fc.uniqueArray(fc.tuple(commonKey, commonScalar), { minLength: 1, maxLength: 3, selector: ([inner]) => inner }), { minLength: 1, maxLength: 2 })
          .map((items) => [`${k}:`, ...items.map((pairs) => pairs.map(([inner, v], i) => `${i === 0 ? '  - ' : '    '}${inner}: ${v}`).join('\n'))].join('\n')),
      )
    let simple = 0
    fc.assert(
      fc.property(fc.uniqueArray(commonKey, { minLength: 1, maxLength: 8 }).chain((names) => fc.tuple(...names.map(commonLine))), fc.nat(4), (lines, lineOffset) => {
        const text = `${lines.join('\n')}\n`
        if (readSimpleYaml(text, lineOffset)) simple++
        expect(comparable(parseFrontmatterYaml(text, 'posts/a.md', lineOffset))).toEqual(comparable(parseYaml(text, 'posts/a.md', lineOffset)))
      }),
      { numRuns: 6000 },
    )
    expect(simple).toBeGreaterThan(1500)
  })
})
