/**
 * Atom 1.0 (RFC 4287) with the W3C Feed Validation Service's checks that
 * matter. Entries are checked as they close and then dropped.
 */
import { ATOM_NS, XHTML_NS } from '../../../util/namespaces.js'
import type { Diagnostic } from '../../../util/diagnostic.js'
import { hint } from '../../../util/did-you-mean.js'
import { checkRfc3339, isEmail } from '../formats.js'
import { Findings, withHint } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { attribute, inheritedXmlAttribute, LineIndex, walkXml, type XmlElement } from '../xml-tree.js'
import { ATOM_URLS, checkContentHtml, checkFeedUrl, checkLanguage, checkPlausibleDate, checkXhtmlElement } from './common.js'
import { checkExtensionElement } from './extensions.js'
import { atomInvalidIri, atomUnexpectedWhitespace, checkNotBlank, feedBlankValue, notIriCharacter } from './atom-value-rules.js'
import {
  feedDuplicateId,
  feedMissingSelfLink,
  xmlNotWellFormed,
} from './rules.js'
import type { Position } from '../../../model/types.js'
import { atomDuplicateElement, atomInvalidDate, atomInvalidId, atomInvalidValue, atomMissingElement, atomUndefinedElement } from './atom-rules.js'

const COMMON = ['author', 'category', 'contributor', 'id', 'link', 'rights', 'title', 'updated']
const ATOM_CHILDREN: Record<string, readonly string[]> = {
  feed: [...COMMON, 'generator', 'icon', 'logo', 'subtitle', 'entry'],
  entry: [...COMMON, 'content', 'published', 'source', 'summary'],
  source: [...COMMON, 'generator', 'icon', 'logo', 'subtitle'],
  author: ['name', 'uri', 'email'],
  contributor: ['name', 'uri', 'email'],
}
const ONCE: Record<string, readonly string[]> = {
  feed: ['generator', 'icon', 'id', 'logo', 'rights', 'subtitle', 'title', 'updated'],
  entry: ['content', 'id', 'published', 'rights', 'source', 'summary', 'title', 'updated'],
  source: ['generator', 'icon', 'id', 'logo', 'rights', 'subtitle', 'title', 'updated'],
  author: ['name', 'uri', 'email'],
  contributor: ['name', 'uri', 'email'],
}
/** Names people carry over from RSS or Atom 0.3, and the Atom 1.0 element meant. */
const ATOM_EQUIVALENTS: Record<string, string> = {
  pubDate: 'published', created: 'published', issued: 'published', modified: 'updated', lastBuildDate: 'updated',
  description: 'summary', guid: 'id', tagline: 'subtitle', copyright: 'rights', url: 'link',
}
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/

function atomChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === ATOM_NS && c.local === local)
}

/** The absolute base URL in scope (xml:base resolved outward), if any. */
function absoluteBase(element: XmlElement): string | undefined {
  const bases = inheritedXmlAttribute(element, 'base')
  let resolved: string | undefined
  for (let i = bases.length - 1; i >= 0; i--) {
    try {
      resolved = new URL(bases[i]!.value, resolved).href
    } catch {
      // a relative base with nothing absolute outside it
    }
  }
  return resolved
}

