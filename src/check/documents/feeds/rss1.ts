/**
 * RSS 1.0 (RDF Site Summary, web.resource.org/rss/1.0/spec): an `rdf:RDF`
 * root holding one `channel`, an optional `image` and `textinput`, and the
 * `item`s the channel's `items` sequence lists — each with its `rdf:about`,
 * `title` and `link` — plus the extension modules the W3C validator checks
 * (Dublin Core, geo:, Media RSS, iTunes; content:encoded is HTML).
 */
import { CONTENT_NS, RDF_NS, RSS1_NS } from '../../../util/namespaces.js'
import type { Diagnostic } from '../../../util/diagnostic.js'
import { hint } from '../../../util/did-you-mean.js'
import { Findings, withHint } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { defineRule } from '../../../util/rule.js'
import { LineIndex, walkXml, type XmlElement } from '../xml-tree.js'
import { reportNotWellFormed } from '../well-formed.js'
import { checkContentHtml, checkXhtmlElement } from './content-html.js'
import { checkExtensionElement } from './extensions.js'
import { checkFeedUrl } from './urls.js'

const SPEC = 'https://web.resource.org/rss/1.0/spec'

/** Raised by `checkRss1 › checkElement`, `checkRss1` (rss1.ts). */
export const rss1MissingElement = defineRule({
  id: 'rss1/missing-element',
  severity: 'error',
  helpUrl: `${SPEC}#s5.3`,
  description: 'RSS 1.0 requires one channel (with rdf:about, title, link, description and an items sequence), and title and link in every item, image and textinput, each with rdf:about (W3C: MissingElement, MissingAttribute).',
  docs: {
    why: 'RDF readers identify each resource by rdf:about and list items from the channel\'s sequence; without them items are lost or merged.',
    fix: 'Add the element or attribute the message names.',
  },
})
/** Raised by `checkRss1 › checkElement`, `checkRss1` (rss1.ts). */
export const rss1UndefinedElement = defineRule({
  id: 'rss1/undefined-element',
  severity: 'error',
  helpUrl: `${SPEC}#s5`,
  description: 'Only RSS 1.0\'s own elements are in its namespace, each in its place (W3C: UndefinedElement); other vocabularies go in modules with their own namespaces.',
  docs: {
    why: 'Readers ignore elements they do not expect; an RSS 2.0 element such as pubDate in the RSS 1.0 namespace is lost.',
    fix: 'Use the module element (dc:date for pubDate, dc:creator for author) or remove it.',
  },
})
/** Raised by `checkRss1` (rss1.ts). */
export const rss1ItemsMismatch = defineRule({
  id: 'rss1/items-mismatch',
  severity: 'error',
  helpUrl: `${SPEC}#s5.3.5`,
  description: 'The channel\'s items sequence (rdf:Seq of rdf:li rdf:resource) and the item elements\' rdf:about must name the same items (W3C: the items list).',
  docs: {
    why: 'RSS 1.0 readers take the sequence as the feed\'s table of contents: an item it does not list is ignored, a listed one that is missing is an error.',
    fix: 'List every item\'s rdf:about in <items><rdf:Seq><rdf:li rdf:resource="…"/></rdf:Seq></items>, in feed order.',
  },
})

/** RSS 1.0's elements by parent (Maps: element names are the feed's, `constructor` included). */
const CHILDREN: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  channel: ['title', 'link', 'description', 'image', 'items', 'textinput'],
  image: ['title', 'url', 'link'],
  item: ['title', 'link', 'description'],
  textinput: ['title', 'description', 'name', 'link'],
}))
const REQUIRED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  channel: ['title', 'link', 'description', 'items'],
  image: ['title', 'url', 'link'],
  item: ['title', 'link'],
  textinput: ['title', 'description', 'name', 'link'],
}))
const TOP = ['channel', 'image', 'item', 'textinput']

