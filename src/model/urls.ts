/**
 * URLs and IRIs: resolved against the site, percent-encoded exactly once
 * (a Japanese slug, an image path with a space), valid RFC 3986 afterwards.
 */
import { DatelineError } from '../util/diagnostic.js'

// What RFC 3986 allows outside percent-escapes: unreserved + reserved.
const URI_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/
const URI_CHARS_ONLY = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/

/** Percent-encode every character RFC 3986 does not allow; keep existing `%XX` escapes as they are. */
export function encodeUriComponentsOnce(text: string): string {
  // The common case, nothing to encode, without building the text again a character at a time.
  if (URI_CHARS_ONLY.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '%') {
      out += /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3)) ? '%' : '%25'
    } else if (URI_CHAR.test(char)) {
      out += char
    } else {
      const code = text.codePointAt(i)!
      const symbol = String.fromCodePoint(code)
      if (code > 0xffff) i++
      // Lone surrogates cannot be UTF-8 encoded; they are dropped.
      if (code >= 0xd800 && code <= 0xdfff) continue
      out += encodeURIComponent(symbol)
    }
  }
  return out
}

/** The only URL schemes dateline accepts in its input and writes into its output. */
export const URL_SCHEMES = ['http:', 'https:'] as const

export type HttpUrlResult = { ok: true; url: string } | { ok: false; reason: string }

/**
 * The first line of defence for every URL a user gives (config, authors,
 * frontmatter): resolve it against `base` as a browser would (whitespace and
 * case in the scheme do not hide it) and accept only http(s). Returns the URL
 * percent-encoded once, or why it was refused.
 */
export function resolveHttpUrl(value: string, base: string): HttpUrlResult {
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return { ok: false, reason: `${JSON.stringify(value)} is not a URL` }
  }
  if (!(URL_SCHEMES as readonly string[]).includes(url.protocol)) {
    return { ok: false, reason: `${JSON.stringify(value)} is a ${url.protocol} URL; only http(s) URLs are accepted (absolute, or relative to site.url)` }
  }
  // `resolveUrl` parses the trimmed value: the same URL unless trimming removed more than the URL parser strips
  // (a no-break space), and then perhaps no URL at all ("\u00a0//" is a path, "//" is not).
  if (value === value.trim()) return { ok: true, url: encodedUrl(url) }
  try {
    return { ok: true, url: resolveUrl(value, base) }
  } catch {
    return { ok: false, reason: `${JSON.stringify(value)} is not a URL` }
  }
}

/**
 * The second line of defence: every `href`, `src`, `<loc>`, `<link>`, `url`
 * and `@id` an emitter writes goes through this. It returns `url` unchanged
 * when it is an absolute http(s) URL written plainly (lowercase scheme, no
 * whitespace or control characters a browser would skip), and throws
 * otherwise, so a URL that escaped validation (or came from a hand-built
 * `Article`) can never become a script link.
 */
export function safeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^https?:\/\/[^\s\u0000-\u001f\u007f/?#]/.test(url) && !/[\s\u0000-\u001f\u007f]/.test(url) && isAbsoluteHttpUrl(url)) return url
  throw new UnsafeUrlError(url)
}

/** Thrown by `safeUrl`: an emitter was handed a URL that is not absolute http(s). */
export class UnsafeUrlError extends DatelineError {
  constructor(readonly url: string) {
    super(`refused to write the URL ${JSON.stringify(url.slice(0, 200))}: only absolute http(s) URLs reach the output`, 1)
    this.name = 'UnsafeUrlError'
  }
}

/**
 * An article's URL: the site URL (origin and base path, ending with `/`)
 * followed by the encoded permalink path. Concatenated, never resolved as a
 * relative URL: a path segment such as `javascript:` stays a path segment.
 */
export function articleUrl(siteUrl: string, path: string): string {
  return safeUrl(`${siteUrl}${path.replace(/^\/+/, '')}`)
}

/** Whether `value` parses as an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Resolve `value` (absolute, root-relative, or relative) against `base` and
 * return it percent-encoded exactly once. Throws on a value that is no URL.
 */
export function resolveUrl(value: string, base: string): string {
  return encodedUrl(new URL(value.trim(), base))
}

/** A parsed URL written back with its path, query and fragment percent-encoded once. */
function encodedUrl(url: URL): string {
  // WHATWG URL leaves some RFC 3986-illegal characters (| ^ [ ] in paths, lone %) raw; finish the job.
  const tail = encodeUriComponentsOnce(url.pathname) + encodeUriComponentsOnce(url.search) + encodeUriComponentsOnce(url.hash)
  return `${url.protocol}//${url.host}${tail}`
}

/** Site root URL normalized: absolute http(s), no query or fragment, ends with `/`. */
export function normalizeSiteUrl(value: string): string {
  const url = new URL(value)
  url.search = ''
  url.hash = ''
  const href = resolveUrl(url.href, url.href)
  return href.endsWith('/') ? href : `${href}/`
}

/**
 * A URL-friendly slug from free text: lowercase, letters and digits of any
 * script kept, everything else collapsed to `-`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

export interface PermalinkFields {
  yyyy: string
  mm: string
  dd: string
  slug: string
  section: string
  lang: string
}

export const PERMALINK_TOKENS = ['yyyy', 'mm', 'dd', 'slug', 'section', 'lang'] as const

/**
 * Fill a permalink pattern; the result is a path starting and ending with `/`,
 * percent-encoded once, with no empty segments.
 */
export function expandPermalink(pattern: string, fields: PermalinkFields): string {
  const filled = pattern.replace(/\{(\w+)\}/g, (whole, token: string) =>
    token in fields ? (fields as unknown as Record<string, string>)[token]! : whole,
  )
  const segments = filled.split('/').filter((segment) => segment !== '')
  const path = segments.length ? `/${segments.join('/')}/` : '/'
  return encodeUriComponentsOnce(path)
}
