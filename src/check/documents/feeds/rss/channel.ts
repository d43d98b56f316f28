/**
 * The RSS `<channel>`, checked when it closes (its items already checked and
 * dropped): calls each concern's check in the order of the channel's
 * findings (ties at one element keep that order).
 */
import { DC_NS } from '../../../../util/namespaces.js'
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { checkLanguage } from '../language.js'
import { checkRssSelfLink } from '../self-link.js'
import { checkFeedUrl } from '../urls.js'
import { childText, rssChild } from './children.js'
import { checkRssContact } from './contacts.js'
import { checkRssDate } from './dates.js'
import { checkDuplicateSemantics } from './duplicates.js'
import { checkChannelRequired, checkImageRequired, requiredAttribute } from './required.js'
import { checkCloudPort, checkImageSize, checkSkipDays, checkSkipHours, checkTtl } from './values.js'

const CLOUD_ATTRIBUTES = ['domain', 'port', 'path', 'registerProcedure', 'protocol']

/** Check the channel's own elements. */
export function checkRssChannel(findings: Findings, channel: XmlElement, options: CheckOptions): void {
  checkDuplicateSemantics(findings, channel, 'channel')
  const dcLanguage = channel.children.find((c) => c.uri === DC_NS && c.local === 'language')
  if (dcLanguage) checkLanguage(findings, dcLanguage, '<dc:language>', dcLanguage.text.trim())
  const cloud = rssChild(channel, 'cloud')
  if (cloud) {
    for (const name of CLOUD_ATTRIBUTES) requiredAttribute(findings, cloud, name)
    checkCloudPort(findings, cloud, attribute(cloud, 'port'))
  }
  checkChannelRequired(findings, channel)
  for (const [name, what] of [['link', 'channel <link>'], ['docs', '<docs>']] as const) {
    const link = childText(channel, name)
    if (link) checkFeedUrl(findings, link.element, what, link.value)
  }
  const language = childText(channel, 'language')
  if (language) checkLanguage(findings, language.element, '<language>', language.value)
  for (const name of ['pubDate', 'lastBuildDate']) {
    const date = rssChild(channel, name)
    if (date) checkRssDate(findings, date, `channel <${name}>`, options)
  }
  for (const name of ['managingEditor', 'webMaster']) {
    const contact = rssChild(channel, name)
    if (contact) checkRssContact(findings, contact)
  }
  checkTtl(findings, channel)
  const image = rssChild(channel, 'image')
  if (image) {
    checkImageRequired(findings, image)
    for (const name of ['url', 'link']) {
      const url = childText(image, name)
      if (url) checkFeedUrl(findings, url.element, `image <${name}>`, url.value)
    }
    checkImageSize(findings, image)
  }
  checkSkipHours(findings, channel)
  checkSkipDays(findings, channel)
  for (const self of checkRssSelfLink(findings, channel)) {
    const href = requiredAttribute(findings, self, 'href', '<atom:link rel="self"> needs an href')
    if (href !== undefined) checkFeedUrl(findings, self, 'self link href', href)
  }
}
