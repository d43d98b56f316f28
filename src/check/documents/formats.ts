/**
 * Value formats the feed and sitemap checkers share: RFC 822 dates (RSS),
 * RFC 3339 dates (Atom, JSON Feed), W3C Datetime (sitemaps), language tags,
 * e-mail addresses and URLs. Each answers with a reason a person can act on.
 */

const MINUTE = 60_000
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** Zone names RFC 822 defines besides numeric offsets, in minutes east of UTC. */
const RFC822_ZONES: Record<string, number> = {
  UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
}

export type DateCheck =
  | { ok: true; epochMs: number; warning?: string }
  | { ok: false; reason: string }

function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return undefined
  // Not Date.UTC: it reads years 0-99 as 1900-1999, so "Mon, 01 Jan 0001" would fail its weekday check.
  const check = new Date(0)
  check.setUTCFullYear(year, month - 1, day)
  check.setUTCHours(hour, minute, Math.min(second, 59), 0)
  const ms = check.getTime()
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return ms
}

const RFC822 =
  /^(?:([A-Za-z]{3}),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[A-Za-z]{1,3})$/

/** An RFC 822 date-time as RSS 2.0 requires (`Wed, 11 Oct 2023 09:30:00 +0700`). */
export function checkRfc822(input: string): DateCheck {
  const text = input.trim()
  const match = RFC822.exec(text)
  const example = 'write it like "Wed, 11 Oct 2023 09:30:00 +0700"'
  if (!match) return { ok: false, reason: `"${input}" is not an RFC 822 date-time; ${example}` }
  const [, weekday, d, mon, y, h, mi, s = '0', zone] = match
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1
  if (month === 0) return { ok: false, reason: `"${mon}" is not a month name in "${input}"; ${example}` }
  // RFC 2822 §4.3: an obsolete two-digit year 00-49 is 2000-2049, 50-99 is 1950-1999; four digits are the year as written (0001 too).
  let year = Number(y)
  const twoDigitYear = y!.length === 2
  if (twoDigitYear) year += year < 50 ? 2000 : 1900
  const wall = utc(year, month, Number(d), Number(h), Number(mi), Number(s))
  if (wall === undefined) return { ok: false, reason: `"${input}" is not a date and time that exist` }
  let offset: number
  if (/^[+-]\d{4}$/.test(zone!)) {
    const sign = zone!.startsWith('-') ? -1 : 1
    const hours = Number(zone!.slice(1, 3))
    const minutes = Number(zone!.slice(3, 5))
    if (hours > 23 || minutes > 59) return { ok: false, reason: `"${zone}" is not a UTC offset in "${input}"` }
    offset = sign * (hours * 60 + minutes)
  } else {
    const known = RFC822_ZONES[zone!.toUpperCase()]
    if (known === undefined && /^[A-IK-Za-ik-z]$/.test(zone!)) {
      // RFC 822's military zones; their signs were defined backwards, so RFC 1123 reads them as +0000.
      if (weekday === undefined || WEEKDAYS.indexOf(weekday.toLowerCase()) === new Date(wall).getUTCDay()) {
        return { ok: true, epochMs: wall, warning: `"${input}" uses the military zone "${zone}", which readers take as UTC; write a numeric offset such as +0700` }
      }
    }
    if (known === undefined) return { ok: false, reason: `"${zone}" is not a time zone RFC 822 knows in "${input}"; use a numeric offset such as +0000` }
    offset = known
  }
  const epochMs = wall - offset * MINUTE
  if (weekday !== undefined) {
    const index = WEEKDAYS.indexOf(weekday.toLowerCase())
    if (index === -1) return { ok: false, reason: `"${weekday}" is not a weekday name in "${input}"; ${example}` }
    const actual = new Date(wall).getUTCDay()
    if (index !== actual) {
      const name = WEEKDAYS[actual]!
      return { ok: false, reason: `"${input}" says ${weekday} but that date is a ${name[0]!.toUpperCase()}${name.slice(1)}` }
    }
  }
  if (twoDigitYear) return { ok: true, epochMs, warning: `"${input}" has a two-digit year; write the year with four digits` }
  return { ok: true, epochMs }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const hours = Number(zone.slice(1, 3))
  const minutes = Number(zone.slice(4, 6))
  if (hours > 23 || minutes > 59) return undefined
  return sign * (hours * 60 + minutes)
}

