/** Which elements RSS 2.0 (and the content, Dublin Core and Atom vocabularies it borrows) defines, and where. */
import { ATOM_NS, CONTENT_NS, DC_NS } from '../../../../util/namespaces.js'
import { hint } from '../../../../util/did-you-mean.js'
import { withHint, type Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { W3C } from '../w3c.js'

/** Raised by `checkRssElementDefined` (undefined-elements.ts). */
export const rssUndefinedElement = defineRule({
  id: 'rss/undefined-element',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  description: 'Elements without a namespace must be RSS 2.0 elements in their place; `content:` and `dc:` elements must exist in those modules (W3C: UndefinedElement).',
  docs: {
    why: 'Readers ignore unknown elements, so the data is lost: a channel `<author>` (the `rss` npm package writes one), `<pubdate>` instead of `<pubDate>`, an item `<image>`.',
    fix: 'Use the RSS 2.0 element (the message suggests the closest), or put extensions in their own namespace (`dc:creator`, `media:content`).',
  },
})

/** RSS 2.0's elements (no namespace), by parent (a Map: element names are the feed's, `constructor` included). */
const RSS_CHILDREN: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
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
}))
const CONTENT_ELEMENTS = ['encoded']
const DC_ELEMENTS = [
  'title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type', 'format',
  'identifier', 'source', 'language', 'relation', 'coverage', 'rights',
]
const ATOM_ELEMENTS = [
  'feed', 'entry', 'id', 'title', 'updated', 'published', 'author', 'contributor', 'name', 'uri', 'email',
  'link', 'category', 'content', 'summary', 'rights', 'source', 'subtitle', 'generator', 'icon', 'logo',
]

/** Report `element` if its vocabulary does not define it where it is (raw markup in a title or description included). */
export function checkRssElementDefined(findings: Findings, element: XmlElement): void {
  const parent = element.parent
  if (!parent) return
  if (element.uri === '') {
    if (parent.uri !== '') return // inside an extension element: its own business
    const allowed = RSS_CHILDREN.get(parent.local)
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
