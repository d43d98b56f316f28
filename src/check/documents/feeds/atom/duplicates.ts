/** Atom elements that may appear once in their parent (RFC 4287). */
import { ATOM_NS } from '../../../../util/namespaces.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { W3C } from '../w3c.js'

/** Raised by `checkAtomOnce` (duplicates.ts). */
export const atomDuplicateElement = defineRule({
  id: 'atom/duplicate-element',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  description: 'Atom elements that may appear once (`id`, `title`, `updated`, `published`, `content`, `summary`, …) must not repeat (W3C: DuplicateElement).',
  docs: {
    why: 'RFC 4287 allows one; readers keep the first or the last, unpredictably.',
    fix: 'Remove the repeated element.',
  },
})

/** Children each element may hold once, by parent (a Map: element names are the feed's). */
const ONCE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  feed: ['generator', 'icon', 'id', 'logo', 'rights', 'subtitle', 'title', 'updated'],
  entry: ['content', 'id', 'published', 'rights', 'source', 'summary', 'title', 'updated'],
  source: ['generator', 'icon', 'id', 'logo', 'rights', 'subtitle', 'title', 'updated'],
  author: ['name', 'uri', 'email'],
  contributor: ['name', 'uri', 'email'],
}))

/** Report the second of any Atom child that `element` may hold once. */
export function checkAtomOnce(findings: Findings, element: XmlElement): void {
  const once = ONCE.get(element.local)
  if (!once) return
  const seen = new Set<string>()
  for (const child of element.children) {
    if (child.uri !== ATOM_NS || !once.includes(child.local)) continue
    if (seen.has(child.local)) findings.add(atomDuplicateElement, child, `<${element.local}> may have one <${child.local}>; this is another`)
    seen.add(child.local)
  }
}