/** An RFC 3339 date-time as Atom and JSON Feed require (`2023-10-11T09:30:00+07:00`). */
export function checkRfc3339(input: string): DateCheck {
  const text = input.trim()
  const match = RFC3339.exec(text)
  if (!match) {
    const hint = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? ' (it has no time zone: add Z or an offset such as +07:00)'
      : ''
    return { ok: false, reason: `"${input}" is not an RFC 3339 date-time${hint}; write it like "2023-10-11T09:30:00+07:00"` }
  }
  const [, y, mo, d, h, mi, s, , zone] = match
  const wall = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s))
  if (wall === undefined) return { ok: false, reason: `"${input}" is not a date and time that exist` }
  const offset = offsetMinutes(zone!)
  if (offset === undefined) return { ok: false, reason: `"${zone}" is not a UTC offset in "${input}"` }
  return { ok: true, epochMs: wall - offset * MINUTE }
}

/** How much of a W3C Datetime was given. */
export type W3cPrecision = 'year' | 'month' | 'day' | 'minute' | 'second'

export type W3cDateCheck =
  | { ok: true; precision: W3cPrecision; /** earliest instant it can mean */ startMs: number; /** latest */ endMs: number }
  | { ok: false; reason: string }

const W3C_DATETIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?)?)?$/

/**
 * A W3C Datetime (www.w3.org/TR/NOTE-datetime) as sitemaps use: `YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`, or a date and time (minutes, seconds, fractions)
 * that must carry a time zone. A date alone may mean any instant of that day
 * somewhere on Earth, so the range spans UTC-12 to UTC+14.
 */
export function checkW3cDatetime(input: string): W3cDateCheck {
  const text = input.trim()
  const match = W3C_DATETIME.exec(text)
  const example = 'write it like "2023-10-11" or "2023-10-11T09:30:00+07:00"'
  if (!match) return { ok: false, reason: `"${input}" is not a W3C Datetime; ${example}` }
  const [, y, mo, d, h, mi, s, , zone] = match
  const year = Number(y)
  if (mo === undefined) return { ok: true, precision: 'year', startMs: Date.UTC(year, 0, 1) - 14 * 60 * MINUTE, endMs: Date.UTC(year + 1, 0, 1) + 12 * 60 * MINUTE }
  const month = Number(mo)
  if (month < 1 || month > 12) return { ok: false, reason: `"${input}" is not a date that exists (month ${mo})` }
  if (d === undefined) return { ok: true, precision: 'month', startMs: Date.UTC(year, month - 1, 1) - 14 * 60 * MINUTE, endMs: Date.UTC(year, month, 1) + 12 * 60 * MINUTE }
  const day = utc(year, month, Number(d))
  if (day === undefined) return { ok: false, reason: `"${input}" is not a date that exists` }
  if (h === undefined) return { ok: true, precision: 'day', startMs: day - 14 * 60 * MINUTE, endMs: day + 36 * 60 * MINUTE }
  if (zone === undefined) return { ok: false, reason: `"${input}" has a time but no time zone; add Z or an offset such as +07:00` }
  const wall = utc(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0))
  if (wall === undefined) return { ok: false, reason: `"${input}" has an impossible time of day` }
  const offset = offsetMinutes(zone)
  if (offset === undefined) return { ok: false, reason: `"${zone}" is not a UTC offset in "${input}"` }
  const instant = wall - offset * MINUTE
  return { ok: true, precision: s === undefined ? 'minute' : 'second', startMs: instant, endMs: instant }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

export type LanguageCheck = { ok: true } | { ok: false; severity: 'error' | 'warning'; reason: string }

/**
 * A language tag (BCP 47 / RFC 3066, as RSS, Atom `xml:lang` and JSON Feed use):
 * malformed tags such as `en_US` are errors; a well-formed tag whose language
 * the runtime's CLDR data does not know is a warning.
 */
