import { describe, expect, it } from 'vitest'
import { parseDateTime, toRfc822, zonedFromEpoch } from '../../src/model/dates.js'

const iso = (input: string, zone: string) => {
  const result = parseDateTime(input, zone)
  if (!result.ok) throw new Error(result.reason)
  return result.value.iso
}

describe('parseDateTime', () => {
  it('reads an offset-less date-time in the site zone', () => {
    expect(iso('2023-10-11T09:30:00', 'Asia/Jakarta')).toBe('2023-10-11T09:30:00+07:00')
    expect(iso('2023-10-11 09:30', 'Asia/Jakarta')).toBe('2023-10-11T09:30:00+07:00')
  })
  it('reads a date alone as midnight in the site zone', () => {
    expect(iso('2023-10-11', 'Asia/Jakarta')).toBe('2023-10-11T00:00:00+07:00')
    expect(iso('2023-10-11', 'UTC')).toBe('2023-10-11T00:00:00+00:00')
  })
  it('keeps the instant of an explicit offset and shows it in the site zone', () => {
    expect(iso('2023-10-11T02:30:00Z', 'Asia/Jakarta')).toBe('2023-10-11T09:30:00+07:00')
    expect(iso('2023-10-11T09:30:00+04:00', 'Asia/Jakarta')).toBe('2023-10-11T12:30:00+07:00')
  })
  it('is right across DST changes', () => {
    // Europe/Berlin: 2023-03-26 02:00 -> 03:00 (gap), 2023-10-29 03:00 -> 02:00 (overlap).
    expect(iso('2023-03-26T01:59:59', 'Europe/Berlin')).toBe('2023-03-26T01:59:59+01:00')
    expect(iso('2023-03-26T02:30:00', 'Europe/Berlin')).toBe('2023-03-26T03:30:00+02:00')
    expect(iso('2023-03-26T03:00:00', 'Europe/Berlin')).toBe('2023-03-26T03:00:00+02:00')
    expect(iso('2023-10-29T02:30:00', 'Europe/Berlin')).toBe('2023-10-29T02:30:00+02:00')
    expect(iso('2023-10-29T03:30:00', 'Europe/Berlin')).toBe('2023-10-29T03:30:00+01:00')
    expect(iso('2023-11-05T01:30:00', 'America/New_York')).toBe('2023-11-05T01:30:00-04:00')
    expect(iso('2023-06-01T12:00:00', 'Asia/Kolkata')).toBe('2023-06-01T12:00:00+05:30')
  })
  it('rejects dates that do not exist', () => {
    expect(parseDateTime('2023-02-30', 'UTC').ok).toBe(false)
    expect(parseDateTime('2023-13-01', 'UTC').ok).toBe(false)
    expect(parseDateTime('2023-10-11T24:00:00', 'UTC').ok).toBe(false)
    expect(parseDateTime('Selasa (10/10/2023)', 'UTC').ok).toBe(false)
    expect(parseDateTime('2024-02-29', 'UTC').ok).toBe(true)
  })
})

describe('toRfc822', () => {
  it('writes a four-digit year and the offset of the date', () => {
    const result = parseDateTime('2023-10-11T09:30:00', 'Asia/Jakarta')
    expect(result.ok && toRfc822(result.value)).toBe('Wed, 11 Oct 2023 09:30:00 +0700')
    expect(toRfc822(zonedFromEpoch(0, 'America/New_York'))).toBe('Wed, 31 Dec 1969 19:00:00 -0500')
  })
})

describe('early years', () => {
  it('writes years below 100 as themselves', () => {
    const year99 = new Date(0)
    year99.setUTCFullYear(99, 0, 1)
    expect(zonedFromEpoch(year99.getTime(), 'UTC').iso).toBe('0099-01-01T00:00:00+00:00')
  })

  it('refuses dates before 1900 (issue #8: 0000-01-01 in Asia/Jakarta came out at +07:07, local mean time)', () => {
    for (const text of ['0000-01-01', '0099-01-01T00:00:00Z', '1899-12-31T23:59:59+07:00']) {
      expect(parseDateTime(text, 'Asia/Jakarta'), text).toEqual({ ok: false, reason: `"${text}" is before 1900: dateline reads dates from 1900 on` })
    }
    expect(parseDateTime('1900-01-01', 'UTC')).toMatchObject({ ok: true, value: { iso: '1900-01-01T00:00:00+00:00' } })
  })

  it('rounds an offset with seconds to the minute, the same in the text and the instant', () => {
    // Asia/Jakarta kept Batavia mean time, +07:07:12, until 1923.
    const result = parseDateTime('1910-06-01T12:00:00', 'Asia/Jakarta')
    expect(result).toMatchObject({ ok: true, value: { iso: '1910-06-01T12:00:00+07:07', offsetMinutes: 427 } })
    expect(result.ok && result.value.epochMs).toBe(Date.parse('1910-06-01T12:00:00+07:07'))
  })
})
