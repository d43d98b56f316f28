/** Localized versions of a page: `<xhtml:link rel="alternate" hreflang="…" href="…"/>` in a `<url>`. */
import { isKnownLanguage } from '../formats.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { attribute, type XmlElement } from '../xml-tree.js'
import { GOOGLE_LOCALIZED } from './sources.js'
import { checkSitemapUrl, type SitemapUrls } from './urls.js'

/** Raised by `checkAlternate` (alternates.ts). */
export const sitemapInvalidHreflang = defineRule({
  id: 'sitemap/invalid-hreflang',
  severity: 'error',
  helpUrl: GOOGLE_LOCALIZED,
  description: '`xhtml:link` hreflang must be `x-default` or an ISO 639-1 language with an optional ISO 3166-1 region (`en`, `de-CH`).',
  docs: {
    why: 'Google ignores alternates with an unknown language code; `english` or `en_GB` are not codes.',
    fix: 'Use a language code with an optional region separated by a hyphen.',
  },
})

/** Raised by `checkAlternate` (alternates.ts). */
export const sitemapMissingAttribute = defineRule({
  id: 'sitemap/missing-attribute',
  severity: 'error',
  helpUrl: GOOGLE_LOCALIZED,
  description: '`xhtml:link` needs `rel="alternate"`, `hreflang` and an absolute `href`.',
  docs: {
    why: 'An alternate without them says nothing Google can use.',
    fix: 'Write `<xhtml:link rel="alternate" hreflang="de" href="https://example.com/de/"/>`.',
  },
})

const HREFLANG = /^(x-default|[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8})*)$/

/** Check an `<xhtml:link>`: rel, href (a URL), hreflang (a language code). */
export function checkAlternate(findings: Findings, urls: SitemapUrls, link: XmlElement): void {
  const rel = attribute(link, 'rel')
  const hreflang = attribute(link, 'hreflang')
  const href = attribute(link, 'href')
  if (rel === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link> needs rel="alternate"')
  if (href === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link> needs an href')
  else checkSitemapUrl(findings, urls, link, '<xhtml:link> href', href, false)
  if (rel === 'alternate' && hreflang === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link rel="alternate"> needs an hreflang')
  if (hreflang !== undefined) {
    if (!HREFLANG.test(hreflang)) {
      findings.add(sitemapInvalidHreflang, link, `hreflang "${hreflang}" is not a language code with an optional region (such as "en" or "de-CH") or "x-default"`)
    } else if (hreflang !== 'x-default' && !isKnownLanguage(hreflang.split('-')[0]!)) {
      findings.add(sitemapInvalidHreflang, link, `hreflang "${hreflang}" does not start with a known ISO 639 language code`, 'warning')
    }
  }
}