export function checkLanguageTag(input: string): LanguageCheck {
  const text = input.trim()
  if (text === '') return { ok: false, severity: 'error', reason: 'the language is empty' }
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(text)[0] ?? text
  } catch {
    const suggestion = /^[A-Za-z]{2,3}_[A-Za-z0-9]+$/.test(text) ? `; write "${text.replace('_', '-').toLowerCase()}"` : ''
    return { ok: false, severity: 'error', reason: `"${input}" is not a language tag (BCP 47, such as "id" or "en-us")${suggestion}` }
  }
  const primary = canonical.split('-')[0]!
  // BCP 47 reserves 4-letter primary subtags and registers no 5-8 letter ones: "English" is a name, not a code.
  if (/^[a-z]{4,8}$/.test(primary)) {
    return { ok: false, severity: 'error', reason: `"${input}" is not a language code; write the ISO 639 code (two or three letters, such as "en" or "id")` }
  }
  if (/^[a-z]{2,3}$/.test(primary) && !isKnownLanguage(primary)) {
    return { ok: false, severity: 'warning', reason: `"${primary}" is not a known ISO 639 language code` }
  }
  return { ok: true }
}

const knownLanguages = new Map<string, boolean>()

/** Whether the language's primary subtag is a known ISO 639 code (per the runtime's CLDR data). */
export function isKnownLanguage(code: string): boolean {
  // A sitemap asks about the same few codes tens of thousands of times; ICU lookups are slow.
  let known = knownLanguages.get(code)
  if (known === undefined) {
    try {
      known = languageNames.of(code) !== undefined
    } catch {
      known = false
    }
    if (knownLanguages.size < 1000) knownLanguages.set(code, known)
  }
  return known
}

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/** A bare e-mail address (addr-spec). */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim())
}

/** RSS contact: `email`, `email (Name)` or `Name <email>`. */
export function parseRssContact(text: string): { email: string; name: string | undefined } | undefined {
  const value = text.trim()
  const withComment = /^(\S+)\s*\((.*)\)$/.exec(value)
  if (withComment && isEmail(withComment[1]!)) return { email: withComment[1]!, name: withComment[2]!.trim() || undefined }
  const angle = /^(.*?)\s*<([^>]+)>$/.exec(value)
  if (angle && isEmail(angle[2]!)) return { email: angle[2]!, name: angle[1]!.trim() || undefined }
  if (isEmail(value)) return { email: value, name: undefined }
  return undefined
}

/** Characters RFC 3986 allows in a URI outside percent-escapes. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/

export type UrlCheck =
  | { ok: true; url: URL }
  | { ok: false; kind: 'relative' | 'invalid' | 'unencoded'; reason: string; url?: URL }

/**
 * An absolute http(s) URL written as RFC 3986 allows: a relative reference,
 * another scheme, raw spaces or quotes are `relative`/`invalid`; raw
 * non-ASCII (an IRI) is `unencoded` — it parses, but should be percent-encoded.
 */
export function checkAbsoluteUrl(input: string): UrlCheck {
  const text = input.trim()
  if (text === '') return { ok: false, kind: 'relative', reason: 'the URL is empty' }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, kind: 'relative', reason: `"${input}" is not an absolute URL; write it with scheme and host, such as "https://example.com${text.startsWith('/') ? '' : '/'}${text}"` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, kind: 'invalid', reason: `"${input}" is not an http(s) URL` }
  }
  if (!URI_CHARS.test(text)) {
    const bad = [...text].find((char) => !URI_CHARS.test(char))!
    const nonAscii = bad.codePointAt(0)! > 0x7f
    if (nonAscii && [...text].every((char) => char.codePointAt(0)! > 0x7f || URI_CHARS.test(char))) {
      return { ok: false, kind: 'unencoded', reason: `"${input}" contains raw non-ASCII characters; percent-encode them ("${url.href}")`, url }
    }
    const shown = bad === ' ' ? 'a space' : `"${bad}"`
    return { ok: false, kind: 'invalid', reason: `"${input}" contains ${shown}, which a URL cannot hold; percent-encode it ("${url.href}")`, url }
  }
  return { ok: true, url }
}
