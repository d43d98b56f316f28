/** RSS 2.0 contacts: `author`, `managingEditor` and `webMaster` hold an e-mail address with the name in parentheses. */
import { parseRssContact } from '../../formats.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { W3C } from '../w3c.js'

/** Raised by `checkRssContact` (contacts.ts). */
export const rssAuthorNotEmail = defineRule({
  id: 'rss/author-not-email',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidContact.html`,
  description: 'RSS `author`, `managingEditor` and `webMaster` hold an e-mail address, optionally with the name in parentheses (W3C: InvalidContact).',
  docs: {
    why: 'RSS 2.0 defines these as e-mail addresses; a bare name is invalid and was the most common feed complaint (jpmonette/feed#241).',
    fix: 'Put names in `<dc:creator>` (declare `xmlns:dc="http://purl.org/dc/elements/1.1/"`); use `<author>` only as `newsroom@example.com (Jane Doe)`.',
  },
})

/** Raised by `checkRssContact` (contacts.ts). */
export const rssAuthorMissingName = defineRule({
  id: 'rss/author-missing-name',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingRealName.html`,
  description: 'An RSS contact that is only an e-mail address should carry the person\'s name: `email (Name)` (W3C: MissingRealName).',
  docs: {
    why: 'Readers show the contact as the byline; a bare address says nothing about who wrote the item.',
    fix: 'Write `jane@example.com (Jane Doe)`, or use `dc:creator` for the name.',
  },
})

/** Check a contact element: an e-mail address, with the person's name. */
export function checkRssContact(findings: Findings, element: XmlElement): void {
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
