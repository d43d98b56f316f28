import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseGfm } from '../../src/model/markdown-parsers.js'

// The parser with every GFM construct: what leaving constructs out must never change.
const full = unified().use(remarkParse).use(remarkGfm)
const fullTree = (markdown: string) => full.runSync(full.parse(markdown))

// Pieces that make emails, tables (with and without pipes), links, containers and the near misses of each.
const PIECES = ['a', 'Bo', 'x.y', 'é', '1', ' ', '  ', '\t', '\n', '\n\n', '@', 'a@b.co', 'mailto:', '|', '| a |', ':', '-', ':-', '-:', ':-:', '---', '> ', '- ', '1. ', '    ', '*', '_', '~', '[', ']', '(', ')', '[^1]', '<', '>', '&#64;', '\\', '`', '#', 'www.', 'https://', '!', '=']

const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''))

describe('parseGfm', () => {
  it('gives the tree of the full GFM parser, positions included', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseGfm(text)).toEqual(fullTree(text))
      }),
      { numRuns: 1000 },
    )
  })
  it('still finds emails, and tables with or without pipes', () => {
    const cases = ['write to a@b.co now', 'a | b\n- | -\n1 | 2', 'a\n:-:\nb', '> a\n> -:\n> b', 'user&#64;example.com', 'see www.example.com and https://x.example/a']
    for (const text of cases) expect(parseGfm(text)).toEqual(fullTree(text))
    expect(JSON.stringify(parseGfm('a\n:-:\nb'))).toContain('"table"')
    expect(JSON.stringify(parseGfm('mail a@b.co'))).toContain('mailto:a@b.co')
  })
})
