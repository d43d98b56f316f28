/**
 * Atom URI values (`icon`, `logo`, `uri`, `link href`, `content src`,
 * category `scheme`, generator `uri`): IRI references, resolved against an
 * absolute `xml:base` before the feeds' URL rule sees them.
 */
import { inheritedXmlAttribute, type XmlElement } from '../../xml-tree.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { ATOM_URLS, checkFeedUrl } from '../urls.js'

/** Raised by `checkAtomUrl` (urls.ts). */
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

/** Characters RFC 3987 allows nowhere in an IRI reference (besides controls), and `%` not starting an escape. */
const NOT_IN_IRI = /[\s<>"{}|\\^`\u0000-\u001f\u007f]|%(?![0-9A-Fa-f]{2})/

/** The first character that keeps `value` from being an IRI reference, or undefined. */
function notIriCharacter(value: string): string | undefined {
  return NOT_IN_IRI.exec(value)?.[0]
}

/** The absolute base URL in scope (xml:base resolved outward), if any. */
export function absoluteBase(element: XmlElement): string | undefined {
  const bases = inheritedXmlAttribute(element, 'base')
  let resolved: string | undefined
  for (let i = bases.length - 1; i >= 0; i--) {
    try {
      resolved = new URL(bases[i]!.value, resolved).href
    } catch {
      // a relative base with nothing absolute outside it
    }
  }
  return resolved
}

/** Check a URI value of `element` (named `what`): an IRI reference, absolute once resolved against xml:base. */
export function checkAtomUrl(findings: Findings, element: XmlElement, what: string, value: string): void {
  const bad = notIriCharacter(value)
  if (bad !== undefined) {
    const shown = bad === ' ' ? 'a space' : /\s/.test(bad) ? 'a line break or tab' : `"${bad}"`
    findings.add(atomInvalidIri, element, `${what} "${value}" is not an IRI reference: it contains ${shown}; percent-encode it (a space is %20)`)
    return
  }
  const base = absoluteBase(element)
  if (base !== undefined) {
    try {
      checkFeedUrl(findings, element, what, new URL(value, base).href, ATOM_URLS)
      return
    } catch {
      // fall through: report the raw value
    }
  }
  checkFeedUrl(findings, element, what, value, ATOM_URLS)
}
