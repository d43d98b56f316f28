/** Which Atom elements each Atom element may hold (RFC 4287), and the root every Atom feed has. */
import { ATOM_NS } from '../../../../util/namespaces.js'
import { hint } from '../../../../util/did-you-mean.js'
import { withHint, type Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { W3C } from '../w3c.js'

/** Raised by `checkAtomElementDefined`, `checkAtomRoot` (undefined-elements.ts). */
export const atomUndefinedElement = defineRule({
  id: 'atom/undefined-element',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  description: 'Elements in the Atom namespace must be Atom elements allowed in their parent (W3C: UndefinedElement).',
  docs: {
    why: 'Readers ignore unknown Atom elements, so their data is lost (`<pubDate>` or `<description>` copied from RSS, `<created>` from Atom 0.3).',
    fix: 'Use the Atom element the message suggests (`published`, `summary`), or move extensions into their own namespace.',
  },
})

const COMMON = ['author', 'category', 'contributor', 'id', 'link', 'rights', 'title', 'updated']
/** Atom's children by parent (Maps: element names are the feed's, `constructor` included). */
const ATOM_CHILDREN: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  feed: [...COMMON, 'generator', 'icon', 'logo', 'subtitle', 'entry'],
  entry: [...COMMON, 'content', 'published', 'source', 'summary'],
  source: [...COMMON, 'generator', 'icon', 'logo', 'subtitle'],
  author: ['name', 'uri', 'email'],
  contributor: ['name', 'uri', 'email'],
}))
/** Names people carry over from RSS or Atom 0.3, and the Atom 1.0 element meant. */
const ATOM_EQUIVALENTS: ReadonlyMap<string, string> = new Map(Object.entries({
  pubDate: 'published', created: 'published', issued: 'published', modified: 'updated', lastBuildDate: 'updated',
  description: 'summary', guid: 'id', tagline: 'subtitle', copyright: 'rights', url: 'link',
}))

/** Report an Atom element that its Atom parent may not hold. */
export function checkAtomElementDefined(findings: Findings, element: XmlElement): void {
  const parent = element.parent
  if (!parent || parent.uri !== ATOM_NS) return
  const allowed = ATOM_CHILDREN.get(parent.local)
  if (allowed && !allowed.includes(element.local)) {
    const equivalent = ATOM_EQUIVALENTS.get(element.local)
    const suggestion = equivalent && allowed.includes(equivalent) ? ` Did you mean "${equivalent}"?` : hint(element.local, allowed)
    findings.add(atomUndefinedElement, element, withHint(`<${element.name}> is not an Atom element in <${parent.local}>`, suggestion))
  }
}

/** Report a root other than Atom's `<feed>`. */
export function checkAtomRoot(findings: Findings, root: XmlElement): void {
  if (root.uri !== ATOM_NS || root.local !== 'feed') {
    findings.add(atomUndefinedElement, root, `the root must be <feed xmlns="${ATOM_NS}">, not <${root.name}>${root.local === 'feed' ? ` in namespace "${root.uri}"` : ''}`)
  }
}
