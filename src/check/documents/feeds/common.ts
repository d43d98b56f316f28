/** Checks the three feed formats share: dates in range, languages, URLs in HTML content. */
import { checkAbsoluteUrl, checkLanguageTag } from '../formats.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import type { XmlElement } from '../xml-tree.js'
import { feedImplausibleDate, feedInvalidLanguage, feedRelativeUrl, feedRelativeUrlInContent, feedUnknownLanguage, feedUnsafeHtml } from './rules.js'
import { XHTML_NS } from '../../../util/namespaces.js'
import type { Position } from '../../../model/types.js'

const DAY = 86_400_000
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1)

/** Warn when a feed date is more than a day after `now` or before 1990 (as the W3C validator does). */
export function checkPlausibleDate(findings: Findings, at: Position, what: string, epochMs: number, options: CheckOptions): void {
  if (epochMs < EARLIEST_PLAUSIBLE) {
    findings.add(feedImplausibleDate, at, `${what} is before 1990; write the real publication date`)
  } else if (options.now !== undefined && epochMs > options.now + DAY) {
    findings.add(feedImplausibleDate, at, `${what} is more than a day after now (${new Date(options.now).toISOString()}); keep scheduled items out of the feed until their time`)
  }
}

/** Report a malformed (error) or unknown (warning) language tag. */
export function checkLanguage(findings: Findings, at: Position, what: string, value: string): void {
  const result = checkLanguageTag(value)
  if (result.ok) return
  if (result.severity === 'error') findings.add(feedInvalidLanguage, at, `${what}: ${result.reason}`)
  else findings.add(feedUnknownLanguage, at, `${what}: ${result.reason}`)
}

/** How strict a format is about URLs. */
export interface UrlPolicy {
  /**
   * RSS requires full URLs (error). Atom allows relative references resolved
   * against the document (RFC 4287 §4.2.7.1), which readers often get wrong:
   * a warning.
   */
  relative: 'error' | 'warning'
}

export const RSS_URLS: UrlPolicy = { relative: 'error' }
export const ATOM_URLS: UrlPolicy = { relative: 'warning' }

/** Schemes that run code or inline data instead of naming a resource. */
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:']

/**
 * Report `value` unless it is an absolute URL. Any scheme that names a
 * resource passes (ftp:, mailto:, urn:, as the W3C validator accepts);
 * javascript:, vbscript: and data: do not. Returns whether it passed.
 */
export function checkFeedUrl(findings: Findings, at: Position, what: string, value: string, policy: UrlPolicy = RSS_URLS): boolean {
  const result = checkAbsoluteUrl(value)
  if (result.ok || result.kind === 'unencoded') return true
  const trimmed = value.trim()
  if (result.kind === 'invalid' && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(trimmed) && !UNSAFE_SCHEMES.some((scheme) => trimmed.toLowerCase().startsWith(scheme))) return true
  findings.add(feedRelativeUrl, at, `${what}: ${result.reason}`, result.kind === 'relative' ? policy.relative : 'error')
  return false
}

const START_TAG = /<[A-Za-z][^>]*>/g
const URL_ATTRIBUTE = /\s(href|src|poster|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/

/** Relative URLs in the `href`, `src`, `poster` and `srcset` attributes of an HTML fragment. */
export function relativeUrlsInHtml(html: string): string[] {
  if (!html.includes('<')) return []
  const found: string[] = []
  for (const [tag] of html.matchAll(START_TAG)) {
    for (const match of tag.matchAll(URL_ATTRIBUTE)) {
      const value = (match[2] ?? match[3] ?? match[4] ?? '').trim()
      const urls = match[1]!.toLowerCase() === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value]
      for (const url of urls) {
        if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) continue
        found.push(url)
      }
    }
  }
  return found
}

export const UNSAFE_ELEMENTS = ['script', 'iframe', 'embed', 'object', 'applet', 'frame', 'frameset', 'meta']
const UNSAFE_ELEMENT = new RegExp(`^<(${UNSAFE_ELEMENTS.join('|')})\\b`, 'i')
export const EVENT_ATTRIBUTE = /\s(on[a-z]+)\s*=/i
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i

/** CSS properties that only change how text and boxes look, which readers keep (after the universal feed parser's list the W3C validator uses). */
const SAFE_CSS_PROPERTIES = new Set([
  'azimuth', 'background', 'background-color', 'border', 'border-collapse', 'border-color', 'border-spacing', 'border-style', 'border-width',
  'clear', 'color', 'cursor', 'direction', 'display', 'elevation', 'float', 'font', 'font-family', 'font-size', 'font-style', 'font-variant',
  'font-weight', 'height', 'letter-spacing', 'line-height', 'list-style-type', 'margin', 'overflow', 'padding', 'pause', 'pause-after',
  'pause-before', 'pitch', 'pitch-range', 'richness', 'speak', 'speak-header', 'speak-numeral', 'speak-punctuation', 'speech-rate', 'stress',
  'text-align', 'text-decoration', 'text-indent', 'unicode-bidi', 'vertical-align', 'voice-family', 'volume', 'white-space', 'width',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [`border-${side}`, `border-${side}-color`, `border-${side}-style`, `border-${side}-width`, `margin-${side}`, `padding-${side}`]),
])
const SAFE_BOX_KEYWORDS = new Set([
  'aqua', 'auto', 'black', 'block', 'blue', 'bold', 'both', 'bottom', 'brown', 'center', 'collapse', 'dashed', 'dotted', 'fuchsia', 'gray',
  'green', '!important', 'italic', 'left', 'lime', 'maroon', 'medium', 'none', 'navy', 'normal', 'nowrap', 'olive', 'pointer', 'purple', 'red',
  'right', 'solid', 'silver', 'teal', 'top', 'transparent', 'underline', 'white', 'yellow',
])
const SAFE_BOX_VALUE = /^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$/

