/**
 * RSS 2.0 (www.rssboard.org/rss-specification) with the W3C Feed Validation
 * Service's checks that matter. Items are checked as they close and then
 * dropped, so a long feed needs memory for one item at a time. Each rule is
 * defined beside the check that raises it, in this folder by concern; this
 * walker only says when each runs.
 */
import type { Diagnostic } from '../../../../util/diagnostic.js'
import { isRss1Document } from '../../detect.js'
import { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { reportNotWellFormed } from '../../well-formed.js'
import { LineIndex, walkXml } from '../../xml-tree.js'
import { checkXhtmlElement } from '../content-html.js'
import { checkExtensionElement } from '../extensions.js'
import { checkRss1 } from '../rss1.js'
import { checkRssChannel } from './channel.js'
import { checkOneChannel, checkRssOnce } from './duplicates.js'
import { checkRssItem } from './item.js'
import { checkRssRootRequired } from './required.js'
import { checkRssElementDefined } from './undefined-elements.js'
import { checkRssVersion } from './values.js'

/** Check an RSS 2.0 document (or an RSS 1.0 one, which has its own checker). */
export function checkRss(text: string, file: string, options: CheckOptions = {}, lines = new LineIndex(text)): Diagnostic[] {
  if (isRss1Document(text)) return checkRss1(text, file, options, lines)
  const findings = new Findings(file)
  const guids = new Map<string, number>()
  const { root, error } = walkXml(
    text,
    {
      close(element) {
        checkRssElementDefined(findings, element)
        checkXhtmlElement(findings, element)
        checkExtensionElement(findings, element, options)
        checkRssOnce(findings, element)
        if (element.uri !== '') return
        if (element.local === 'item' && element.parent?.local === 'channel') {
          checkRssItem(findings, element, guids, options)
          return false
        }
        if (element.local === 'channel' && element.parent?.local === 'rss') checkRssChannel(findings, element, options)
      },
    },
    lines,
  )
  if (error) {
    reportNotWellFormed(findings, error)
  } else if (root) {
    checkRssVersion(findings, root)
    checkRssRootRequired(findings, root)
    checkOneChannel(findings, root)
  }
  return findings.sorted()
}
