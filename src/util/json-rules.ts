/**
 * The JSON rules both the checker (JSON-LD blocks, JSON Feeds) and the
 * build's loader (JSON frontmatter) raise: here, below both, since load may
 * not import check. The checker's other JSON rules are in
 * check/documents/jsonld/rules.ts.
 */
import { defineRule } from './rule.js'

const RFC8259 = 'https://www.rfc-editor.org/rfc/rfc8259'

/** Raised by `readBlock` (../check/documents/jsonld/graph.ts); `checkInto` (../check/documents/jsonld/index.ts); `parseJsonStrict`, `reportSyntax`, `checkControlCharacters` (../check/documents/jsonld/json.ts); `parseJsonFrontmatter` (../load/json.ts). */
export const jsonSyntax = defineRule({
  id: 'json/syntax',
  severity: 'error',
  helpUrl: RFC8259,
  description: 'The JSON-LD text must be valid JSON (RFC 8259): no comments, single quotes, unescaped control characters or text after the value.',
  docs: {
    why: 'A parser that meets invalid JSON drops the whole block; Google reports "Unparsable structured data" and sees nothing in it.',
    fix: 'Fix the JSON at the reported line and column; generate JSON-LD with a JSON serializer rather than string templates.',
  },
})

/** Raised by `checkDuplicateKeys` (../check/documents/jsonld/json.ts); `parseJsonFrontmatter` (../load/json.ts). */
export const jsonDuplicateKey = defineRule({
  id: 'json/duplicate-key',
  severity: 'error',
  helpUrl: RFC8259,
  description: 'An object should not have the same key twice (RFC 8259 §4: names SHOULD be unique; JSON-LD 1.1 treats documents with duplicate keys as invalid).',
  docs: {
    why: 'Which value wins depends on the parser, so different consumers read different data.',
    fix: 'Keep one of the two keys; put several values in an array.',
  },
})
