/**
 * Positions in the outputs site mode reads, looked up only when a finding
 * needs one: values come from fast parses (JSON.parse, parse5 without
 * locations); JSON positions come from the tree of the shared parse, HTML
 * ones from a located parse that runs once per file, on the first finding.
 */
import type { ValueNode } from '@humanwhocodes/momoa'
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import type { ParsedJson } from '../documents/parsed.js'
import type { Position } from '../../model/types.js'
import { positionIn } from '../documents/position.js'

export type Element = DefaultTreeAdapterTypes.Element
export type ParentNode = DefaultTreeAdapterTypes.ParentNode
type ChildNode = DefaultTreeAdapterTypes.ChildNode

export type JsonPath = readonly (string | number)[]

/** Positions of JSON values, from the tree of a parse shared with the other readers (built only when a finding needs one). */
export class JsonPositions {
  constructor(
    private readonly parsed: ParsedJson | null,
    private readonly origin: Position = { line: 1, column: 1 },
  ) {}

  at(path: JsonPath): Position {
    let node: ValueNode | undefined = this.parsed?.document.body
    let found = node ? node.loc.start : { line: 1, column: 1 }
    for (const step of path) {
      if (!node) break
      if (node.type === 'Object' && typeof step === 'string') {
        const member = node.members.find((m) => (m.name.type === 'String' ? m.name.value : m.name.name) === step)
        node = member?.value
      } else if (node.type === 'Array' && typeof step === 'number') node = node.elements[step]?.value
      else node = undefined
      if (node) found = node.loc.start
    }
    return positionIn(this.origin, found)
  }
}

/** Elements in document order (template contents included: they are markup of the page too). */
export function elements(node: ParentNode, out: Element[] = []): Element[] {
  for (const child of node.childNodes as ChildNode[]) {
    if (!('tagName' in child)) continue
    out.push(child)
    elements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, out)
  }
  return out
}

/** Positions of HTML elements by document-order number, parsed with locations only when a finding needs one. */
export class HtmlPositions {
  private located: Position[] | undefined
  constructor(
    private readonly html: string,
    private readonly fragment: boolean,
  ) {}

  at(index: number): Position {
    if (!this.located) {
      const root = this.fragment ? parseFragment(this.html, { sourceCodeLocationInfo: true }) : parseHtml(this.html, { sourceCodeLocationInfo: true })
      this.located = elements(root).map((element) => ({ line: element.sourceCodeLocation?.startLine ?? 1, column: element.sourceCodeLocation?.startCol ?? 1 }))
    }
    return this.located[index] ?? { line: 1, column: 1 }
  }
}
