/** fast-check arbitraries for text that tries to break out of HTML and JSON contexts. */
import fc from 'fast-check'

/** Fragments that break naive escaping, mixed into arbitrary strings. */
export const HOSTILE_PIECES = [
  '</script>',
  '</script >',
  '</SCRIPT/',
  '</ScRiPt\t',
  '<!--',
  '<!--<script>',
  '-->',
  '<script>',
  ']]>',
  '&amp;',
  '&lt;',
  '"',
  "'",
  '\\',
  '\u2028',
  '\u2029',
  '\u0000',
  '\r\n',
  '\r',
  '\u000B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFDD0',
  '\u{1FFFF}',
  '\u200F',
  '\u202E',
  '\u061C',
  '😀',
]

/** Any string: arbitrary code units (lone surrogates included), full code points, and hostile fragments. */
export const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HOSTILE_PIECES),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.string({ unit: 'binary', maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 1 }),
  ),
  maxLength: 40,
})
