/** Language tags in feeds: RSS `language` and `dc:language`, Atom `xml:lang` and `hreflang`, JSON Feed `language`. */
import type { Position } from '../../../model/types.js'
import { checkLanguageTag } from '../formats.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { W3C } from './w3c.js'

/** Raised by `checkLanguage` (language.ts). */
export const feedInvalidLanguage = defineRule({
  id: 'feed/invalid-language',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  description: 'RSS `language`, Atom `xml:lang` and JSON Feed `language` must be language tags such as `id` or `en-us` (W3C: InvalidLanguage).',
  docs: {
    why: 'Readers and aggregators pick fonts, hyphenation and search indexes by language; `en_US` (an underscore, from a POSIX locale) is not a language tag (jekyll-feed#298).',
    fix: 'Use a BCP 47 tag with hyphens: `en`, `en-us`, `id`, `pt-br`.',
  },
})

/** Raised by `checkLanguage` (language.ts). */
export const feedUnknownLanguage = defineRule({
  id: 'feed/unknown-language',
  severity: 'warning',
  helpUrl: `${W3C}/error/InvalidLanguage.html`,
  description: 'The language tag is well-formed but its language is not a known ISO 639 code.',
  docs: {
    why: 'A typo such as `ind` for `id` passes a shape check but names no language (or the wrong one).',
    fix: 'Use the ISO 639-1 code where one exists (`id` Indonesian, `jv` Javanese, `en` English), else ISO 639-2/3.',
  },
})

/** Report a malformed (error) or unknown (warning) language tag. */
export function checkLanguage(findings: Findings, at: Position, what: string, value: string): void {
  const result = checkLanguageTag(value)
  if (result.ok) return
  if (result.severity === 'error') findings.add(feedInvalidLanguage, at, `${what}: ${result.reason}`)
  else findings.add(feedUnknownLanguage, at, `${what}: ${result.reason}`)
}
