/** Feed rules about the form of single values (RFC 4287 §3.2.2, §3.3, §4.2.6, §4.2.7), after the W3C validator. */
import type { Findings } from '../findings.js'
import { defineRule } from '../rule.js'
import type { XmlElement } from '../xml-tree.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

/** Raised by `checkAtom › noWhitespace` (atom.ts). */
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

/** Raised by `checkAtom › checkUrl` (atom.ts). */
export const atomInvalidIri = defineRule({
  id: 'atom/invalid-iri',
  severity: 'error',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3987#section-2.2',
  description: 'Atom URI values (`icon`, `logo`, `uri`, `link href`, `content src`, category `scheme`, generator `uri`) must be IRI references: no spaces, no `<>"{}|\\^` or backquote, `%` only before two hex digits (RFC 3987; W3C: InvalidUriChar, InvalidLink).',
  docs: {
    why: 'A relative reference is legal there (resolved against xml:base), but text such as "insert logo here" is no reference at all: readers cannot fetch it.',
    fix: 'Write a URL, percent-encoding spaces and the other characters (`%20`).',
  },
})

export const ATOM_VALUE_RULES = [atomUnexpectedWhitespace, atomInvalidIri]


/** Characters RFC 3987 allows nowhere in an IRI reference (besides controls), and `%` not starting an escape. */
const NOT_IN_IRI = /[\s<>"{}|\\^`\u0000-\u001f\u007f]|%(?![0-9A-Fa-f]{2})/

/** The first character that keeps `value` from being an IRI reference, or undefined. */
export function notIriCharacter(value: string): string | undefined {
  return NOT_IN_IRI.exec(value)?.[0]
}

/** Raised by `checkNotBlank` (atom-value-rules.ts); `checkAtom › checkElement` (atom.ts). */
export const feedBlankValue = defineRule({
  id: 'feed/blank-value',
  severity: 'warning',
  helpUrl: 'https://validator.w3.org/feed/docs/warning/NotBlank.html',
  description: 'Elements that name or identify something are not left empty: RSS channel and image title, link, description and item guid; Atom title, subtitle, content and category term (W3C: NotBlank).',
  docs: {
    why: 'An empty title shows as a blank line in readers; an empty guid or term identifies nothing.',
    fix: 'Fill in the value, or leave the element out where it is optional.',
  },
})

/** The rules of this module, for the registry. */
export const FEED_VALUE_RULES = [...ATOM_VALUE_RULES, feedBlankValue]

/** Report `element` when it has neither text nor child elements. */
export function checkNotBlank(findings: Findings, element: XmlElement, what: string, value = element.text): void {
  if (value.trim() === '' && element.children.length === 0) findings.add(feedBlankValue, element, `${what} is empty`)
}
