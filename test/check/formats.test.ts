import { describe, expect, it } from 'vitest'
import { checkAbsoluteUrl, checkLanguageTag, checkRfc3339, checkRfc822, checkW3cDatetime, parseRssContact } from '../../src/check/documents/formats.js'

describe('RFC 822 dates (RSS)', () => {
  it('accepts what RSS generators write', () => {
    for (const date of ['Wed, 11 Oct 2023 04:12:09 +0000', 'Wed, 11 Oct 2023 11:12:09 +0700', 'Wed, 11 Oct 2023 04:12:09 GMT', '11 Oct 2023 04:12 -0500', 'Sun, 01 Jan 2023 00:00:00 EST']) {
      expect(checkRfc822(date), date).toMatchObject({ ok: true })
    }
    expect(checkRfc822('Wed, 11 Oct 2023 11:12:09 +0700')).toEqual({ ok: true, epochMs: Date.parse('2023-10-11T04:12:09Z') })
  })
  it('rejects ISO dates, impossible dates, wrong weekdays and "Invalid Date"', () => {
    expect(checkRfc822('2023-10-11T04:12:09Z')).toMatchObject({ ok: false })
    expect(checkRfc822('Thu, 30 Feb 2023 10:00:00 +0000')).toMatchObject({ ok: false, reason: expect.stringContaining('exist') })
    expect(checkRfc822('Thu, 11 Oct 2023 04:12:09 +0000')).toMatchObject({ ok: false, reason: expect.stringContaining('Wed') })
    expect(checkRfc822('Invalid Date')).toMatchObject({ ok: false })
    expect(checkRfc822('Wed, 11 Oct 2023 24:12:03 +0000')).toMatchObject({ ok: false })
  })
  it('warns about two-digit years', () => {
    expect(checkRfc822('Wed, 11 Oct 23 04:12:09 +0000')).toMatchObject({ ok: true, warning: expect.stringContaining('four digits') })
  })
})

describe('RFC 3339 dates (Atom, JSON Feed)', () => {
  it('needs a time and a zone', () => {
    expect(checkRfc3339('2023-10-11T09:30:00+07:00')).toEqual({ ok: true, epochMs: Date.parse('2023-10-11T02:30:00Z') })
    expect(checkRfc3339('2023-10-11T09:30:00.123Z')).toMatchObject({ ok: true })
    expect(checkRfc3339('2023-10-11T09:30:00')).toMatchObject({ ok: false, reason: expect.stringContaining('no time zone') })
    expect(checkRfc3339('2023-10-11')).toMatchObject({ ok: false })
    expect(checkRfc3339('2023-02-29T09:30:00Z')).toMatchObject({ ok: false, reason: expect.stringContaining('exist') })
  })
})

describe('W3C Datetime (sitemaps)', () => {
  it('tells precision and the range an instant-less value spans', () => {
    expect(checkW3cDatetime('2025')).toMatchObject({ ok: true, precision: 'year' })
    expect(checkW3cDatetime('2025-03')).toMatchObject({ ok: true, precision: 'month' })
    expect(checkW3cDatetime('2025-03-01')).toMatchObject({ ok: true, precision: 'day' })
    expect(checkW3cDatetime('2025-03-01T18:42+01:00')).toMatchObject({ ok: true, precision: 'minute' })
    expect(checkW3cDatetime('2025-03-01T18:42:07.5Z')).toMatchObject({ ok: true, precision: 'second', startMs: Date.parse('2025-03-01T18:42:07Z') })
  })
  it('rejects zoneless times, month 13 and RFC 822', () => {
    expect(checkW3cDatetime('2025-03-01T18:42:07')).toMatchObject({ ok: false, reason: expect.stringContaining('time zone') })
    expect(checkW3cDatetime('2025-13-01')).toMatchObject({ ok: false })
    expect(checkW3cDatetime('2025-02-30')).toMatchObject({ ok: false })
    expect(checkW3cDatetime('Sat, 01 Mar 2025 18:42:07 +0100')).toMatchObject({ ok: false })
  })
})

describe('language tags', () => {
  it('accepts BCP 47 tags and flags en_US (error) and unknown codes (warning)', () => {
    for (const tag of ['id', 'en-us', 'en-US', 'zh-Hant-TW', 'jv', 'pt-BR']) expect(checkLanguageTag(tag), tag).toEqual({ ok: true })
    expect(checkLanguageTag('en_US')).toMatchObject({ ok: false, severity: 'error', reason: expect.stringContaining('"en-us"') })
    expect(checkLanguageTag('qqq')).toMatchObject({ ok: false, severity: 'warning' })
    expect(checkLanguageTag('english!')).toMatchObject({ ok: false, severity: 'error' })
  })
})

describe('RSS contacts', () => {
  it('reads email, email (Name) and Name <email>', () => {
    expect(parseRssContact('a@example.com')).toEqual({ email: 'a@example.com', name: undefined })
    expect(parseRssContact('a@example.com (Ana Putri)')).toEqual({ email: 'a@example.com', name: 'Ana Putri' })
    expect(parseRssContact('Ana Putri <a@example.com>')).toEqual({ email: 'a@example.com', name: 'Ana Putri' })
    expect(parseRssContact('Ana Putri')).toBeUndefined()
  })
})

describe('absolute URLs', () => {
  it('sorts relative, invalid and unencoded URLs apart', () => {
    expect(checkAbsoluteUrl('https://example.com/a?b=1&c=%20')).toMatchObject({ ok: true })
    expect(checkAbsoluteUrl('/a')).toMatchObject({ ok: false, kind: 'relative' })
    expect(checkAbsoluteUrl('https://example.com/a b')).toMatchObject({ ok: false, kind: 'invalid', reason: expect.stringContaining('a%20b') })
    expect(checkAbsoluteUrl('https://example.com/über')).toMatchObject({ ok: false, kind: 'unencoded' })
    expect(checkAbsoluteUrl('ftp://example.com/a')).toMatchObject({ ok: false, kind: 'invalid' })
  })
})