/**
 * What makes an inline style dangerous, or undefined when it only sets colours, fonts, borders and spacing:
 * the W3C validator's DangerousStyleAttr (positioning, url(), expression() and the like can hide text, overlay
 * the reader's interface or load from elsewhere; readers strip such styles).
 */
export function dangerousStyle(style: string): string | undefined {
  if (!/^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$/.test(style) || !/^(\s*[-\w]+\s*:\s*[^:;]*(;|$))*$/.test(style)) return style
  for (const [, property, value] of style.toLowerCase().matchAll(/([-\w]+)\s*:\s*([^:;]*)/g)) {
    if (!SAFE_CSS_PROPERTIES.has(property!)) return property
    if (['background', 'border', 'margin', 'padding'].includes(property!.split('-')[0]!)) {
      const bad = value!.split(/\s+/).find((keyword) => keyword && !SAFE_BOX_KEYWORDS.has(keyword) && !SAFE_BOX_VALUE.test(keyword))
      if (bad) return bad
    }
  }
  return undefined
}
const JAVASCRIPT_URL = /\s(?:href|src)\s*=\s*["']?\s*javascript:/i

/** Markup readers strip or must not run: scripts, frames, objects, event attributes, dangerous styles, javascript: URLs. */
export function unsafeMarkupInHtml(html: string): string[] {
  if (!html.includes('<')) return []
  const found: string[] = []
  for (const [tag] of html.matchAll(START_TAG)) {
    const element = UNSAFE_ELEMENT.exec(tag)
    if (element) found.push(`<${element[1]!.toLowerCase()}>`)
    const event = EVENT_ATTRIBUTE.exec(tag)
    if (event) found.push(`${event[1]!.toLowerCase()}="…"`)
    const style = STYLE_ATTRIBUTE.exec(tag)
    const danger = style ? dangerousStyle(style[1] ?? style[2] ?? style[3] ?? '') : undefined
    if (danger !== undefined) found.push(`style="…${danger}…"`)
    if (JAVASCRIPT_URL.test(tag)) found.push('javascript: URL')
  }
  return [...new Set(found)]
}

/**
 * Check HTML content: relative URLs (unless `baseIsAbsolute`, as with an
 * Atom xml:base) and markup that readers strip or must not run.
 */
export function checkContentHtml(findings: Findings, at: Position, what: string, html: string, baseIsAbsolute = false): void {
  if (!baseIsAbsolute) {
    const relative = relativeUrlsInHtml(html)
    if (relative.length > 0) {
      const shown = relative.slice(0, 3).map((url) => `"${url}"`).join(', ')
      const more = relative.length > 3 ? ` and ${relative.length - 3} more` : ''
      findings.add(feedRelativeUrlInContent, at, `${what} has relative URLs (${shown}${more}); readers show it away from the site, so resolve them against the article URL`)
    }
  }
  const unsafe = unsafeMarkupInHtml(html)
  if (unsafe.length > 0) {
    findings.add(feedUnsafeHtml, at, `${what} contains ${unsafe.join(', ')}; readers strip or block it: sanitize the HTML and turn embeds into links`)
  }
}


/** Inline XHTML (Atom type="xhtml", RSS xhtml:body): the same markup readers strip or must not run. */
export function checkXhtmlElement(findings: Findings, element: XmlElement): void {
  if (element.uri !== XHTML_NS) return
  const problems: string[] = []
  if (UNSAFE_ELEMENTS.includes(element.local.toLowerCase())) problems.push(`<${element.local}>`)
  for (const attribute of element.attributes) {
    if (/^on[a-z]+$/i.test(attribute.local)) problems.push(`${attribute.local}="…"`)
    const danger = attribute.local.toLowerCase() === 'style' ? dangerousStyle(attribute.value) : undefined
    if (danger !== undefined) problems.push(`style="…${danger}…"`)
    if ((attribute.local === 'href' || attribute.local === 'src') && /^\s*javascript:/i.test(attribute.value)) problems.push('javascript: URL')
  }
  if (problems.length) findings.add(feedUnsafeHtml, element, `inline XHTML contains ${problems.join(', ')}; readers strip or block it: sanitize the content`)
}
