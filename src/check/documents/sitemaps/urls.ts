/** Sitemap URLs: absolute, valid and encoded, not too long, all on the site's host, each listed once. */
import type { Position } from '../../../model/types.js'
import { checkAbsoluteUrl } from '../formats.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { SITEMAP_LIMITS } from './limits.js'
import { GOOGLE_BUILD, PROTOCOL } from './sources.js'

/** Raised by `checkSitemapUrl` (urls.ts). */
export const sitemapRelativeUrl = defineRule({
  id: 'sitemap/relative-url',
  severity: 'error',
  helpUrl: GOOGLE_BUILD,
  description: 'Sitemap URLs (`loc`, `image:loc`, `xhtml:link href`) must be fully qualified absolute http(s) URLs.',
  docs: {
    why: 'Google: "Use fully-qualified, absolute URLs"; the XSD accepts a relative `/world/story` but crawlers cannot fetch it.',
    fix: 'Write the scheme and host: `https://example.com/world/story`.',
  },
})

/** Raised by `checkSitemapUrl` (urls.ts). */
export const sitemapInvalidUrl = defineRule({
  id: 'sitemap/invalid-url',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Sitemap URLs must be valid RFC 3986 URLs of at most 2,048 characters: no raw spaces, quotes or angle brackets.',
  docs: {
    why: 'sitemaps.org requires escaped URLs; libxml2\'s anyURI check is lax, so the XSD lets a raw space through.',
    fix: 'Percent-encode the characters the message names (a space is `%20`) and keep URLs under 2,048 characters.',
  },
})

/** Raised by `checkSitemapUrl` (urls.ts). */
export const sitemapUnencodedUrl = defineRule({
  id: 'sitemap/unencoded-url',
  severity: 'warning',
  helpUrl: PROTOCOL,
  description: 'Non-ASCII characters in sitemap URLs should be percent-encoded UTF-8 (`%C3%BC` rather than `ü`).',
  docs: {
    why: 'sitemaps.org asks for URL-escaped locations; crawlers and tools differ on raw IRIs.',
    fix: 'Percent-encode the URL once (the message shows the encoded form).',
  },
})

/** Raised by `checkSitemapUrl` (urls.ts). */
export const sitemapOtherHost = defineRule({
  id: 'sitemap/other-host',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'All URLs in a sitemap must use the same scheme and host as the site (the `--site-url`, or the first URL in the file).',
  docs: {
    why: 'sitemaps.org and Google ignore URLs on another host unless cross-site submission is verified; a stray host is usually a staging or CDN leak.',
    fix: 'List only the site\'s own URLs; put other hosts in their own sitemaps.',
  },
})

/** Raised by `checkListedOnce` (urls.ts). */
export const sitemapDuplicateUrl = defineRule({
  id: 'sitemap/duplicate-url',
  severity: 'warning',
  helpUrl: GOOGLE_BUILD,
  description: 'A URL should be listed once per sitemap.',
  docs: {
    why: 'Duplicates waste the 50,000-URL budget and, with different lastmod values, tell crawlers two stories.',
    fix: 'Deduplicate the entries (normalise trailing slashes and query strings first).',
  },
})

/** What one sitemap's URL checks remember: the origin all URLs must share, and the locs listed so far. */
export interface SitemapUrls {
  /** The site's origin (from `--site-url`), else that of the file's first URL once seen. */
  origin: { origin: string; from: string } | undefined
  /** Each `<loc>` so far, with its line. */
  seen: Map<string, number>
}

/** The URL state of a new sitemap check; URLs must be on `siteUrl`'s host when it is given (and usable). */
export function sitemapUrls(siteUrl: string | undefined): SitemapUrls {
  let origin: SitemapUrls['origin']
  if (siteUrl) {
    try {
      origin = { origin: new URL(siteUrl).origin, from: 'the site URL' }
    } catch {
      // an unusable site URL is the caller's problem; fall back to the first loc
    }
  }
  return { origin, seen: new Map() }
}

/** Check a URL (named `what`) of the sitemap; `sameHost`: it must be on the site's host (a `<loc>`, not an image or video URL). */
export function checkSitemapUrl(findings: Findings, urls: SitemapUrls, at: Position, what: string, value: string, sameHost: boolean): void {
  const result = checkAbsoluteUrl(value)
  if (!result.ok) {
    if (result.kind === 'relative') findings.add(sitemapRelativeUrl, at, `${what}: ${result.reason}`)
    else if (result.kind === 'invalid') findings.add(sitemapInvalidUrl, at, `${what}: ${result.reason}`)
    else findings.add(sitemapUnencodedUrl, at, `${what}: ${result.reason}`)
  }
  if (value.trim().length > SITEMAP_LIMITS.urlLength) {
    findings.add(sitemapInvalidUrl, at, `${what} is ${value.trim().length} characters long; the limit is ${SITEMAP_LIMITS.urlLength}`)
  }
  const url = result.url
  if (!sameHost || !url) return
  if (!urls.origin) urls.origin = { origin: url.origin, from: `the first URL in the file` }
  else if (url.origin !== urls.origin.origin) {
    findings.add(sitemapOtherHost, at, `${what} "${value.trim()}" is on ${url.origin}, not ${urls.origin.origin} (${urls.origin.from}); a sitemap lists one site's URLs`)
  }
}

/** Report a `<loc>` (with trimmed `value`) listed before in the file. */
export function checkListedOnce(findings: Findings, urls: SitemapUrls, loc: XmlElement, value: string): void {
  const first = urls.seen.get(value)
  if (first !== undefined) findings.add(sitemapDuplicateUrl, loc, `"${value}" is already listed on line ${first}`)
  else urls.seen.set(value, loc.line)
}
