/**
 * Atom 1.0 (RFC 4287) with the W3C Feed Validation Service's checks that
 * matter. Entries are checked as they close and then dropped. Each rule is
 * defined beside the check that raises it, in this folder by concern; this
 * walker says which checks each element gets, in the order of its findings
 * (ties at one element keep that order).
 */
import type { Position } from '../../../../model/types.js'
import { ATOM_NS } from '../../../../util/namespaces.js'
import type { Diagnostic } from '../../../../util/diagnostic.js'
import { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { reportNotWellFormed } from '../../well-formed.js'
import { attribute, LineIndex, walkXml, type XmlElement } from '../../xml-tree.js'
import { checkNotBlank, checkNotBlankValue } from '../blank-value.js'
import { checkXhtmlElement } from '../content-html.js'
import { checkExtensionElement } from '../extensions.js'
import { checkLanguage } from '../language.js'
import { checkAtomSelfLink } from '../self-link.js'
import { checkAtomDate } from './dates.js'
import { checkAtomOnce } from './duplicates.js'
import { checkAtomId } from './ids.js'
import { checkEntryAuthors, checkEntryContentOrLink, checkPersonName, checkRequiredChildren, entryHasAuthor, requiredAttribute } from './required.js'
import { checkAtomElementDefined, checkAtomRoot } from './undefined-elements.js'
import { checkAtomUrl } from './urls.js'
import { checkAtomEmail, checkAtomText } from './values.js'
import { withoutWhitespace } from './whitespace.js'

/** What the check of one feed keeps while entries come and go. */
interface AtomState {
  findings: Findings
  options: CheckOptions
  /** Entry ids so far, with their lines. */
  ids: Map<string, number>
  /** Entries (dropped since) without an author of their own: the feed's may stand in, known only at its end. */
  entriesWithoutAuthor: Position[]
}

/** Check an Atom 1.0 document. */
export function checkAtom(text: string, file: string, options: CheckOptions = {}, lines = new LineIndex(text)): Diagnostic[] {
  const state: AtomState = { findings: new Findings(file), options, ids: new Map(), entriesWithoutAuthor: [] }
  const { root, error } = walkXml(
    text,
    {
      close(element) {
        checkElement(state, element)
        if (element.uri === ATOM_NS && element.local === 'entry' && element.parent?.local === 'feed') return false
      },
    },
    lines,
  )
  if (error) reportNotWellFormed(state.findings, error)
  else if (root) checkAtomRoot(state.findings, root)
  return state.findings.sorted()
}

/** The checks of one element, as it closes. */
function checkElement(state: AtomState, element: XmlElement): void {
  const { findings, options } = state
  checkXhtmlElement(findings, element)
  checkExtensionElement(findings, element, options)
  if (element.uri !== ATOM_NS) return
  checkAtomElementDefined(findings, element)
  const lang = attribute(element, 'xml:lang')
  if (lang !== undefined && lang !== '') checkLanguage(findings, element, 'xml:lang', lang)

  switch (element.local) {
    case 'updated':
    case 'published':
      checkAtomDate(findings, element, options)
      break
    case 'link': {
      const what = `<link rel="${attribute(element, 'rel') ?? 'alternate'}"> href`
      const href = requiredAttribute(findings, element, 'href', '<link> needs an href')
      if (href !== undefined) checkAtomUrl(findings, element, what, withoutWhitespace(findings, element, what, href))
      const hreflang = attribute(element, 'hreflang')
      if (hreflang !== undefined) checkLanguage(findings, element, '<link> hreflang', hreflang)
      break
    }
    case 'icon':
    case 'logo':
    case 'uri':
      checkAtomUrl(findings, element, `<${element.local}>`, withoutWhitespace(findings, element, `<${element.local}>`, element.text))
      break
    case 'email':
      checkAtomEmail(findings, element)
      break
    case 'category': {
      const term = requiredAttribute(findings, element, 'term', '<category> needs a term attribute')
      if (term !== undefined) checkNotBlankValue(findings, element, '<category> term', term)
      const scheme = attribute(element, 'scheme')
      if (scheme !== undefined) checkAtomUrl(findings, element, '<category> scheme', scheme)
      break
    }
    case 'generator': {
      const uri = attribute(element, 'uri')
      if (uri !== undefined) checkAtomUrl(findings, element, '<generator> uri', uri)
      break
    }
    case 'source':
      checkAtomOnce(findings, element)
      break
    case 'author':
    case 'contributor':
      checkAtomOnce(findings, element)
      checkPersonName(findings, element)
      break
    case 'content':
    case 'title':
    case 'subtitle':
    case 'summary':
    case 'rights':
      if (element.local !== 'rights' && element.local !== 'summary' && attribute(element, 'src') === undefined) checkNotBlank(findings, element, `<${element.local}>`)
      checkAtomText(findings, element)
      break
    case 'entry':
      checkEntryOrFeed(state, element)
      checkEntryContentOrLink(findings, element)
      if (!entryHasAuthor(element)) state.entriesWithoutAuthor.push({ line: element.line, column: element.column })
      break
    case 'feed':
      checkEntryOrFeed(state, element)
      checkEntryAuthors(findings, element, state.entriesWithoutAuthor)
      checkAtomSelfLink(findings, element)
      break
  }
}

/** What a feed and an entry share: required children, each once, the id. */
function checkEntryOrFeed(state: AtomState, element: XmlElement): void {
  checkRequiredChildren(state.findings, element)
  checkAtomOnce(state.findings, element)
  checkAtomId(state.findings, element, state.ids)
}
