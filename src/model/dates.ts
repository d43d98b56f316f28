/**
 * Dates without the build machine's timezone: an offset-less value is read in
 * the site's IANA zone (via Intl, which carries the tz database), and every
 * output is ISO 8601 with seconds and the site offset.
 */
import type { ZonedDateTime } from './types.js'

const MINUTE = 60_000
const DAY = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** Epoch ms of a UTC wall time (month 1-12). Unlike Date.UTC, years 0-99 stay themselves. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

const dayOffsets = new Map<string, number | null>()

/**
 * Offset of `timeZone` from UTC at `epochMs`, in minutes (east positive).
 * Memoized per UTC day when the offset is the same at both ends of the day
 * (no transition inside), since asking Intl costs about a tenth of a millisecond.
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY)
  const key = `${timeZone}\u0000${day}`
  let cached = dayOffsets.get(key)
  if (cached === undefined) {
    const start = exactOffsetMinutes(timeZone, day * DAY)
    cached = start === exactOffsetMinutes(timeZone, (day + 1) * DAY - 1000) ? start : null
    if (dayOffsets.size > 100_000) dayOffsets.clear()
    dayOffsets.set(key, cached)
  }
  return cached ?? exactOffsetMinutes(timeZone, epochMs)
}

function exactOffsetMinutes(timeZone: string, epochMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  let year = get('year')
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year
  const wall = utcMs(year, get('month'), get('day'), get('hour'), get('minute'), get('second'))
  const truncated = epochMs - (((epochMs % 1000) + 1000) % 1000)
  return Math.round((wall - truncated) / MINUTE)
}

/**
 * The instant at which the wall clock of `timeZone` shows `wallMs` (a wall time
 * encoded as if UTC). Like Temporal's "compatible": in a DST gap the time moves
 * forward by the gap; in an overlap the earlier instant wins.
 */
export function wallTimeToEpoch(wallMs: number, timeZone: string): number {
  const before = zoneOffsetMinutes(timeZone, wallMs - DAY)
  const after = zoneOffsetMinutes(timeZone, wallMs + DAY)
  const valid = [before, after].filter((offset) => zoneOffsetMinutes(timeZone, wallMs - offset * MINUTE) === offset)
  if (valid.length === 0) return wallMs - before * MINUTE // gap
  return wallMs - Math.max(...valid) * MINUTE
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0')
}

function formatOffset(offsetMinutes: number, separator = ':'): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`
}

/** The instant shown in `timeZone`. */
export function zonedFromEpoch(epochMs: number, timeZone: string): ZonedDateTime {
  const seconds = Math.floor(epochMs / 1000) * 1000
  return zonedWithOffset(seconds, zoneOffsetMinutes(timeZone, seconds))
}

/** The instant shown at a fixed offset. */
export function zonedWithOffset(epochMs: number, offsetMinutes: number): ZonedDateTime {
  const wall = new Date(epochMs + offsetMinutes * MINUTE)
  const iso =
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    formatOffset(offsetMinutes)
  return { iso, epochMs, offsetMinutes }
}

/** Wall-clock fields of a zoned date-time (in its own offset). */
export function wallFields(date: ZonedDateTime): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number } {
  const wall = new Date(date.epochMs + date.offsetMinutes * MINUTE)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  }
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * The first year dateline reads. Before it, most zones were on local mean time,
 * whose offsets have seconds (Asia/Jakarta: +07:07:12), which RFC 3339 and
 * RFC 822 cannot write; sitemaps' XML Schema dates have no year 0000; and no
 * article on the web was published then. Later offsets with seconds (a few
 * zones kept local mean time into the 20th century) are rounded to the minute.
 */
export const EARLIEST_YEAR = 1900

export type DateParseResult = { ok: true; value: ZonedDateTime } | { ok: false; reason: string }

/**
 * Read an ISO 8601 date or date-time. With an offset (or `Z`) it is that
 * instant; without one it is a wall time in `timeZone`; a date alone is
 * midnight there. The result is shown in `timeZone` either way, so every
 * output carries the newsroom's offset.
 */
export function parseDateTime(input: string, timeZone: string): DateParseResult {
  const text = input.trim()
  const match = DATE_TIME.exec(text)
  if (!match) {
    return { ok: false, reason: `"${input}" is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS, optional offset)` }
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  const wallMs = utcMs(year, month, day, hour, minute, second)
  const check = new Date(wallMs)
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || check.getUTCFullYear() !== year) {
    return { ok: false, reason: `"${input}" is not a date that exists` }
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${input}" has an impossible time of day` }
  }
  if (year < EARLIEST_YEAR) return { ok: false, reason: `"${input}" is before ${EARLIEST_YEAR}: dateline reads dates from ${EARLIEST_YEAR} on` }
  let epochMs: number
  if (zone === undefined) {
    epochMs = wallTimeToEpoch(wallMs, timeZone)
  } else if (zone === 'Z' || zone === 'z') {
    epochMs = wallMs
  } else {
    const digits = zone.replace(':', '')
    const sign = digits.startsWith('-') ? -1 : 1
    const offsetHours = Number(digits.slice(1, 3))
    const offsetMins = digits.length > 3 ? Number(digits.slice(3, 5)) : 0
    if (offsetHours > 23 || offsetMins > 59) return { ok: false, reason: `"${input}" has an impossible UTC offset` }
    epochMs = wallMs - sign * (offsetHours * 60 + offsetMins) * MINUTE
  }
  return { ok: true, value: zonedFromEpoch(epochMs, timeZone) }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** RFC 822 (as RFC 1123, four-digit year) in the date's own offset: `Wed, 11 Oct 2023 09:30:00 +0700`. */
export function toRfc822(date: ZonedDateTime): string {
  const w = wallFields(date)
  return `${DAYS[w.weekday]}, ${pad(w.day)} ${MONTHS[w.month - 1]} ${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${formatOffset(date.offsetMinutes, '')}`
}
