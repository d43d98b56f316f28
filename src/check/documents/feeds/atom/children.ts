/** Finding Atom's own children of an element. */
import { ATOM_NS } from '../../../../util/namespaces.js'
import type { XmlElement } from '../../xml-tree.js'

/** Every child `<local>` of `element` in the Atom namespace. */
export function atomChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === ATOM_NS && c.local === local)
}
