/**
 * Literal formats schema.org data types use: ISO 8601 dates, date-times and times (checked for
 * existence, not only shape), URLs and numbers. Pure functions, no allocation beyond the regex match.
 */

export interface ParsedTemporal {
  kind: 'date' | 'datetime' | 'time'
  /** A time of day is given. */
  hasTime: boolean
  /** An offset (or Z) is given. */
  hasZone: boolean
  /** Milliseconds since the epoch: the instant when zoned, else the wall time read as UTC (dates: midnight). */
  epochMs: number
}

export type TemporalResult = { ok: true; value: ParsedTemporal } | { ok: false; reason: string }

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Date.UTC, also for years 0–99 (which Date.UTC would read as 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second)
  if (year >= 100) return ms
  const date = new Date(ms)
  date.setUTCFullYear(year)
  return date.getTime()
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function checkDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`
  if (day < 1 || day > daysInMonth(year, month)) return `${MONTHS[month - 1]} ${day} does not exist in ${year}`
  return undefined
}

/** Offset in minutes, or a reason it is impossible. */
function parseZone(zone: string | undefined): number | string | undefined {
  if (!zone) return undefined
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone[0] === '-' ? -1 : 1
  const hours = Number(zone.slice(1, 3))
  const minutes = zone.length > 3 ? Number(zone.slice(-2)) : 0
  if (hours > 14 || minutes > 59) return `the offset ${zone} does not exist (offsets run from -12:00 to +14:00)`
  return sign * (hours * 60 + minutes)
}

function checkClock(hour: number, minute: number, second: number): string | undefined {
  if (hour === 24 && minute === 0 && second === 0) return undefined
  if (hour > 23) return `hour ${hour} does not exist`
  if (minute > 59) return `minute ${minute} does not exist`
  if (second > 60) return `second ${second} does not exist`
  return undefined
}

/**
 * Results for the dates of the last few documents: the schema layer and each Google date rule
 * parse the same datePublished and dateModified again (up to five times). Small, and cleared when
 * full, because the keys are slices that keep their document's text alive.
 */
const recent = new Map<string, TemporalResult>()
const RECENT_MAX = 64

/** Parses an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), date-time or time. The result is shared: do not change it. */
export function parseTemporal(text: string): TemporalResult {
  let result = recent.get(text)
  if (!result) {
    if (recent.size >= RECENT_MAX) recent.clear()
    recent.set(text, (result = parseTemporalText(text)))
  }
  return result
}

function parseTemporalText(text: string): TemporalResult {
  let m = DATE.exec(text)
  if (m) {
    const year = Number(m[1])
    const month = m[2] ? Number(m[2]) : 1
    const day = m[3] ? Number(m[3]) : 1
    const problem = checkDay(year, month, day)
    if (problem) return { ok: false, reason: problem }
    return { ok: true, value: { kind: 'date', hasTime: false, hasZone: false, epochMs: utc(year, month, day) } }
  }
  m = DATETIME.exec(text)
  if (m) {
    if (m[4] === ' ') return { ok: false, reason: 'ISO 8601 separates the date and the time with "T", not a space' }
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[5], m[6]].map(Number) as [number, number, number, number, number]
    const second = m[7] ? Number(m[7]) : 0
    const problem = checkDay(year, month, day) ?? checkClock(hour, minute, second)
    if (problem) return { ok: false, reason: problem }
    const zone = parseZone(m[9])
    if (typeof zone === 'string') return { ok: false, reason: zone }
    const fraction = m[8] ? Number(`0.${m[8]}`) * 1000 : 0
    const wall = utc(year, month, day, hour, minute, Math.min(second, 59)) + fraction
    return { ok: true, value: { kind: 'datetime', hasTime: true, hasZone: zone !== undefined, epochMs: wall - (zone ?? 0) * 60_000 } }
  }
  m = TIME.exec(text)
  if (m) {
    const [hour, minute] = [Number(m[1]), Number(m[2])]
    const second = m[3] ? Number(m[3]) : 0
    const problem = checkClock(hour, minute, second)
    if (problem) return { ok: false, reason: problem }
    const zone = parseZone(m[5])
    if (typeof zone === 'string') return { ok: false, reason: zone }
    return { ok: true, value: { kind: 'time', hasTime: true, hasZone: zone !== undefined, epochMs: ((hour * 60 + minute) * 60 + second) * 1000 } }
  }
  return { ok: false, reason: 'it is not ISO 8601 (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss±hh:mm)' }
}

export type UrlClass = 'absolute' | 'relative' | 'invalid'

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/

/** Whether `text` is an absolute URL, a relative reference, or not a URL at all. */
export function classifyUrl(text: string): UrlClass {
  if (text === '' || /\s/.test(text)) return 'invalid'
  if (!SCHEME.test(text)) return 'relative'
  if (!URL.canParse(text)) return 'invalid'
  if (/^https?:/i.test(text) && !/^https?:\/\/[^/?#]/i.test(text)) return 'invalid'
  return 'absolute'
}

/** Strings that are clearly meant as a link (used where text is also allowed, e.g. ImageObject or URL). */
export function looksLikeUrl(text: string): boolean {
  if (/\s/.test(text)) return false
  return SCHEME.test(text) || /^(\/|\.\.?\/|www\.)/.test(text) || /\.(jpe?g|png|gif|webp|avif|svg|html?|php)([?#]|$)/i.test(text)
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const INTEGER = /^[+-]?\d+$/

export function isNumeric(text: string): boolean {
  return NUMBER.test(text.trim())
}

export function isIntegerText(text: string): boolean {
  return INTEGER.test(text.trim())
}
