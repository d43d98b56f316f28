import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serializeJsonLdDocument, serializeJsonLdForScript } from '../../src/emit/script-json.js'
import { anyText } from './arbitraries.js'

const UNSAFE = /<\/script|<!--/i

describe('serializeJsonLdForScript', () => {
  it('escapes < > & U+2028 U+2029 as \\u escapes', () => {
    const text = serializeJsonLdForScript({ a: '</script><!--&\u2028\u2029' })
    expect(text).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}')
  })

  it('escapes C1 controls and noncharacters too (HTML parse errors), losslessly', () => {
    const value = { a: '\u007F\u0085\uFDD0\uFFFF\u{1FFFE}' }
    const text = serializeJsonLdForScript(value)
    expect(text).toBe('{"a":"\\u007f\\u0085\\ufdd0\\uffff\\ud83f\\udffe"}')
    expect(JSON.parse(text)).toEqual(value)
  })

  it('leaves other text alone (URLs keep their & as an escape that parses back)', () => {
    const value = { url: 'https://semarak.example/?a=1&b=2', name: 'Jakarta — 東京 — عربى' }
    expect(serializeJsonLdForScript(value)).toBe('{"url":"https://semarak.example/?a=1\\u0026b=2","name":"Jakarta — 東京 — عربى"}')
  })

  it('for any strings: parses back to the same value, no </script or <!--, no raw line separators', () => {
    fc.assert(
      fc.property(fc.dictionary(anyText, fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }))), (value) => {
        const text = serializeJsonLdForScript(value)
        expect(JSON.parse(text)).toEqual(value)
        expect(text).not.toMatch(UNSAFE)
        expect(text).not.toMatch(/[<>&\u2028\u2029\n\r]/)
      }),
      { numRuns: 500 },
    )
  })
})

describe('serializeJsonLdDocument', () => {
  it('is indented by 2 spaces, ends with a newline, escaped the same way', () => {
    const value = { '@context': 'https://schema.org', '@graph': [{ name: '</script>' }] }
    expect(serializeJsonLdDocument(value)).toBe(
      '{\n  "@context": "https://schema.org",\n  "@graph": [\n    {\n      "name": "\\u003c/script\\u003e"\n    }\n  ]\n}\n',
    )
  })

  it('for any strings: parses back to the same value and is safe to inline', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), (value) => {
        const text = serializeJsonLdDocument(value)
        expect(JSON.parse(text)).toEqual(value)
        expect(text).not.toMatch(UNSAFE)
      }),
      { numRuns: 300 },
    )
  })
})
