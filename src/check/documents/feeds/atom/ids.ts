/** Atom ids: each feed's and entry's `id` an absolute IRI, no two entries with one id. */
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { checkUniqueId } from '../ids.js'
import { atomChildren } from './children.js'
import { withoutWhitespace } from './whitespace.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/

/** Raised by `checkAtomId` (ids.ts). */
export const atomInvalidId = defineRule({
  id: 'atom/invalid-id',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.2.6`,
  description: 'Atom `id` must be an absolute IRI, such as a `tag:` URI, `urn:uuid:` or the permalink (RFC 4287 §4.2.6; W3C: InvalidFullLink).',
  docs: {
    why: 'The id identifies the entry forever across feeds; a relative or bare value is not an IRI and may collide with other feeds\' ids.',
    fix: 'Use the absolute permalink, or `tag:example.com,2023:story-42`.',
  },
})

/** Check the `<id>` of a feed or entry; `ids` holds the ids of the entries before it. */
export function checkAtomId(findings: Findings, element: XmlElement, ids: Map<string, number>): void {
  const id = atomChildren(element, 'id')[0]
  if (!id) return
  const value = withoutWhitespace(findings, id, '<id>', id.text)
  if (!IRI.test(value)) {
    findings.add(atomInvalidId, id, `<id> "${value}" is not an absolute IRI; use the permalink or a tag: URI such as "tag:example.com,2023:story-42"`)
  }
  if (element.local === 'entry' && value !== '') checkUniqueId(findings, ids, id, 'entry <id>', value, 'entry')
}