/** Check an Atom 1.0 document. */
export function checkAtom(text: string, file: string, options: CheckOptions = {}, lines = new LineIndex(text)): Diagnostic[] {
  const findings = new Findings(file)
  const ids = new Map<string, number>()
  const entriesWithoutAuthor: Position[] = []

  const checkUrl = (element: XmlElement, what: string, value: string) => {
    const bad = notIriCharacter(value)
    if (bad !== undefined) {
      const shown = bad === ' ' ? 'a space' : /\s/.test(bad) ? 'a line break or tab' : `"${bad}"`
      findings.add(atomInvalidIri, element, `${what} "${value}" is not an IRI reference: it contains ${shown}; percent-encode it (a space is %20)`)
      return
    }
    const base = absoluteBase(element)
    if (base !== undefined) {
      try {
        checkFeedUrl(findings, element, what, new URL(value, base).href, ATOM_URLS)
        return
      } catch {
        // fall through: report the raw value
      }
    }
    checkFeedUrl(findings, element, what, value, ATOM_URLS)
  }

  const checkOnce = (element: XmlElement) => {
    const once = ONCE[element.local]
    if (!once) return
    const seen = new Set<string>()
    for (const child of element.children) {
      if (child.uri !== ATOM_NS || !once.includes(child.local)) continue
      if (seen.has(child.local)) findings.add(atomDuplicateElement, child, `<${element.local}> may have one <${child.local}>; this is another`)
      seen.add(child.local)
    }
  }

  const checkRequired = (element: XmlElement, names: readonly string[]) => {
    for (const name of names) {
      if (atomChildren(element, name).length === 0) findings.add(atomMissingElement, element, `<${element.local}> needs an <${name}>`)
    }
  }

  const checkEntryOrFeed = (element: XmlElement) => {
    checkRequired(element, ['id', 'title', 'updated'])
    checkOnce(element)
    const id = atomChildren(element, 'id')[0]
    if (id) {
      const value = noWhitespace(id, '<id>', id.text)
      if (!IRI.test(value)) {
        findings.add(atomInvalidId, id, `<id> "${value}" is not an absolute IRI; use the permalink or a tag: URI such as "tag:example.com,2023:story-42"`)
      }
      if (element.local === 'entry' && value !== '') {
        const first = ids.get(value)
        if (first !== undefined) findings.add(feedDuplicateId, id, `entry <id> "${value}" is also used by the entry on line ${first}`)
        else ids.set(value, id.line)
      }
    }
  }

  /** RFC 4287 gives these values no room for whitespace; reports it and returns the value without it. */
  const noWhitespace = (element: XmlElement, what: string, raw: string): string => {
    const value = raw.trim()
    if (value !== raw) findings.add(atomUnexpectedWhitespace, element, `${what} has whitespace around "${value}"; write the value with nothing around it`)
    return value
  }

  const checkElement = (element: XmlElement) => {
    const parent = element.parent
    checkXhtmlElement(findings, element)
    checkExtensionElement(findings, element, options)
    if (element.uri !== ATOM_NS) return
    if (parent && parent.uri === ATOM_NS) {
      const allowed = ATOM_CHILDREN[parent.local]
      if (allowed && !allowed.includes(element.local)) {
        const equivalent = ATOM_EQUIVALENTS[element.local]
        const suggestion = equivalent && allowed.includes(equivalent) ? ` Did you mean "${equivalent}"?` : hint(element.local, allowed)
        findings.add(atomUndefinedElement, element, withHint(`<${element.name}> is not an Atom element in <${parent.local}>`, suggestion))
      }
    }
    const lang = attribute(element, 'xml:lang')
    if (lang !== undefined && lang !== '') checkLanguage(findings, element, 'xml:lang', lang)

    switch (element.local) {
      case 'updated':
      case 'published': {
        noWhitespace(element, `<${element.local}>`, element.text)
        const result = checkRfc3339(element.text)
        if (!result.ok) findings.add(atomInvalidDate, element, `<${element.local}>: ${result.reason}`)
        else checkPlausibleDate(findings, element, `<${element.local}> "${element.text.trim()}"`, result.epochMs, options)
        break
      }
      case 'link': {
        const href = attribute(element, 'href')
        const what = `<link rel="${attribute(element, 'rel') ?? 'alternate'}"> href`
        if (href === undefined) findings.add(atomMissingElement, element, '<link> needs an href')
        else checkUrl(element, what, noWhitespace(element, what, href))
        const hreflang = attribute(element, 'hreflang')
        if (hreflang !== undefined) checkLanguage(findings, element, '<link> hreflang', hreflang)
        break
      }
      case 'icon':
      case 'logo':
      case 'uri':
        checkUrl(element, `<${element.local}>`, noWhitespace(element, `<${element.local}>`, element.text))
        break
      case 'email': {
        const email = element.text.trim()
        // RFC 2822 §3.4.1: a domain without a dot is a valid addr-spec, just not reachable on the Internet (the validator warns).
        if (/^[^\s@]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(email) && isEmail(`${email}.x`)) {
          findings.add(atomInvalidValue, element, `<email> "${email}" is a valid address form but its domain "${email.split('@')[1]}" has no dot, so mail cannot reach it on the Internet; give the full domain`, 'warning')
        } else if (!isEmail(email)) findings.add(atomInvalidValue, element, `<email> "${email}" is not an e-mail address`)
        break
      }
      case 'category': {
        const term = attribute(element, 'term')
        if (term === undefined) findings.add(atomMissingElement, element, '<category> needs a term attribute')
        else if (term.trim() === '') findings.add(feedBlankValue, element, '<category> term is empty')
        const scheme = attribute(element, 'scheme')
        if (scheme !== undefined) checkUrl(element, '<category> scheme', scheme)
        break
      }
      case 'generator': {
        const uri = attribute(element, 'uri')
        if (uri !== undefined) checkUrl(element, '<generator> uri', uri)
        break
      }
      case 'source':
        checkOnce(element)
        break
      case 'author':
      case 'contributor':
        checkOnce(element)
        if (atomChildren(element, 'name').length === 0) findings.add(atomMissingElement, element, `<${element.local}> needs a <name>`)
        break
      case 'content':
      case 'title':
      case 'subtitle':
      case 'summary':
      case 'rights':
        if (element.local !== 'rights' && element.local !== 'summary' && attribute(element, 'src') === undefined) checkNotBlank(findings, element, `<${element.local}>`)
        checkText(element)
        break
      case 'entry':
        checkEntry(element)
        break
      case 'feed':
        checkFeed(element)
        break
    }
  }

  const checkText = (element: XmlElement) => {
    const type = attribute(element, 'type') ?? 'text'
    const isContent = element.local === 'content'
    if (!['text', 'html', 'xhtml'].includes(type) && !(isContent && type.includes('/'))) {
      findings.add(atomInvalidValue, element, `<${element.local}> type must be "text", "html" or "xhtml"${isContent ? ' (or a MIME type)' : ''}, not "${type}"`)
    }
    if (type === 'xhtml') {
      const divs = element.children.filter((c) => c.uri === XHTML_NS && c.local === 'div')
      if (divs.length !== 1 || element.children.length !== 1) {
        findings.add(atomInvalidValue, element, `<${element.local} type="xhtml"> must hold exactly one <div xmlns="http://www.w3.org/1999/xhtml">`)
      }
    }
    if (isContent) {
      const src = attribute(element, 'src')
      if (src !== undefined) checkUrl(element, '<content> src', src)
    }
    if (type === 'html' && (isContent || element.local === 'summary')) {
      checkContentHtml(findings, element, `<${element.local}>`, element.text, absoluteBase(element) !== undefined)
    }
  }

  const checkEntry = (entry: XmlElement) => {
    checkEntryOrFeed(entry)
    const hasContent = atomChildren(entry, 'content').length > 0
    const alternate = atomChildren(entry, 'link').some((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate')
    if (!hasContent && !alternate) findings.add(atomMissingElement, entry, '<entry> without <content> needs a <link rel="alternate">')
    const source = atomChildren(entry, 'source')[0]
    const hasAuthor = atomChildren(entry, 'author').length > 0 || (source !== undefined && atomChildren(source, 'author').length > 0)
    if (!hasAuthor) entriesWithoutAuthor.push({ line: entry.line, column: entry.column })
  }

  const checkFeed = (feed: XmlElement) => {
    checkEntryOrFeed(feed)
    if (atomChildren(feed, 'author').length === 0) {
      for (const at of entriesWithoutAuthor) {
        findings.add(atomMissingElement, at, '<entry> needs an <author> (or the <feed> one for all entries)')
      }
    }
    const selfLinks = atomChildren(feed, 'link').filter((link) => attribute(link, 'rel') === 'self')
    if (selfLinks.length === 0) {
      findings.add(feedMissingSelfLink, feed, '<feed> has no <link rel="self">; add <link rel="self" href="https://…/atom.xml"/>')
    }
  }

  const { root, error } = walkXml(
    text,
    {
      close(element) {
        checkElement(element)
        if (element.uri === ATOM_NS && element.local === 'entry' && element.parent?.local === 'feed') return false
      },
    },
    lines,
  )
  if (error) {
    findings.add(xmlNotWellFormed, error, `not well-formed XML: ${error.message}`)
    return findings.sorted()
  }
  if (root && (root.uri !== ATOM_NS || root.local !== 'feed')) {
    findings.add(atomUndefinedElement, root, `the root must be <feed xmlns="${ATOM_NS}">, not <${root.name}>${root.local === 'feed' ? ` in namespace "${root.uri}"` : ''}`)
  }
  return findings.sorted()
}
