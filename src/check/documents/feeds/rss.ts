/**
 * RSS 2.0 (www.rssboard.org/rss-specification) with the W3C Feed Validation
 * Service's checks that matter. Items are checked as they close and then
 * dropped, so a long feed needs memory for one item at a time.
 */
import { ATOM_NS, CONTENT_NS, DC_NS } from '../../../util/namespaces.js'
import type { Diagnostic } from '../../../util/diagnostic.js'
import { hint } from '../../../util/did-you-mean.js'
import { checkAbsoluteUrl, checkRfc822, parseRssContact } from '../formats.js'
import { Findings, withHint } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { attribute, LineIndex, walkXml, type XmlElement } from '../xml-tree.js'
import { isRss1Document } from '../detect.js'
import { checkContentHtml, checkFeedUrl, checkLanguage, checkPlausibleDate, checkXhtmlElement } from './common.js'
import { checkNotBlank } from './atom-value-rules.js'
import { checkExtensionElement } from './extensions.js'
import { checkRss1 } from './rss1.js'
import {
  feedDuplicateId,
  feedMissingSelfLink,
  xmlNotWellFormed,
} from './rules.js'
import { rssAuthorMissingName, rssAuthorNotEmail, rssDescriptionAfterContent, rssDuplicateElement, rssDuplicateSemantics, rssInvalidDate, rssInvalidGuid, rssInvalidValue, rssMissingElement, rssMissingGuid, rssProblematicDate, rssUndefinedElement } from './rss-rules.js'


/** RSS 2.0's elements (no namespace), by parent. */
const RSS_CHILDREN: Record<string, readonly string[]> = {
  rss: ['channel'],
  channel: [
    'title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate',
    'lastBuildDate', 'category', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput',
    'skipHours', 'skipDays', 'item',
  ],
  item: ['title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid', 'pubDate', 'source'],
  image: ['url', 'title', 'link', 'width', 'height', 'description'],
  textInput: ['title', 'description', 'name', 'link'],
  skipHours: ['hour'],
  skipDays: ['day'],
}
const CONTENT_ELEMENTS = ['encoded']
const DC_ELEMENTS = [
  'title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type', 'format',
  'identifier', 'source', 'language', 'relation', 'coverage', 'rights',
]
export const ATOM_ELEMENTS = [
  'feed', 'entry', 'id', 'title', 'updated', 'published', 'author', 'contributor', 'name', 'uri', 'email',
  'link', 'category', 'content', 'summary', 'rights', 'source', 'subtitle', 'generator', 'icon', 'logo',
]
/** Elements that appear at most once in their parent (RSS 2.0, and Dublin Core's date and language). */
const ONCE: Record<string, readonly string[]> = {
  channel: [
    'title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate', 'lastBuildDate',
    'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput', 'skipHours', 'skipDays',
  ],
  item: ['title', 'link', 'description', 'author', 'comments', 'guid', 'pubDate', 'source'],
  image: ['url', 'title', 'link', 'width', 'height', 'description'],
  textInput: ['title', 'description', 'name', 'link'],
}
const DC_ONCE = ['date', 'language']
const ITEM_DUPLICATES = [['author', 'creator'], ['pubDate', 'date'], ['category', 'subject'], ['source', 'source']] as const
const CHANNEL_DUPLICATES = [['language', 'language'], ['copyright', 'rights'], ['pubDate', 'date'], ['managingEditor', 'creator'], ['webMaster', 'publisher']] as const
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function childText(element: XmlElement, local: string): { element: XmlElement; value: string } | undefined {
  const child = element.children.find((c) => c.uri === '' && c.local === local)
  return child ? { element: child, value: child.text.trim() } : undefined
}

