/** Atom values with a fixed form: a text construct's `type` (and its xhtml `div`), an e-mail address. */
import { XHTML_NS } from '../../../../util/namespaces.js'
import { isEmail } from '../../formats.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { checkContentHtml } from '../content-html.js'
import { absoluteBase, checkAtomUrl } from './urls.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

/** Raised by `checkAtomEmail`, `checkAtomText` (values.ts). */
export const atomInvalidValue = defineRule({
  id: 'atom/invalid-value',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-3.1.1`,
  description: 'Atom attribute and element values with a fixed form: text `type` is `text`, `html` or `xhtml` (xhtml content wrapped in one `div`); `email` is an e-mail address.',
  docs: {
    why: 'Readers decide how to display text by its type; another value makes them show markup as text or drop it.',
    fix: 'Use `type="html"` for escaped HTML, `type="xhtml"` with a single `<div xmlns="http://www.w3.org/1999/xhtml">` child, or leave plain text untyped.',
  },
})

/** An `<email>` is an address whose domain mail can reach (a domain without a dot: a warning). */
export function checkAtomEmail(findings: Findings, element: XmlElement): void {
  const email = element.text.trim()
  // RFC 2822 §3.4.1: a domain without a dot is a valid addr-spec, just not reachable on the Internet (the validator warns).
  if (/^[^\s@]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(email) && isEmail(`${email}.x`)) {
    findings.add(atomInvalidValue, element, `<email> "${email}" is a valid address form but its domain "${email.split('@')[1]}" has no dot, so mail cannot reach it on the Internet; give the full domain`, 'warning')
  } else if (!isEmail(email)) findings.add(atomInvalidValue, element, `<email> "${email}" is not an e-mail address`)
}

/** Check a text construct (`title`, `subtitle`, `summary`, `rights`, `content`): its type, xhtml wrapper, `src` and HTML. */
export function checkAtomText(findings: Findings, element: XmlElement): void {
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
    if (src !== undefined) checkAtomUrl(findings, element, '<content> src', src)
  }
  if (type === 'html' && (isContent || element.local === 'summary')) {
    checkContentHtml(findings, element, `<${element.local}>`, element.text, absoluteBase(element) !== undefined)
  }
}
