/** The elements and attributes Atom requires (RFC 4287), element by element. */
import type { Position } from '../../../../model/types.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { atomChildren } from './children.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

/** Raised by `checkRequiredChildren`, `requiredAttribute`, `checkPersonName`, `checkEntryContentOrLink`, `checkEntryAuthors` (required.ts). */
export const atomMissingElement = defineRule({
  id: 'atom/missing-element',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.1.1`,
  description: 'Atom required elements: `feed` and each `entry` with `id`, `title`, `updated`; an `author` on each entry or the feed; `author` with `name`; an entry without `content` needs `link rel="alternate"`; `link` needs `href` (RFC 4287; W3C: MissingElement).',
  docs: {
    why: 'RFC 4287 makes them mandatory; readers cannot identify, date or attribute an entry without them.',
    fix: 'Add the element the message names.',
  },
})

/** A feed and each entry need an `<id>`, `<title>` and `<updated>`. */
export function checkRequiredChildren(findings: Findings, element: XmlElement): void {
  for (const name of ['id', 'title', 'updated']) {
    if (atomChildren(element, name).length === 0) findings.add(atomMissingElement, element, `<${element.local}> needs an <${name}>`)
  }
}

/** The attribute `name` of `element` (a link's href, a category's term), reported when missing. */
export function requiredAttribute(findings: Findings, element: XmlElement, name: string, message: string): string | undefined {
  const value = attribute(element, name)
  if (value === undefined) findings.add(atomMissingElement, element, message)
  return value
}

/** An `<author>` or `<contributor>` needs a `<name>`. */
export function checkPersonName(findings: Findings, person: XmlElement): void {
  if (atomChildren(person, 'name').length === 0) findings.add(atomMissingElement, person, `<${person.local}> needs a <name>`)
}

/** An entry without `<content>` needs a `<link rel="alternate">` to it. */
export function checkEntryContentOrLink(findings: Findings, entry: XmlElement): void {
  const hasContent = atomChildren(entry, 'content').length > 0
  const alternate = atomChildren(entry, 'link').some((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate')
  if (!hasContent && !alternate) findings.add(atomMissingElement, entry, '<entry> without <content> needs a <link rel="alternate">')
}

/** Whether an entry names its author (itself or in its `<source>`); the feed's author may stand in for it. */
export function entryHasAuthor(entry: XmlElement): boolean {
  const source = atomChildren(entry, 'source')[0]
  return atomChildren(entry, 'author').length > 0 || (source !== undefined && atomChildren(source, 'author').length > 0)
}

/** When the feed has no `<author>`, report each entry (at `entriesWithoutAuthor`, long dropped) that has none either. */
export function checkEntryAuthors(findings: Findings, feed: XmlElement, entriesWithoutAuthor: readonly Position[]): void {
  if (atomChildren(feed, 'author').length > 0) return
  for (const at of entriesWithoutAuthor) findings.add(atomMissingElement, at, '<entry> needs an <author> (or the <feed> one for all entries)')
}
