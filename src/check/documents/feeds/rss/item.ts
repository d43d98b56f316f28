/**
 * An RSS `<item>`, checked when it closes: calls each concern's check in the
 * order of the item's findings (ties at one element keep that order).
 */
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { checkFeedUrl } from '../urls.js'
import { childText, rssChild, rssChildren } from './children.js'
import { checkRssContact } from './contacts.js'
import { checkRssItemContent } from './content.js'
import { checkRssDate } from './dates.js'
import { checkDuplicateSemantics } from './duplicates.js'
import { checkRssGuid } from './guid.js'
import { checkItemHasText, requiredAttribute } from './required.js'
import { checkEnclosureLength } from './values.js'

/** Check one item; `guids` holds the guids of the items before it. */
export function checkRssItem(findings: Findings, item: XmlElement, guids: Map<string, number>, options: CheckOptions): void {
  checkItemHasText(findings, item)
  for (const name of ['link', 'comments']) {
    const link = childText(item, name)
    if (link) checkFeedUrl(findings, link.element, `item <${name}>`, link.value)
  }
  checkRssGuid(findings, item, guids)
  const pubDate = rssChild(item, 'pubDate')
  if (pubDate) checkRssDate(findings, pubDate, 'item <pubDate>', options)
  const author = rssChild(item, 'author')
  if (author) checkRssContact(findings, author)
  checkDuplicateSemantics(findings, item, 'item')
  checkRssItemContent(findings, item)
  for (const enclosure of rssChildren(item, 'enclosure')) {
    for (const name of ['url', 'length', 'type']) requiredAttribute(findings, enclosure, name)
    const url = attribute(enclosure, 'url')
    if (url !== undefined) checkFeedUrl(findings, enclosure, 'enclosure url', url)
    checkEnclosureLength(findings, enclosure, attribute(enclosure, 'length'))
  }
  const source = rssChild(item, 'source')
  if (source) {
    const url = requiredAttribute(findings, source, 'url', '<source> needs a url attribute (the source feed)')
    if (url !== undefined) checkFeedUrl(findings, source, 'source url', url)
  }
}
