/** Atom values that are IRIs and date-times, not text: no whitespace around them (RFC 4287 §3.3, §4.2.6, §3.2.2, §4.2.7.1). */
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

/** Raised by `withoutWhitespace` (whitespace.ts). */
export const atomUnexpectedWhitespace = defineRule({
  id: 'atom/unexpected-whitespace',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-3.3`,
  description: 'Atom `id`, `updated`, `published`, `icon`, `logo`, a person\'s `uri` and `link href` hold no whitespace around the value (RFC 4287 §3.3, §4.2.6, §3.2.2, §4.2.7.1; W3C: UnexpectedWhitespace).',
  docs: {
    why: 'These are IRIs and date-times, not text: RFC 3339 and RFC 3987 allow no spaces, and readers that compare ids byte for byte see " urn:x" and "urn:x" as two entries.',
    fix: 'Write the value directly between the tags (or in the attribute), with no spaces or line breaks around it.',
  },
})

/** `raw` (the value of `element`, named `what`) without surrounding whitespace, which is reported. */
export function withoutWhitespace(findings: Findings, element: XmlElement, what: string, raw: string): string {
  const value = raw.trim()
  if (value !== raw) findings.add(atomUnexpectedWhitespace, element, `${what} has whitespace around "${value}"; write the value with nothing around it`)
  return value
}