/** Check an RSS 2.0 document (or an RSS 1.0 one, which has its own checker). */
export function checkRss(text: string, file: string, options: CheckOptions = {}, lines = new LineIndex(text)): Diagnostic[] {
  if (isRss1Document(text)) return checkRss1(text, file, options, lines)
  const findings = new Findings(file)
  const guids = new Map<string, number>()

  const checkDate = (element: XmlElement, what: string) => {
    const result = checkRfc822(element.text)
    if (!result.ok) return findings.add(rssInvalidDate, element, `${what}: ${result.reason}`)
    if (result.warning) findings.add(rssProblematicDate, element, `${what}: ${result.warning}`)
    checkPlausibleDate(findings, element, `${what} "${element.text.trim()}"`, result.epochMs, options)
  }

  const checkContact = (element: XmlElement) => {
    const contact = parseRssContact(element.text)
    if (!contact) {
      findings.add(
        rssAuthorNotEmail,
        element,
        `<${element.name}> must be an e-mail address, such as "newsroom@example.com (${element.text.trim() || 'Name'})"; put a name alone in <dc:creator>`,
      )
    } else if (!contact.name) {
      findings.add(rssAuthorMissingName, element, `<${element.name}> has no name; write "${contact.email} (Name)"`)
    }
  }

  const checkUndefined = (element: XmlElement) => {
    const parent = element.parent
    if (!parent) return
    if (element.uri === '') {
      if (parent.uri !== '') return // inside an extension element: its own business
      const allowed = RSS_CHILDREN[parent.local]
      if (!allowed) {
        if (parent.local === 'description' || parent.local === 'title') {
          findings.add(rssUndefinedElement, element, `<${parent.local}> contains raw markup <${element.name}>; escape the HTML (&lt;${element.name}&gt;) or wrap it in CDATA`)
        }
        return
      }
      if (!allowed.includes(element.local)) {
        const where = parent.local === 'rss' ? 'the <rss> root' : `<${parent.local}>`
        const extra = element.local === 'author' && parent.local === 'channel' ? ' (use <managingEditor>, or dc:creator on items)' : ''
        findings.add(rssUndefinedElement, element, withHint(`<${element.name}> is not an RSS 2.0 element in ${where}${extra}`, hint(element.local, allowed)))
      }
    } else if (element.uri === CONTENT_NS && !CONTENT_ELEMENTS.includes(element.local)) {
      findings.add(rssUndefinedElement, element, `<${element.name}> is not in the content module (only content:encoded)`)
    } else if (element.uri === DC_NS && !DC_ELEMENTS.includes(element.local)) {
      findings.add(rssUndefinedElement, element, withHint(`<${element.name}> is not a Dublin Core element`, hint(element.local, DC_ELEMENTS)))
    } else if (element.uri === ATOM_NS && !ATOM_ELEMENTS.includes(element.local)) {
      findings.add(rssUndefinedElement, element, withHint(`<${element.name}> is not an Atom element`, hint(element.local, ATOM_ELEMENTS)))
    }
  }

  const checkItem = (item: XmlElement) => {
    const title = childText(item, 'title')
    const description = childText(item, 'description')
    if (!title && !description) findings.add(rssMissingElement, item, '<item> needs a <title> or a <description>')
    const link = childText(item, 'link')
    if (link) checkFeedUrl(findings, link.element, 'item <link>', link.value)
    const comments = childText(item, 'comments')
    if (comments) checkFeedUrl(findings, comments.element, 'item <comments>', comments.value)

    const guid = childText(item, 'guid')
    if (!guid) {
      findings.add(rssMissingGuid, item, '<item> has no <guid>; add the permalink, or a stable id with isPermaLink="false"')
    } else {
      checkNotBlank(findings, guid.element, '<guid>')
      const isPermaLink = attribute(guid.element, 'isPermaLink')
      if (isPermaLink !== undefined && isPermaLink !== 'true' && isPermaLink !== 'false') {
        findings.add(rssInvalidValue, guid.element, `isPermaLink must be "true" or "false", not "${isPermaLink}"`)
      }
      if (isPermaLink !== 'false') {
        const result = checkAbsoluteUrl(guid.value)
        if (!result.ok && result.kind !== 'unencoded') {
          findings.add(rssInvalidGuid, guid.element, `<guid> "${guid.value}" is a permalink (isPermaLink defaults to true) but not an absolute URL; add isPermaLink="false" or use the article URL`)
        }
      }
      if (guid.value !== '') {
        const first = guids.get(guid.value)
        if (first !== undefined) findings.add(feedDuplicateId, guid.element, `<guid> "${guid.value}" is also used by the item on line ${first}`)
        else guids.set(guid.value, guid.element.line)
      }
    }

    const pubDate = childText(item, 'pubDate')
    if (pubDate) checkDate(pubDate.element, 'item <pubDate>')

    const author = childText(item, 'author')
    if (author) checkContact(author.element)
    checkDuplicateSemantics(item, ITEM_DUPLICATES)

    const descriptionIndex = item.children.findIndex((c) => c.uri === '' && c.local === 'description')
    const content = item.children.findIndex((c) => c.uri === CONTENT_NS && c.local === 'encoded')
    if (content !== -1 && (descriptionIndex === -1 || descriptionIndex > content)) {
      findings.add(rssDescriptionAfterContent, item.children[content]!, '<content:encoded> comes before any <description>; write a <description> summary first')
    }
    if (description) checkContentHtml(findings, description.element, 'item <description>', description.element.text)
    if (content !== -1) checkContentHtml(findings, item.children[content]!, '<content:encoded>', item.children[content]!.text)

    for (const enclosure of item.children.filter((c) => c.uri === '' && c.local === 'enclosure')) {
      for (const name of ['url', 'length', 'type']) {
        if (attribute(enclosure, name) === undefined) findings.add(rssMissingElement, enclosure, `<enclosure> needs a ${name} attribute`)
      }
      const url = attribute(enclosure, 'url')
      if (url !== undefined) checkFeedUrl(findings, enclosure, 'enclosure url', url)
      const length = attribute(enclosure, 'length')
      if (length !== undefined && !/^\d+$/.test(length.trim())) findings.add(rssInvalidValue, enclosure, `enclosure length must be a size in bytes (an integer), not "${length}"`)
    }
    const source = item.children.find((c) => c.uri === '' && c.local === 'source')
    if (source) {
      const url = attribute(source, 'url')
      if (url === undefined) findings.add(rssMissingElement, source, '<source> needs a url attribute (the source feed)')
      else checkFeedUrl(findings, source, 'source url', url)
    }
  }

  const checkOnce = (element: XmlElement, once: readonly string[]) => {
    const seen = new Set<string>()
    for (const child of element.children) {
      const key = child.uri === '' && once.includes(child.local) ? child.local : child.uri === DC_NS && DC_ONCE.includes(child.local) ? `dc:${child.local}` : undefined
      if (key === undefined) continue
      if (seen.has(key)) findings.add(rssDuplicateElement, child, `<${element.local}> may have one <${child.name}>; this is another`)
      seen.add(key)
    }
  }

  const checkDuplicateSemantics = (element: XmlElement, pairs: readonly (readonly [string, string])[]) => {
    for (const [rss, dc] of pairs) {
      const own = element.children.find((c) => c.uri === '' && c.local === rss)
      const other = element.children.find((c) => c.uri === DC_NS && c.local === dc)
      if (own && other) {
        findings.add(rssDuplicateSemantics, own.line > other.line ? own : other, `<${element.local}> has both <${rss}> and <${other.name}>, which say the same; keep one`)
      }
    }
  }

  const checkChannel = (channel: XmlElement) => {
    checkDuplicateSemantics(channel, CHANNEL_DUPLICATES)
    const dcLanguage = channel.children.find((c) => c.uri === DC_NS && c.local === 'language')
    if (dcLanguage) checkLanguage(findings, dcLanguage, '<dc:language>', dcLanguage.text.trim())
    const cloud = channel.children.find((c) => c.uri === '' && c.local === 'cloud')
    if (cloud) {
      for (const name of ['domain', 'port', 'path', 'registerProcedure', 'protocol']) {
        if (attribute(cloud, name) === undefined) findings.add(rssMissingElement, cloud, `<cloud> needs a ${name} attribute`)
      }
      const port = attribute(cloud, 'port')
      if (port !== undefined && !(/^\d+$/.test(port.trim()) && Number(port) > 0)) findings.add(rssInvalidValue, cloud, `<cloud> port must be a positive integer, not "${port}"`)
    }
    for (const name of ['title', 'link', 'description']) {
      const child = childText(channel, name)
      if (!child) findings.add(rssMissingElement, channel, `<channel> needs a <${name}>`)
      else checkNotBlank(findings, child.element, `channel <${name}>`)
    }
    const link = childText(channel, 'link')
    if (link) checkFeedUrl(findings, link.element, 'channel <link>', link.value)
    const docs = childText(channel, 'docs')
    if (docs) checkFeedUrl(findings, docs.element, '<docs>', docs.value)
    const language = childText(channel, 'language')
    if (language) checkLanguage(findings, language.element, '<language>', language.value)
    for (const name of ['pubDate', 'lastBuildDate']) {
      const date = childText(channel, name)
      if (date) checkDate(date.element, `channel <${name}>`)
    }
    for (const name of ['managingEditor', 'webMaster']) {
      const contact = childText(channel, name)
      if (contact) checkContact(contact.element)
    }
    const ttl = childText(channel, 'ttl')
    if (ttl && !/^\d+$/.test(ttl.value)) findings.add(rssInvalidValue, ttl.element, `<ttl> must be a number of minutes, not "${ttl.value}"`)

    const image = channel.children.find((c) => c.uri === '' && c.local === 'image')
    if (image) {
      if (image.children.length === 0 && image.text.trim() !== '') {
        findings.add(rssMissingElement, image, '<image> holds a bare URL; write <image><url>…</url><title>…</title><link>…</link></image>')
      } else {
        for (const name of ['url', 'title', 'link']) {
          const child = childText(image, name)
          if (!child) findings.add(rssMissingElement, image, `<image> needs a <${name}>`)
          else checkNotBlank(findings, child.element, `<image> <${name}>`)
        }
      }
      const url = childText(image, 'url')
      if (url) checkFeedUrl(findings, url.element, 'image <url>', url.value)
      const imageLink = childText(image, 'link')
      if (imageLink) checkFeedUrl(findings, imageLink.element, 'image <link>', imageLink.value)
      for (const [name, max] of [['width', 144], ['height', 400]] as const) {
        const size = childText(image, name)
        if (size && (!/^\d+$/.test(size.value) || Number(size.value) > max || Number(size.value) === 0)) {
          findings.add(rssInvalidValue, size.element, `image <${name}> must be an integer from 1 to ${max}, not "${size.value}"`)
        }
      }
    }
    const skipHours = channel.children.find((c) => c.uri === '' && c.local === 'skipHours')
    for (const hour of skipHours?.children ?? []) {
      if (hour.local === 'hour' && !(/^\d{1,2}$/.test(hour.text.trim()) && Number(hour.text) <= 23)) {
        findings.add(rssInvalidValue, hour, `<hour> must be 0–23, not "${hour.text.trim()}"`)
      }
    }
    const skipDays = channel.children.find((c) => c.uri === '' && c.local === 'skipDays')
    for (const day of skipDays?.children ?? []) {
      if (day.local === 'day' && !DAYS.includes(day.text.trim())) {
        findings.add(rssInvalidValue, day, `<day> must be a weekday name (${DAYS.join(', ')}), not "${day.text.trim()}"`)
      }
    }

    const selfLinks = channel.children.filter((c) => c.uri === ATOM_NS && c.local === 'link' && attribute(c, 'rel') === 'self')
    if (selfLinks.length === 0) {
      findings.add(feedMissingSelfLink, channel, '<channel> has no <atom:link rel="self">; add <atom:link href="https://…/feed.xml" rel="self" type="application/rss+xml"/> (xmlns:atom="http://www.w3.org/2005/Atom")')
    }
    for (const self of selfLinks) {
      const href = attribute(self, 'href')
      if (href === undefined) findings.add(rssMissingElement, self, '<atom:link rel="self"> needs an href')
      else checkFeedUrl(findings, self, 'self link href', href)
    }
  }

  const { root, error } = walkXml(
    text,
    {
      close(element) {
        checkUndefined(element)
        checkXhtmlElement(findings, element)
        checkExtensionElement(findings, element, options)
        if (element.uri === '' && ONCE[element.local]) checkOnce(element, ONCE[element.local]!)
        if (element.uri !== '') return
        if (element.local === 'item' && element.parent?.local === 'channel') {
          checkItem(element)
          return false
        }
        if (element.local === 'channel' && element.parent?.local === 'rss') checkChannel(element)
      },
    },
    lines,
  )
  if (error) {
    findings.add(xmlNotWellFormed, error, `not well-formed XML: ${error.message}`)
    return findings.sorted()
  }
  if (root) {
    const version = attribute(root, 'version')
    if (version === undefined) findings.add(rssMissingElement, root, '<rss> needs version="2.0"')
    else if (!['2.0', '0.91', '0.92'].includes(version.trim())) findings.add(rssInvalidValue, root, `<rss> version must be "2.0", not "${version}"`)
    const channels = root.children.filter((c) => c.uri === '' && c.local === 'channel')
    if (channels.length === 0) findings.add(rssMissingElement, root, '<rss> needs a <channel>')
    if (channels.length > 1) findings.add(rssDuplicateElement, channels[1]!, '<rss> holds one <channel>; this is a second one')
  }
  return findings.sorted()
}
