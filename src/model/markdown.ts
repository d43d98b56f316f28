/**
 * Markdown, parsed only as far as each output needs: the full CommonMark + GFM
 * tree (for feed items and pages) is built at most once per article and
 * memoized; JSON-LD needs only the text (word count) and the first paragraph,
 * which come from cheap scans.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { parseGfm } from './markdown-parsers.js'
import type { Article } from './types.js'

/** Parse a markdown body to mdast (CommonMark + GFM). */
export function parseMarkdown(markdown: string): Root {
  return parseGfm(markdown)
}

/**
 * The article's mdast. With `trees` (one build's explicit cache), parsed once
 * per article and shared by every output; without, parsed afresh.
 */
export function articleTree(article: Article, trees?: Map<Article, Root>): Root {
  let tree = trees?.get(article)
  if (!tree) {
    tree = parseMarkdown(article.body)
    trees?.set(article, tree)
  }
  return tree
}

/** The marker that starts the paywalled part of a body: an HTML comment on its own line. */
export const PAYWALL_MARKER = /^<!--\s*paywall\s*-->$/i

/** Split a tree at the paywall marker: what is free, and what is behind the paywall (if any). */
export function splitAtPaywall(tree: Root): { free: RootContent[]; paid: RootContent[] | undefined } {
  const index = tree.children.findIndex((node) => node.type === 'html' && PAYWALL_MARKER.test(node.value.trim()))
  if (index === -1) return { free: tree.children, paid: undefined }
  return { free: tree.children.slice(0, index), paid: tree.children.slice(index + 1) }
}

// Block starts that are not a paragraph: headings, quotes, lists, fences, tables, rules, indented code.
const NON_PARAGRAPH = /^(?: {0,3}(?:#{1,6}(?:\s|$)|>|[-+*]\s|\d{1,9}[.)]\s|```|~~~|\||(?:[-*_]\s*){3,}$)|\t| {4})/
// HTML blocks, as CommonMark starts them (kinds 1-7); other lines starting with `<` are inline HTML in a paragraph.
const HTML_BLOCK =
  /^ {0,3}(?:<(?:script|pre|style|textarea)(?:\s|>|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)|(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$)/i
// A setext underline turns the lines above it into a heading.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/

function startsBlock(line: string): boolean {
  return NON_PARAGRAPH.test(line) || HTML_BLOCK.test(line)
}

/**
 * The lines of `text` as `text.split(/\r?\n/)` gives them, split only as far
 * as asked: line `index`, or undefined past the last.
 */
export function lineReader(text: string): (index: number) => string | undefined {
  const lines: string[] = []
  let offset = 0 // where the next line starts; -1 once the last is read
  return (index) => {
    while (lines.length <= index && offset !== -1) {
      const newline = text.indexOf('\n', offset)
      if (newline === -1) {
        lines.push(text.slice(offset))
        offset = -1
      } else {
        lines.push(text.slice(offset, newline > offset && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline))
        offset = newline + 1
      }
    }
    return lines[index]
  }
}

/**
 * The first paragraph's plain text. Scans for the first block that is a
 * paragraph and parses just that block, so a long body costs no full parse
 * (nor a split into lines past that block).
 */
export function firstParagraphText(markdown: string): string {
  const lineAt = lineReader(markdown)
  let fence: string | undefined
  for (let i = 0, line = lineAt(0); line !== undefined; line = lineAt(++i)) {
    const fenceMatch = /^ {0,3}(```|~~~)/.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = undefined
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]
      continue
    }
    if (HTML_BLOCK.test(line)) {
      // An HTML block runs to the next blank line (kinds 6 and 7; kinds 1-5 rarely hold blank lines in news copy).
      while (lineAt(i + 1)?.trim()) i++
      continue
    }
    if (line.trim() === '' || NON_PARAGRAPH.test(line)) continue
    let end = i
    let heading = false
    for (let next = lineAt(end + 1); next?.trim(); next = lineAt(end + 1)) {
      if (SETEXT_UNDERLINE.test(next)) {
        heading = true
        end++
        break
      }
      if (startsBlock(next)) break
      end++
    }
    if (!heading) {
      const block: string[] = []
      for (let k = i; k <= end; k++) block.push(lineAt(k)!)
      const text = paragraphText(block.join('\n'))
      if (text) return text
    }
    i = end
  }
  return ''
}

// Characters that can make markdown inline syntax (emphasis, links, code, HTML,
// entities, escapes, strikethrough, footnotes). Prose without any of them is its own text.
const INLINE_SYNTAX = /[*_`<>&\\~[\]!]|^ {0,3}\[/

/** The plain text of one paragraph block, whitespace collapsed. Plain prose skips the parser. */
export function paragraphText(block: string): string {
  if (!INLINE_SYNTAX.test(block)) return block.replace(/\s+/g, ' ').trim()
  // The block may turn out not to be a paragraph (a definition, a setext heading…): use its first paragraph.
  const paragraph = parseMarkdown(block).children.find((node) => node.type === 'paragraph')
  return paragraph ? nodeText(paragraph).replace(/\s+/g, ' ').trim() : ''
}

/** Plain text of a node: like mdast-util-to-string, but a hard line break is a space, not nothing. */
export function nodeText(node: Nodes): string {
  if (node.type === 'break') return ' '
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return ''
  if ('children' in node) return node.children.map((child) => nodeText(child as Nodes)).join('')
  return toString(node, { includeImageAlt: false, includeHtml: false })
}

// roughPlainText's steps, each with a piece of text every match contains: a body without that piece
// skips the regexp (the reference-definition one tries every line start of the body).
const ROUGH_STEPS: readonly (readonly [needle: string, pattern: RegExp, replacement: string])[] = [
  ['<!--', /<!--[\s\S]*?-->/g, ' '],
  ['![', /!\[([^\]]*)\]\([^)]*\)/g, ' '],
  ['](', /\[([^\]]*)\]\([^)]*\)/g, '$1'],
  ['][', /\[([^\]]*)\]\[[^\]]*\]/g, '$1'],
  [']:', /^ {0,3}\[[^\]]+\]:.*$/gm, ' '],
  ['<', /<\/?[A-Za-z][^>]*>/g, ' '],
  ['http', /https?:\/\/\S+/g, ' '],
]

