import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeUriComponentsOnce, expandPermalink, normalizeSiteUrl, resolveHttpUrl, resolveUrl, slugify } from '../../src/model/urls.js'

describe('resolveUrl', () => {
  const base = 'https://semarak.example/'
  it('resolves relative URLs against the site', () => {
    expect(resolveUrl('/assets/logo.png', base)).toBe('https://semarak.example/assets/logo.png')
    expect(resolveUrl('assets/a.png', 'https://x.example/news/')).toBe('https://x.example/news/assets/a.png')
  })
  it('percent-encodes exactly once', () => {
    expect(resolveUrl('/img/foto menteri.jpg', base)).toBe('https://semarak.example/img/foto%20menteri.jpg')
    expect(resolveUrl('/img/foto%20menteri.jpg', base)).toBe('https://semarak.example/img/foto%20menteri.jpg')
    expect(resolveUrl('/行政/', base)).toBe('https://semarak.example/%E8%A1%8C%E6%94%BF/')
    expect(resolveUrl('/%E8%A1%8C%E6%94%BF/', base)).toBe('https://semarak.example/%E8%A1%8C%E6%94%BF/')
    expect(resolveUrl('/a|b^c/100%', base)).toBe('https://semarak.example/a%7Cb%5Ec/100%25')
  })
  it('normalizes the site URL', () => {
    expect(normalizeSiteUrl('https://Semarak.example')).toBe('https://semarak.example/')
    expect(normalizeSiteUrl('https://semarak.example/news?x=1#y')).toBe('https://semarak.example/news/')
  })
})

describe('resolveHttpUrl', () => {
  it('gives what resolveUrl gives for every URL it accepts, spaces around it or not', () => {
    const pieces = ['/', 'a', 'é', ' ', '\u00a0', '\t', '%', '%20', '%zz', '?q=1', '#f', 'https:', '//', 'http://x.example', 'javascript:', '|', '^', '[', ']', '\ufeff', '😀', '..', '\\']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const value = parts.join('')
        const result = resolveHttpUrl(value, 'https://semarak.example/news/')
        if (result.ok) expect(result.url).toBe(resolveUrl(value, 'https://semarak.example/news/'))
      }),
      { numRuns: 3000 },
    )
  })

  it('refuses, never throws, a value that is a URL only before it is trimmed', () => {
    expect(resolveHttpUrl('\u00a0//', 'https://semarak.example/')).toEqual({ ok: false, reason: '"\u00a0//" is not a URL' })
  })
})

describe('encodeUriComponentsOnce', () => {
  it('leaves text of URI characters alone and encodes the rest once', () => {
    expect(encodeUriComponentsOnce("/a-b_c.d~e:f/g?h#i[j]@!$&'()*+,;=")).toBe("/a-b_c.d~e:f/g?h#i[j]@!$&'()*+,;=")
    expect(encodeUriComponentsOnce('/foto menteri%20x%zz/é')).toBe('/foto%20menteri%20x%25zz/%C3%A9')
  })
})

describe('permalinks', () => {
  it('fills tokens and encodes the result once', () => {
    const fields = { yyyy: '2023', mm: '10', dd: '11', slug: '行政サービス', section: '', lang: 'ja' }
    expect(expandPermalink('/{yyyy}/{mm}/{slug}/', fields)).toBe('/2023/10/%E8%A1%8C%E6%94%BF%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9/')
    expect(expandPermalink('/{section}/{slug}', { ...fields, slug: 'a' })).toBe('/a/')
  })
  it('slugifies any script', () => {
    expect(slugify('Pelayanan Publik!')).toBe('pelayanan-publik')
    expect(slugify('الخدمة العامة')).toBe('الخدمة-العامة')
  })
})
