/** Rules of Atom 1.0 (RFC 4287, after the W3C feed validator); the rules about single values are in atom-value-rules.ts. */
import { defineRule, type RuleMeta } from '../rule.js'
import { W3C } from './rules.js'

const ATOM_SPEC = 'https://www.rfc-editor.org/rfc/rfc4287'

/** Raised by `checkAtom › checkRequired`, `checkAtom › checkElement`, `checkAtom › checkEntry`, `checkAtom › checkFeed` (atom.ts). */
export const atomMissingElement = defineRule({
  id: 'atom/missing-element',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.1.1`,
  description: 'Atom required elements: `feed` and each `entry` with `id`, `title`, `updated`; an `author` on each entry or the feed; `author` with `name`; an entry without `content` needs `link rel="alternate"`; `link` needs `href` (RFC 4287; W3C: MissingElement).',
  docs: {
    why: 'RFC 4287 makes them mandatory; readers cannot identify, date or attribute an entry without them.',
    fix: 'Add the element the message names.',
  },
})

/** Raised by `checkAtom › checkElement`, `checkAtom` (atom.ts). */
export const atomUndefinedElement = defineRule({
  id: 'atom/undefined-element',
  severity: 'error',
  helpUrl: `${W3C}/error/UndefinedElement.html`,
  description: 'Elements in the Atom namespace must be Atom elements allowed in their parent (W3C: UndefinedElement).',
  docs: {
    why: 'Readers ignore unknown Atom elements, so their data is lost (`<pubDate>` or `<description>` copied from RSS, `<created>` from Atom 0.3).',
    fix: 'Use the Atom element the message suggests (`published`, `summary`), or move extensions into their own namespace.',
  },
})

/** Raised by `checkAtom › checkElement` (atom.ts). */
export const atomInvalidDate = defineRule({
  id: 'atom/invalid-date',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidRFC3339Date.html`,
  description: 'Atom `updated` and `published` must be RFC 3339 date-times with a time zone that exist (W3C: InvalidRFC3339Date).',
  docs: {
    why: 'Readers sort and detect changes by these dates; a date without time or zone, or an RFC 822 date, is rejected.',
    fix: 'Write `2023-10-11T09:30:00+07:00` (or with `Z`).',
  },
})

/** Raised by `checkAtom › checkEntryOrFeed` (atom.ts). */
export const atomInvalidId = defineRule({
  id: 'atom/invalid-id',
  severity: 'error',
  helpUrl: `${ATOM_SPEC}#section-4.2.6`,
  description: 'Atom `id` must be an absolute IRI, such as a `tag:` URI, `urn:uuid:` or the permalink (RFC 4287 §4.2.6; W3C: InvalidFullLink).',
  docs: {
    why: 'The id identifies the entry forever across feeds; a relative or bare value is not an IRI and may collide with other feeds\' ids.',
    fix: 'Use the absolute permalink, or `tag:example.com,2023:story-42`.',
  },
})

/** Raised by `checkAtom › checkElement`, `checkAtom › checkText` (atom.ts). */
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

/** Raised by `checkAtom › checkOnce` (atom.ts). */
export const atomDuplicateElement = defineRule({
  id: 'atom/duplicate-element',
  severity: 'error',
  helpUrl: `${W3C}/error/DuplicateElement.html`,
  description: 'Atom elements that may appear once (`id`, `title`, `updated`, `published`, `content`, `summary`, …) must not repeat (W3C: DuplicateElement).',
  docs: {
    why: 'RFC 4287 allows one; readers keep the first or the last, unpredictably.',
    fix: 'Remove the repeated element.',
  },
})

export const ATOM_RULES: readonly RuleMeta[] = [
  atomMissingElement,
  atomUndefinedElement,
  atomInvalidDate,
  atomInvalidId,
  atomInvalidValue,
  atomDuplicateElement,
]