/**
 * Approximate plain text of a markdown body without parsing it: link targets,
 * HTML tags, images and markup characters removed. Used for word counts, where
 * a syntax character more or less does not change the count.
 */
export function roughPlainText(markdown: string): string {
  let text = markdown
  for (const [needle, pattern, replacement] of ROUGH_STEPS) if (text.includes(needle)) text = text.replace(pattern, replacement)
  return text.replace(/[*_~`#>|]/g, ' ')
}

const segmenters = new Map<string, Intl.Segmenter>()

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(safeLocale(lang), { granularity: 'word' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

// Scripts written without spaces; only a dictionary-based segmenter can count them.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u

// Character classes for the word scanner, per UTF-16 code unit, filled in as
// characters are first seen: the Unicode property regexps are too slow to run
// on every token of 10,000 articles, a table lookup is not. Bit flags, since a
// character can be both opening and closing punctuation (" ' “).
const SEEN = 1 // the entry is filled in
const SPACE = 2 // \s: ends a token
const LETTER = 4 // \p{L}
const MARK = 8 // \p{M}
const DIGIT = 16 // \p{Nd}
const OPENING = 32 // punctuation before a word that is never part of it: ( " “ ‘ ' [ ¿ ¡ « „ ‚ *
const CLOSING = 64 // punctuation after a word that is never part of it: . , ! ? ; : ) " ” ’ ' ] » “ … %
const PUNCTUATION = 128 // punctuation that is never word-like, whatever surrounds it within the token
const UNKNOWN = 256 // unspaced scripts, Hangul, surrogates: the token goes to the segmenter
const UNSPACED_OR_HANGUL = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Hangul}]/u
const OPENING_CHARS = '("“‘\'[¿¡«„‚*'
const CLOSING_CHARS = '.,!?;:)"”’\']»“…%'
// Not `_` (it joins words, UAX #29 ExtendNumLet) nor `'` `.` `:` `,` inside a token with letters or digits:
// a token made only of these has no word in it (a dash, an ellipsis, a table rule `---:`).
const PUNCTUATION_CHARS = '!"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~‐‑‒–—―‘’‚“”„…«»‹›¿¡•·'
const classes = new Uint16Array(0x10000)

function classOf(code: number): number {
  const known = classes[code]!
  return known === 0 ? fillClass(code) : known
}

function fillClass(code: number): number {
  const char = String.fromCharCode(code)
  let kind = SEEN
  if (code >= 0xd800 && code <= 0xdfff) kind |= UNKNOWN
  // \s to JS, but no word break to UAX #29: a BOM (Format, WB4) and the narrow no-break space (ExtendNumLet) join what is around them.
  else if (code === 0xfeff || code === 0x202f) kind |= UNKNOWN
  else if (/\s/.test(char)) kind |= SPACE
  else if (UNSPACED_OR_HANGUL.test(char)) kind |= UNKNOWN
  else if (/\p{L}/u.test(char)) kind |= LETTER
  else if (/\p{M}/u.test(char)) kind |= MARK
  else if (/\p{Nd}/u.test(char)) kind |= DIGIT
  if (OPENING_CHARS.includes(char)) kind |= OPENING
  if (CLOSING_CHARS.includes(char)) kind |= CLOSING
  if (PUNCTUATION_CHARS.includes(char)) kind |= PUNCTUATION
  classes[code] = kind
  return kind
}

/**
 * Words in `text` by Unicode word segmentation for `lang` (right for
 * Indonesian, Japanese, Arabic, …). Gives exactly what `Intl.Segmenter`
 * counts, but skips it for the common token (a run between spaces) that is
 * plainly one word or none: the segmenter costs microseconds a call, which
 * matters at 10,000 articles.
 *
 * One pass, one table lookup a character. A plain token is punctuation alone
 * (no word), or one word: opening punctuation, a run of letters, marks and
 * digits of a script that separates words with spaces, joined inside by an
 * apostrophe or full stop between letters ("minister’s", "e.g") or a comma or
 * full stop between digits ("1,234", "3.5"), then closing punctuation („…“,
 * (…), «…», a trailing %…). Any other token goes to the segmenter whole.
 */
export function countWords(text: string, lang: string): number {
  const length = text.length
  let count = 0
  let segmenter: Intl.Segmenter | undefined
  let i = 0
  while (i < length) {
    let kind = classOf(text.charCodeAt(i))
    if (kind & SPACE) {
      i++
      continue
    }
    const start = i
    let plain = true
    while (kind & OPENING && ++i < length) kind = classOf(text.charCodeAt(i))
    if (i < length && kind & (LETTER | DIGIT)) {
      let lastBase = kind // the last letter or digit, marks skipped: what a joiner follows
      let previous = kind
      for (i++; i < length; i++) {
        kind = classOf(text.charCodeAt(i))
        if (kind & (LETTER | DIGIT)) lastBase = kind
        else if (kind & SPACE) break
        else if (kind & MARK) {
          // A mark after a digit ends the letter-join context: only "\p{L}\p{M}*" may precede ’ ' .
          if (lastBase & DIGIT) lastBase = MARK
        } else {
          const code = text.charCodeAt(i)
          const next = i + 1 < length ? classOf(text.charCodeAt(i + 1)) : 0
          const afterLetter = lastBase & LETTER && (code === 0x2019 || code === 0x27 || code === 0x2e) && next & LETTER
          const betweenDigits = previous & DIGIT && (code === 0x2e || code === 0x2c) && next & DIGIT
          if (!afterLetter && !betweenDigits) {
            // What follows the word must be closing punctuation up to the token's end.
            while (plain && !(kind & SPACE)) {
              plain = (kind & CLOSING) !== 0
              kind = ++i < length ? classOf(text.charCodeAt(i)) : SPACE
            }
            break
          }
        }
        previous = kind
      }
      if (plain) {
        count++
        continue
      }
    } else {
      // No letter or digit first: a token of punctuation alone has no word in it.
      while (plain && i < length && !(kind & SPACE)) {
        plain = (kind & PUNCTUATION) !== 0
        kind = ++i < length ? classOf(text.charCodeAt(i)) : SPACE
      }
      if (plain) continue
    }
    while (i < length && !(classOf(text.charCodeAt(i)) & SPACE)) i++
    segmenter ??= wordSegmenter(lang)
    for (const segment of segmenter.segment(text.slice(start, i))) if (segment.isWordLike) count++
  }
  return count
}

/** Word count by `Intl.Segmenter` alone: the reference `countWords` must agree with. */
export function countWordsBySegmenter(text: string, lang: string): number {
  let count = 0
  for (const segment of wordSegmenter(lang).segment(text)) if (segment.isWordLike) count++
  return count
}

/**
 * Cut `text` to at most `max` characters at a word boundary, adding "…".
 * Text without spaces (CJK) is cut at a sentence or word segment boundary.
 */
export function truncateText(text: string, max: number, lang: string): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const budget = chars.slice(0, max - 1).join('')
  // Prefer the end of a sentence, then a word boundary (Intl.Segmenter knows CJK words).
  const sentenceEnd = Math.max(...['. ', '。', '！', '？', '! ', '? '].map((mark) => budget.lastIndexOf(mark)))
  if (sentenceEnd > budget.length * 0.6) return budget.slice(0, sentenceEnd + 1).trim()
  if (!UNSPACED.test(budget) && /\s/.test(budget)) {
    // Spaced scripts: a word boundary is a space (the budget ends on one when the next character is a space).
    const cut = /\s/.test(chars[max - 1]!) ? budget.length : budget.search(/\s\S*$/)
    return `${budget.slice(0, cut).replace(/[\s,;:–—-]+$/u, '')}…`
  }
  const segmenter = wordSegmenter(lang)
  let cut = 0
  for (const segment of segmenter.segment(budget)) {
    const end = segment.index + segment.segment.length
    if (end < budget.length || segment.isWordLike === false) cut = segment.isWordLike ? end : segment.index
  }
  const head = (cut > 0 ? budget.slice(0, cut) : budget).replace(/[\s,;:–—-]+$/u, '')
  return `${head}…`
}

function safeLocale(lang: string): string {
  try {
    Intl.getCanonicalLocales(lang)
    return lang
  } catch {
    return 'und'
  }
}
