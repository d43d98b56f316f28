/** What RSS says once: elements that may not repeat, and pairs of RSS and Dublin Core elements that say the same. */
import { DC_NS } from '../../../../util/namespaces.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { W3C } from '../w3c.js'
import { rssChildren } from './children.js'

/** Raised by `checkRssOnce`, `checkOneChannel` (duplicates.ts). */
export const rssDuplicateElement = defineRule({
  id: 'rss/duplicate-element',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  description: 'RSS elements that describe the channel, an item, the image or the text input once (`title`, `link`, `description`, `pubDate`, `guid`, …) must not repeat; nor `dc:date` and `dc:language` (W3C: DuplicateElement).',
  docs: {
    why: 'Readers keep the first or the last of two titles or dates, unpredictably; a second `<channel>` is ignored.',
    fix: 'Remove the repeated element; use `category` (which may repeat) for several topics.',
  },
})

/** Raised by `checkDuplicateSemantics` (duplicates.ts). */
export const rssDuplicateSemantics = defineRule({
  id: 'rss/duplicate-semantics',
  severity: 'warning',
  helpUrl: `${W3C}/warning/DuplicateItemSemantics.html`,
  description: 'An item or channel should not say the same thing twice in two vocabularies: `author` and `dc:creator`, `pubDate` and `dc:date`, `category` and `dc:subject`, `source` and `dc:source`, `language` and `dc:language`, `copyright` and `dc:rights` (W3C: DuplicateItemSemantics, DuplicateSemantics).',
  docs: {
    why: 'Readers pick one of the two, and when they differ (an e-mail in `author`, a name in `dc:creator`) users see the wrong one.',
    fix: 'Keep one of each pair: `dc:creator` (one per person) rather than `author`, `pubDate` rather than `dc:date`.',
  },
})

/** Elements that appear at most once in their parent (RSS 2.0, and Dublin Core's date and language), by parent. */
const ONCE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  channel: [
    'title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate', 'lastBuildDate',
    'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput', 'skipHours', 'skipDays',
  ],
  item: ['title', 'link', 'description', 'author', 'comments', 'guid', 'pubDate', 'source'],
  image: ['url', 'title', 'link', 'width', 'height', 'description'],
  textInput: ['title', 'description', 'name', 'link'],
}))
const DC_ONCE = ['date', 'language']

/** RSS element and the Dublin Core element that says the same, in an item and in the channel. */
const SAME_MEANING = {
  item: [['author', 'creator'], ['pubDate', 'date'], ['category', 'subject'], ['source', 'source']],
  channel: [['language', 'language'], ['copyright', 'rights'], ['pubDate', 'date'], ['managingEditor', 'creator'], ['webMaster', 'publisher']],
} as const

/** Report the second of any child that `element` (an RSS channel, item, image or text input) may hold once. */
export function checkRssOnce(findings: Findings, element: XmlElement): void {
  const once = element.uri === '' ? ONCE.get(element.local) : undefined
  if (!once) return
  const seen = new Set<string>()
  for (const child of element.children) {
    const key = child.uri === '' && once.includes(child.local) ? child.local : child.uri === DC_NS && DC_ONCE.includes(child.local) ? `dc:${child.local}` : undefined
    if (key === undefined) continue
    if (seen.has(key)) findings.add(rssDuplicateElement, child, `<${element.local}> may have one <${child.name}>; this is another`)
    seen.add(key)
  }
}

/** An `<rss>` root holds one `<channel>`. */
export function checkOneChannel(findings: Findings, root: XmlElement): void {
  const channels = rssChildren(root, 'channel')
  if (channels.length > 1) findings.add(rssDuplicateElement, channels[1]!, '<rss> holds one <channel>; this is a second one')
}

/** Report an item or channel that has both an RSS element and its Dublin Core twin (at the later of the two). */
export function checkDuplicateSemantics(findings: Findings, element: XmlElement, kind: keyof typeof SAME_MEANING): void {
  for (const [rss, dc] of SAME_MEANING[kind]) {
    const own = element.children.find((c) => c.uri === '' && c.local === rss)
    const other = element.children.find((c) => c.uri === DC_NS && c.local === dc)
    if (own && other) {
      findings.add(rssDuplicateSemantics, own.line > other.line ? own : other, `<${element.local}> has both <${rss}> and <${other.name}>, which say the same; keep one`)
    }
  }
}
