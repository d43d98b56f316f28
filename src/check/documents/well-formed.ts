/** Whether an XML file parses at all: the one rule every feed and sitemap checker raises first. */
import type { Findings } from './findings.js'
import { defineRule } from '../../util/rule.js'
import type { XmlSyntaxError } from './xml-tree.js'

/** Raised by `reportNotWellFormed` (well-formed.ts). */
export const xmlNotWellFormed = defineRule({
  id: 'xml/not-well-formed',
  severity: 'error',
  helpUrl: 'https://www.w3.org/TR/xml/#sec-well-formed',
  description: 'The file must be well-formed XML (W3C feed validator: SAXError); feed readers and sitemap crawlers reject it otherwise.',
  docs: {
    why: 'An XML parser stops at the first well-formedness error, so nothing after it is read: a raw `&`, an undefined entity such as `&nbsp;`, a control character, `]]>` inside CDATA or an undeclared namespace prefix (`content:encoded` without `xmlns:content`) makes the whole file unreadable.',
    fix: 'Escape `&` `<` `>` in text (`&amp;` `&lt;` `&gt;`), use numeric references instead of HTML entities (`&#160;`), drop control characters, split `]]>` inside CDATA, and declare every namespace prefix on the root element.',
  },
})

/** Report the error `walkXml` stopped at (the walk read nothing after it, so it is the file's only finding of its kind). */
export function reportNotWellFormed(findings: Findings, error: XmlSyntaxError): void {
  findings.add(xmlNotWellFormed, error, `not well-formed XML: ${error.message}`)
}
