/** Absolute URLs in feeds: links, guids used as permalinks, enclosure, image and self URLs. */
import type { Position } from '../../../model/types.js'
import { checkAbsoluteUrl } from '../formats.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { W3C } from './w3c.js'

/** Raised by `checkFeedUrl` (urls.ts). */
export const feedRelativeUrl = defineRule({
  id: 'feed/relative-url',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidFullLink.html`,
  description: 'Links, guids used as permalinks, enclosure, image and self URLs must be absolute http(s) URLs (W3C: InvalidFullLink, RelativeSelf).',
  docs: {
    why: 'A feed is read away from the site, so a reader has no page to resolve `/2023/10/story/` against; most readers drop or mangle relative links.',
    fix: 'Write every URL with scheme and host (`https://example.com/2023/10/story/`); in Atom an absolute `xml:base` also works.',
  },
})

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
