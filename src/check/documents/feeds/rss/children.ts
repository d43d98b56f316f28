/** Finding RSS 2.0's own children (no namespace) of an element. */
import type { XmlElement } from '../../xml-tree.js'

/** The first child `<local>` (no namespace) of `element`. */
export function rssChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.uri === '' && c.local === local)
}

/** Every child `<local>` (no namespace) of `element`. */
export function rssChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === '' && c.local === local)
}

/** The first child `<local>` of `element` with its trimmed text. */
export function childText(element: XmlElement, local: string): { element: XmlElement; value: string } | undefined {
  const child = rssChild(element, local)
  return child ? { element: child, value: child.text.trim() } : undefined
}