/** Check an RSS 1.0 document. */
export function checkRss1(text: string, file: string, options: CheckOptions = {}, lines = new LineIndex(text)): Diagnostic[] {
  const findings = new Findings(file)
  const listed: { resource: string; at: XmlElement }[] = []
  const items: { about: string; at: XmlElement }[] = []
  let channel: XmlElement | undefined

  const own = (element: XmlElement, local: string) => element.children.filter((c) => c.uri === RSS1_NS && c.local === local)

  const checkElement = (element: XmlElement) => {
    checkXhtmlElement(findings, element)
    checkExtensionElement(findings, element, options)
    const parent = element.parent
    if (element.uri === CONTENT_NS && element.local === 'encoded') checkContentHtml(findings, element, '<content:encoded>', element.text)
    if (element.uri === RDF_NS && element.local === 'li' && parent?.local === 'Seq' && parent.parent?.local === 'items') {
      // The spec's own sample writes an unprefixed resource="…", which RDF parsers accept too.
      const resource = element.attributes.find((a) => a.local === 'resource' && (a.uri === RDF_NS || a.uri === ''))?.value
      if (resource === undefined) findings.add(rss1MissingElement, element, '<rdf:li> in <items> needs an rdf:resource naming an item')
      else listed.push({ resource: resource.trim(), at: element })
    }
    if (element.uri !== RSS1_NS || !parent) return
    const place = parent.uri === RDF_NS && parent.local === 'RDF' ? 'RDF' : parent.uri === RSS1_NS ? parent.local : undefined
    if (place === undefined) return // inside a module element: its own business
    const allowed = place === 'RDF' ? TOP : CHILDREN.get(place) ?? []
    if (!allowed.includes(element.local)) {
      const suggestion = element.local === 'pubDate' ? ' Use dc:date.' : element.local === 'author' ? ' Use dc:creator.' : hint(element.local, allowed)
      findings.add(rss1UndefinedElement, element, withHint(`<${element.name}> is not an RSS 1.0 element in <${place === 'RDF' ? 'rdf:RDF' : place}>`, suggestion))
      return
    }
    if (place === 'RDF') {
      const about = element.attributes.find((a) => a.uri === RDF_NS && a.local === 'about')?.value
      if (about === undefined) findings.add(rss1MissingElement, element, `<${element.local}> needs an rdf:about with its URL`)
      else if (element.local === 'item') items.push({ about: about.trim(), at: element })
      for (const name of REQUIRED.get(element.local) ?? []) {
        if (own(element, name).length === 0) findings.add(rss1MissingElement, element, `<${element.local}> needs ${/^[aeiou]/.test(name) ? 'an' : 'a'} <${name}>`)
      }
      if (element.local === 'channel') {
        if (channel) findings.add(rss1UndefinedElement, element, `an RSS 1.0 document has one <channel>; this is another (the first is on line ${channel.line})`)
        else channel = element
      }
    } else if (element.local === 'link' || element.local === 'url') {
      checkFeedUrl(findings, element, `<${place}> <${element.local}>`, element.text.trim())
    } else if (element.local === 'description' && place === 'item') {
      checkContentHtml(findings, element, '<item> <description>', element.text)
    }
  }

  const { root, error } = walkXml(text, { close: (element) => {
    checkElement(element)
    // Checked: drop items from the root so memory stays flat.
    if (element.uri === RSS1_NS && element.local === 'item') return false
  } }, lines)
  if (error) {
    reportNotWellFormed(findings, error)
    return findings.sorted()
  }
  if (root && (root.uri !== RDF_NS || root.local !== 'RDF')) findings.add(rss1UndefinedElement, root, `the root of an RSS 1.0 feed is <rdf:RDF xmlns:rdf="${RDF_NS}">`)
  else if (root && !channel) findings.add(rss1MissingElement, root, `<rdf:RDF> needs a <channel xmlns="${RSS1_NS}">`)
  else if (channel && own(channel, 'items').length > 0) {
    // Without an <items> at all, its absence is the one finding, not one per item.
    const aboutSet = new Set(items.map((item) => item.about))
    const listedSet = new Set(listed.map((entry) => entry.resource))
    for (const item of items) {
      if (!listedSet.has(item.about)) findings.add(rss1ItemsMismatch, item.at, `<item rdf:about="${item.about}"> is not listed in the channel's <items> sequence`)
    }
    for (const entry of listed) {
      if (!aboutSet.has(entry.resource)) findings.add(rss1ItemsMismatch, entry.at, `<items> lists "${entry.resource}" but no <item> has that rdf:about`)
    }
  }
  return findings.sorted()
}
