/**
 * HTML inside feeds (RSS description and content:encoded, Atom content and
 * summary, JSON Feed content_html, inline XHTML): readers show it away from
 * the site and strip what could run, so URLs must be absolute and the markup safe.
 */
import type { Position } from '../../../model/types.js'
import { XHTML_NS } from '../../../util/namespaces.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { W3C } from './w3c.js'

/** Raised by `checkContentHtml` (content-html.ts). */
export const feedRelativeUrlInContent = defineRule({
  id: 'feed/relative-url-in-content',
  severity: 'warning',
  helpUrl: `${W3C}/warning/ContainsRelRef.html`,
  description: 'HTML content (RSS description / content:encoded, Atom content and summary, JSON Feed content_html) should use absolute URLs in href, src, srcset and poster (W3C: ContainsRelRef).',
  docs: {
    why: 'Readers show the content outside the site; images and links with relative URLs break (jekyll-feed#185, docusaurus#9136). The W3C validator does not look at `srcset`, readers still break on it.',
    fix: 'Resolve every `href`, `src`, `srcset` and `poster` against the article URL when writing the feed.',
  },
})

/** Raised by `checkContentHtml`, `checkXhtmlElement` (content-html.ts). */
export const feedUnsafeHtml = defineRule({
  id: 'feed/unsafe-html',
  severity: 'warning',
  helpUrl: `${W3C}/warning/SecurityRisk.html`,
  description: 'HTML content should not carry scripts, frames, embedded objects, `on…` event attributes, styles beyond colours, fonts, borders and spacing, or `javascript:` URLs (W3C: SecurityRisk, SecurityRiskAttr, DangerousStyleAttr).',
  docs: {
    why: 'Readers strip them (so embeds silently vanish) or, worse, run them; aggregators such as MSN reject items that carry them.',
    fix: 'Sanitize feed HTML: drop `script`, `style`, `on…` attributes; turn iframes and social embeds into links.',
  },
})

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
