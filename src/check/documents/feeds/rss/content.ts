/** An RSS item's text: a `<description>` summary before any `<content:encoded>`, both HTML that reads away from the site. */
import { CONTENT_NS } from '../../../../util/namespaces.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { checkContentHtml } from '../content-html.js'
import { W3C } from '../w3c.js'
import { rssChild } from './children.js'

/** Raised by `checkRssItemContent` (content.ts). */
export const rssDescriptionAfterContent = defineRule({
  id: 'rss/description-after-content',
  severity: 'warning',
  helpUrl: `${W3C}/warning/NeedDescriptionBeforeContent.html`,
  description: 'In an item with `content:encoded`, a `description` should come first (W3C: NeedDescriptionBeforeContent).',
  docs: {
    why: 'Some readers take the first of the two as the summary; without a description they show the full text as a teaser.',
    fix: 'Write `<description>` (a summary) before `<content:encoded>`.',
  },
})

/** Check the order of `item`'s description and content:encoded, and the HTML of both. */
export function checkRssItemContent(findings: Findings, item: XmlElement): void {
  const descriptionIndex = item.children.findIndex((c) => c.uri === '' && c.local === 'description')
  const contentIndex = item.children.findIndex((c) => c.uri === CONTENT_NS && c.local === 'encoded')
  const content = item.children[contentIndex]
  if (content && (descriptionIndex === -1 || descriptionIndex > contentIndex)) {
    findings.add(rssDescriptionAfterContent, content, '<content:encoded> comes before any <description>; write a <description> summary first')
  }
  const description = rssChild(item, 'description')
  if (description) checkContentHtml(findings, description, 'item <description>', description.text)
  if (content) checkContentHtml(findings, content, '<content:encoded>', content.text)
}
