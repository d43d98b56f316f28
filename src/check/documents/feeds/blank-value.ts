/** Elements that name or identify something are not left empty (RSS and Atom). */
import type { Position } from '../../../model/types.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { W3C } from './w3c.js'

/** Raised by `checkNotBlank`, `checkNotBlankValue` (blank-value.ts). */
export const feedBlankValue = defineRule({
  id: 'feed/blank-value',
  severity: 'warning',
  helpUrl: `${W3C}/warning/NotBlank.html`,
  description: 'Elements that name or identify something are not left empty: RSS channel and image title, link, description and item guid; Atom title, subtitle, content and category term (W3C: NotBlank).',
  docs: {
    why: 'An empty title shows as a blank line in readers; an empty guid or term identifies nothing.',
    fix: 'Fill in the value, or leave the element out where it is optional.',
  },
})

/** Report `element` when it has neither text nor child elements. */
export function checkNotBlank(findings: Findings, element: XmlElement, what: string): void {
  if (element.children.length === 0) checkNotBlankValue(findings, element, what, element.text)
}

/** Report a value (an attribute's, say) that is empty or only whitespace. */
export function checkNotBlankValue(findings: Findings, at: Position, what: string, value: string): void {
  if (value.trim() === '') findings.add(feedBlankValue, at, `${what} is empty`)
}
