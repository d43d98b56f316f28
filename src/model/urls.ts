/**
 * URLs and IRIs: resolved against the site, percent-encoded exactly once
 * (a Japanese slug, an image path with a space), valid RFC 3986 afterwards.
 */

// What RFC 3986 allows outside percent-escapes: unreserved + reserved.
const URI_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/

/** Percent-encode every character RFC 3986 does not allow; keep existing `%XX` escapes as they are. */
export function encodeUriComponentsOnce(text: string): string {
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
  const url = new URL(value.trim(), base)
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
