import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countWords, countWordsBySegmenter, firstParagraphText, lineReader, nodeText, paragraphText, parseMarkdown, roughPlainText, truncateText } from '../../src/model/markdown.js'

describe('text metrics', () => {
  it('takes the first paragraph, skipping headings, images and code', () => {
    const body = '# Judul\n\n![foto](/a.png)\n\n```\ncode\n```\n\nMenteri **PANRB** bertemu [Perdana Menteri](https://x.example/).\nBaris kedua.\n\nParagraf lain.'
    expect(firstParagraphText(body)).toBe('Menteri PANRB bertemu Perdana Menteri. Baris kedua.')
  })
  it('cuts at a word boundary to at most 160 characters', () => {
    const text = 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi bertemu Perdana Menteri Azerbaijan di Baku untuk membahas kerja sama pelayanan publik kedua negara secara intensif.'
    const cut = truncateText(text, 160, 'id')
    expect(Array.from(cut).length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('…')).toBe(true)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
    expect(text[cut.length - 1]).toBe(' ')
  })
  it('cuts CJK text without spaces sensibly', () => {
    const text = '行政改革担当大臣は十月十日、アゼルバイジャンの首都バクーで首相と会談し、公共サービスの質の向上に向けた協力について話し合った。'.repeat(4)
    const cut = truncateText(text, 160, 'ja')
    expect(Array.from(cut).length).toBeLessThanOrEqual(160)
    expect(cut.length).toBeGreaterThan(80)
  })
  it('counts words with Intl.Segmenter', () => {
    expect(countWords('Menteri PANRB bertemu Perdana Menteri Azerbaijan.', 'id')).toBe(6)
    expect(countWords('行政サービスの向上', 'ja')).toBeGreaterThan(1)
    expect(countWords('التقى الوزير برئيس الوزراء', 'ar')).toBe(4)
  })
})

describe('countWords agrees with Intl.Segmenter', () => {
  it('on any mix of scripts, digits, punctuation and spaces', async () => {
    const pieces = ['menteri', 'Baku', 'G20', '152', '3.5', "Anas's", 'kabupaten/kota', '(MPP)', '“Kedua', 'negara,', 'آسان', 'خدمت', '行政', 'サービス', 'の', 'ไทย', '—', '-', '...', '’', 'é', 'e\u0301', '😀', ' ', '  ', '\n', '.', ',', ':', "'",
      '„Wir', 'müssen“,', 'minister’s', 'a’b’c', '1,234', 'e.g.', 'x.y', '3.a', 'ab:cd', '50%', '…', '«', '»', '¿', '*', '"', '[', ']', '(', ')', '\u0301', '\u200d', '\u00ad', '²', 'Ⅻ', '١٢٣', '٫', 'ß', 'שלום', '한국어', 'नमस्ते', 'русский', '_',
      // Punctuation a token may be made of alone (dashes, rules, ellipses), and what sits next to it.
      '%', '---', '---:', '–', '‐', '•', '·', '‹', '›', '‚', '‛', '!', '?', ';', '&', '/', '#', '@', '$', '+', '=', '~', '|', '`', '{', '}', '<', '>', '^', '\\',
      '「私たちは前に進む」と大臣は述べた.', '38.4', '1.9', '—and', 'so—', '-1', '+2', '#3', '$5', '@x', '§', '°', '€', '©',
      // Zero-width and joining characters, emoji sequences, marks after digits and punctuation.
      '\u2060', '\u200b', '\u200c', '\ufe0f', '👩\u200d💻', '1\ufe0f\u20e3', '🇮🇩', '3\u0301', '.\u0301', '-\u200d', "'\u0301s", '\u00a0', '\u3000', '\t', '\ufeff', '\u202f', '〆', 'ab〱']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom('id', 'ja', 'ar', 'en', 'de', 'ko', 'he', 'sv'), (parts, lang) => {
        const text = parts.join('')
        expect(countWords(text, lang)).toBe(countWordsBySegmenter(text, lang))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('countWords agrees with Intl.Segmenter for every character', () => {
  it('alone, between letters, between digits, after a letter and before punctuation', () => {
    // Each class-table entry is filled from Unicode properties on first sight: check all of them, in the contexts the scanner reads.
    const wrong: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const c = String.fromCharCode(code)
      for (const text of [c, `a${c}b`, `1${c}2`, `${c}${c}`, `ab${c}`, `${c}ab.`, `-${c}`]) {
        if (countWords(text, 'en') !== countWordsBySegmenter(text, 'en')) wrong.push(JSON.stringify(text))
      }
    }
    expect(wrong.slice(0, 60)).toEqual([])
  }, 60_000)
})

describe('lineReader', () => {
  it('gives the lines split(/\\r?\\n/) gives, in any order of asking', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b c', '\n', '\r', '\r\n', '\n\n', ' ', '\r\r\n'), { maxLength: 20 }), fc.array(fc.nat(25), { maxLength: 10 }), (parts, asks) => {
        const text = parts.join('')
        const expected = text.split(/\r?\n/)
        const lineAt = lineReader(text)
        for (const index of asks) expect(lineAt(index)).toBe(expected[index])
        expect(Array.from({ length: expected.length + 2 }, (_, index) => lineAt(index))).toEqual([...expected, undefined, undefined])
      }),
      { numRuns: 2000 },
    )
  })
})

describe('roughPlainText', () => {
  it('gives what its chain of replacements gives, whichever steps it skips', () => {
    // The chain as written before steps were skipped when their text is absent.
    const chain = (markdown: string) =>
      markdown
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[*_~`#>|]/g, ' ')
    const pieces = ['word', ' ', '\n', '   ', '[', ']', '(', ')', '!', '<', '>', '-', ':', '<!--', '-->', '<b>', '</b>', '<a href="x">', 'http', 's', '://', 'x.y/z', '*', '_', '~', '`', '#', '|', '[a](b)', '![i](j)', '[r][1]', '[1]: http://x', '“q”', 'é']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const markdown = parts.join('')
        expect(roughPlainText(markdown)).toBe(chain(markdown))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('paragraphText', () => {
  it('gives what the parser gives, with or without the fast path', async () => {
    const pieces = ['Menteri', ' ', '  ', '\n', '(10/10/2023)', '*', '_', '**b**', '[a](/x)', '`c`', '&amp;', '\\*', '~~s~~', 'https://x.example', '—', '“k”', '152', '.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 20 }), (parts) => {
        const block = parts.join('').trim()
        fc.pre(block !== '' && !/^\s*$/.test(block))
        const tree = parseMarkdown(block)
        fc.pre(tree.children.length === 1 && tree.children[0]!.type === 'paragraph')
        expect(paragraphText(block)).toBe(nodeText(tree).replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 1000 },
    )
  })
})

describe('firstParagraphText edge cases', () => {
  it('skips a setext heading and keeps a lede that starts with inline HTML', () => {
    expect(firstParagraphText('Judul besar\n===========\n\nParagraf pertama.\n')).toBe('Paragraf pertama.')
    expect(firstParagraphText('Subjudul\n---\n\nIsi.\n')).toBe('Isi.')
    expect(firstParagraphText('<b>JAKARTA</b> - Menteri bertemu.\n\nKedua.\n')).toBe('JAKARTA - Menteri bertemu.')
    expect(firstParagraphText('<div class="x">\nblok\n</div>\n\nPertama.\n')).toBe('Pertama.')
  })
})
