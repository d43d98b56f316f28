/** The elements and attributes RSS 2.0 requires, element by element. */
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { checkNotBlank } from '../blank-value.js'
import { childText, rssChildren } from './children.js'

const RSS_SPEC = 'https://www.rssboard.org/rss-specification'

/** Raised by `requiredAttribute`, `checkItemHasText`, `checkChannelRequired`, `checkImageRequired`, `checkRssRootRequired` (required.ts). */
export const rssMissingElement = defineRule({
  id: 'rss/missing-element',
  severity: 'error',
  helpUrl: RSS_SPEC,
  description: 'RSS 2.0 required elements and attributes: `rss@version="2.0"`, `channel` with `title`, `link`, `description`; each `item` with `title` or `description`; `image` with `url`, `title`, `link`; `enclosure` with `url`, `length`, `type` (W3C: MissingElement, MissingAttribute).',
  docs: {
    why: 'The RSS 2.0 specification requires them; readers show an empty or unnamed feed or item without them.',
    fix: 'Add the element the message names; for an item, at least a title or a description.',
  },
})

/** The attribute `name` of `element`, reported when missing (`<enclosure>` url, length, type; `<cloud>`'s five; `<source>` url; a self link's href). */
export function requiredAttribute(findings: Findings, element: XmlElement, name: string, message = `<${element.local}> needs a ${name} attribute`): string | undefined {
  const value = attribute(element, name)
  if (value === undefined) findings.add(rssMissingElement, element, message)
  return value
}

/** An `<item>` needs a `<title>` or a `<description>`. */
export function checkItemHasText(findings: Findings, item: XmlElement): void {
  if (!childText(item, 'title') && !childText(item, 'description')) findings.add(rssMissingElement, item, '<item> needs a <title> or a <description>')
}

/** A `<channel>` needs a `<title>`, `<link>` and `<description>`, none of them empty. */
export function checkChannelRequired(findings: Findings, channel: XmlElement): void {
  for (const name of ['title', 'link', 'description']) {
    const child = childText(channel, name)
    if (!child) findings.add(rssMissingElement, channel, `<channel> needs a <${name}>`)
    else checkNotBlank(findings, child.element, `channel <${name}>`)
  }
}

/** An `<image>` holds a `<url>`, `<title>` and `<link>` (not a bare URL), none of them empty. */
export function checkImageRequired(findings: Findings, image: XmlElement): void {
  if (image.children.length === 0 && image.text.trim() !== '') {
    findings.add(rssMissingElement, image, '<image> holds a bare URL; write <image><url>…</url><title>…</title><link>…</link></image>')
    return
  }
  for (const name of ['url', 'title', 'link']) {
    const child = childText(image, name)
    if (!child) findings.add(rssMissingElement, image, `<image> needs a <${name}>`)
    else checkNotBlank(findings, child.element, `<image> <${name}>`)
  }
}

/** The `<rss>` root needs a version and a `<channel>`. */
export function checkRssRootRequired(findings: Findings, root: XmlElement): void {
  if (attribute(root, 'version') === undefined) findings.add(rssMissingElement, root, '<rss> needs version="2.0"')
  if (rssChildren(root, 'channel').length === 0) findings.add(rssMissingElement, root, '<rss> needs a <channel>')
}
