import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkHtml, checkJsonLdText, extractScripts } from '../../src/check/documents/jsonld/index.js'
import { classifyUrl, parseTemporal } from '../../src/check/documents/jsonld/literals.js'
import type { Diagnostic } from '../../src/util/diagnostic.js'

const at = (ds: Diagnostic[]) => ds.filter((d) => d.severity !== 'info').map((d) => `${d.rule}@${d.line}:${d.column}`)
const article = (extra: string) => `{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
 "datePublished": "2024-01-05T08:00:00+08:00", "dateModified": "2024-01-05T08:00:00+08:00",
 "image": "https://example.com/a.jpg", "author": {"@type": "Person", "name": "A B", "url": "https://example.com/ab"}${extra}}`

describe('positions map back into the HTML page', () => {
  it('on the first line of a block, columns are offset by where the block starts', () => {
    const html = '<html>\n<head>\n  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArtcle"}</script>\n</head></html>'
    const col = html.split('\n')[2]!.indexOf('"NewsArtcle"') + 1
    expect(at(checkHtml(html, 'p.html'))).toEqual([`schema/unknown-type@3:${col}`])
  })
  it('counts CRLF line ends once', () => {
    const html = '<html>\r\n<head>\r\n<script type="application/ld+json">\r\n{"@context": "https://schema.org",\r\n "@type": "Thing",\r\n "nmae": "x"}\r\n</script></head></html>'
    expect(at(checkHtml(html, 'p.html'))).toEqual(['schema/unknown-property@6:2'])
  })
  it('keeps columns right after a byte order mark', () => {
    const doc = '{"@context": "https://schema.org", "@type": "Thing", "nmae": "x"}'
    expect(at(checkJsonLdText(`\uFEFF${doc}`, 'a.jsonld'))).toEqual([`schema/unknown-property@1:${doc.indexOf('"nmae"') + 1}`])
  })
})

describe('finding the blocks', () => {
  it('skips scripts inside comments, textarea and other raw text', () => {
    const html = `<html><head><!-- <script type="application/ld+json">{bad</script> -->
<style>/* <script type="application/ld+json">{bad</script> */</style></head>
<body><textarea><script type="application/ld+json">{bad}</script></textarea>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "name": "ok"}</script></body></html>`
    const { jsonLd } = extractScripts(html)
    expect(jsonLd).toHaveLength(1)
    expect(jsonLd[0]!.line).toBe(4)
    expect(checkHtml(html, 'p.html')).toEqual([])
  })
  it('reports an empty block and a block that never closes', () => {
    expect(checkHtml('<script type="application/ld+json"></script>', 'p.html').map((d) => d.message))
      .toEqual(['The JSON-LD block is empty.'])
    expect(at(checkHtml('<script type="application/ld+json">{"@context": "https://schema.org"', 'p.html')))
      .toEqual([`json/syntax@1:${'<script type="application/ld+json">{"@context": "https://schema.org"'.length + 1}`])
  })
  it('gives no findings for a page without JSON-LD', () => {
    expect(checkHtml('<!doctype html><p>Hello</p>', 'p.html')).toEqual([])
  })
})

describe('JSON-LD structure', () => {
  it('resolves @id references across the blocks of one page', () => {
    const html = `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", "name": "P",
"publisher": {"@id": "#logo"}}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ImageObject", "@id": "#logo", "url": "https://e.com/l.png"}</script>`
    expect(at(checkHtml(html, 'p.html'))).toEqual(['schema/value-type@2:14'])
  })
  it('accepts the schema.org context aliases id and type, and @context arrays', () => {
    const doc = '{"@context": ["https://schema.org", {"@language": "en"}], "type": "Organization", "id": "https://e.com/#o", "name": "E", "url": "https://e.com/"}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('accepts an enumeration member given by @id or by URL', () => {
    const doc = '{"@context": "https://schema.org", "@type": "Offer", "price": 3, "priceCurrency": "EUR", "availability": {"@id": "https://schema.org/InStock"}, "itemCondition": "http://schema.org/NewCondition"}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('accepts the Role pattern in place of a value', () => {
    const doc = article(', "contributor": {"@type": "Role", "contributor": {"@type": "Person", "name": "C D"}, "roleName": "Photographer"}')
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('unions the domains of several types', () => {
    const doc = '{"@context": "https://schema.org", "@type": ["Book", "Product"], "name": "B", "isbn": "978-3-16-148410-0", "gtin13": "9783161484100"}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('leaves terms of other vocabularies alone', () => {
    const doc = '{"@context": ["https://schema.org", {"dc": "http://purl.org/dc/terms/"}], "@type": "Thing", "name": "x", "dc:creator": "y", "http://example.org/p": 1}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('does not flag a reference where the property takes a URL', () => {
    const doc = '{"@context": "https://schema.org", "@type": "WebPage", "name": "P", "isPartOf": {"@id": "https://e.com/#website"}, "url": {"@id": "https://e.com/p"}}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
  it('accepts numbers for QuantitativeValue and Distance, numeric text for Number', () => {
    const doc = '{"@context": "https://schema.org", "@type": "ImageObject", "url": "https://e.com/i.png", "width": 1200, "height": "675", "copyrightYear": "2024"}'
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
})

describe('Google layer scope', () => {
  it('checks an article that is a page\'s mainEntity', () => {
    const doc = '{"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "H", "author": "By Jo"}}'
    const rules = at(checkJsonLdText(doc, 'a.jsonld')).map((f) => f.split('@')[0])
    expect(rules).toContain('google/author-name-only')
    expect(rules.filter((r) => r === 'google/recommended-property')).toHaveLength(3)
  })
  it('does not treat live blog updates as separate articles', () => {
    const doc = article(', "@type": "LiveBlogPosting", "coverageStartTime": "2024-01-05T08:00:00+08:00", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update 1", "articleBody": "…"}]')
    expect(at(checkJsonLdText(doc.replace('"@type": "NewsArticle", ', ''), 'a.jsonld'))).toEqual([])
  })
  it('looks through a Role to the author inside', () => {
    const doc = article('').replace(/"author": \{[^}]*\}/, '"author": {"@type": "Role", "roleName": "Editor", "author": {"@type": "Person", "name": "Ann, Senior Editor", "url": "https://e.com/a"}}')
    expect(at(checkJsonLdText(doc, 'a.jsonld')).map((f) => f.split('@')[0])).toEqual(['google/author-name-only'])
  })
  it('does not split a company suffix off a name', () => {
    const doc = article('').replace(/"author": \{[^}]*\}/, '"author": "Acme, Inc."')
    expect(at(checkJsonLdText(doc, 'a.jsonld')).map((f) => f.split('@')[0])).toEqual(['google/author-type'])
  })
  it('accepts speakable with xPath as Google documents it', () => {
    const doc = article(', "speakable": {"@type": "SpeakableSpecification", "xPath": ["/html/head/title"]}')
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
})

describe('literals', () => {
  it('parses every real date and date-time', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString()
      const dateTime = parseTemporal(iso)
      const date = parseTemporal(iso.slice(0, 10))
      return dateTime.ok && dateTime.value.epochMs === d.getTime() && dateTime.value.hasZone && date.ok && !date.value.hasTime
    }))
  })
  it('rejects days that do not exist', () => {
    for (const text of ['2023-02-29', '2024-02-30', '2023-04-31', '2023-00-10', '2023-01-01T24:30:00Z', '2023-01-01T10:00:00+15:00']) {
      expect(parseTemporal(text).ok, text).toBe(false)
    }
    expect(parseTemporal('2024-02-29').ok).toBe(true)
    expect(parseTemporal('2000-02-29').ok).toBe(true)
    expect(parseTemporal('1900-02-29').ok).toBe(false)
  })
  it('applies the offset', () => {
    const a = parseTemporal('2024-01-05T08:00:00+08:00')
    const b = parseTemporal('2024-01-05T00:00:00Z')
    expect(a.ok && b.ok && a.value.epochMs === b.value.epochMs).toBe(true)
  })
  it('classifies URLs', () => {
    expect(classifyUrl('https://e.com/a?b=c#d')).toBe('absolute')
    expect(classifyUrl('mailto:a@e.com')).toBe('absolute')
    expect(classifyUrl('/a/b')).toBe('relative')
    expect(classifyUrl('//cdn.e.com/a.png')).toBe('relative')
    expect(classifyUrl('https://e.com/a b')).toBe('invalid')
    expect(classifyUrl('https:///path')).toBe('invalid')
    expect(classifyUrl('')).toBe('invalid')
  })
})

describe('paywall markup and the page', () => {
  const block = article(', "isAccessibleForFree": false, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"}')
  it('checks the class against a whole page', () => {
    const page = `<html><head><script type="application/ld+json">${block}</script></head><body><p>free</p></body></html>`
    expect(at(checkHtml(page, 'p.html')).map((f) => f.split('@')[0])).toEqual(['google/paywall-unmatched'])
    const ok = page.replace('<p>free</p>', '<p>free</p><div class="intro paywall"><p>paid</p></div><div class="paywall">more</div>')
    expect(at(checkHtml(ok, 'p.html'))).toEqual([])
  })
  it('does not look for the class in a head fragment', () => {
    expect(at(checkHtml(`<script type="application/ld+json">${block}</script>`, 'head.html'))).toEqual([])
  })
})

describe('other data types', () => {
  it('accepts ISO 8601 durations and quantities as text, and flags a duration in words', () => {
    const ok = '{"@context": "https://schema.org", "@type": "Recipe", "name": "R", "cookTime": "PT1H30M", "prepTime": "P0DT15M", "totalTime": "PT1.5H"}'
    expect(at(checkJsonLdText(ok, 'a.jsonld'))).toEqual([])
    const person = '{"@context": "https://schema.org", "@type": "Person", "name": "P", "height": "180 cm", "weight": {"@type": "QuantitativeValue", "value": 70, "unitCode": "KGM"}}'
    expect(at(checkJsonLdText(person, 'a.jsonld'))).toEqual([])
    const bad = '{"@context": "https://schema.org", "@type": "Recipe", "name": "R", "cookTime": "30 minutes"}'
    expect(at(checkJsonLdText(bad, 'a.jsonld'))).toEqual(['schema/value-type@1:80'])
  })
  it('accepts common product and event markup', () => {
    const doc = `{"@context": "https://schema.org", "@graph": [
 {"@type": "Product", "name": "Mug", "image": ["https://e.com/m.jpg"], "sku": "M1", "gtin13": "4006381333931",
  "offers": {"@type": "Offer", "price": "19.99", "priceCurrency": "EUR", "priceValidUntil": "2026-12-31", "availability": "https://schema.org/InStock", "url": "https://e.com/mug"},
  "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.5", "reviewCount": "12"}},
 {"@type": "Event", "name": "Launch", "startDate": "2026-05-01T19:00:00+02:00", "eventStatus": "https://schema.org/EventScheduled",
  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode", "location": {"@type": "Place", "name": "Hall", "address": "Main St 1"}},
 {"@type": "VideoObject", "name": "Clip", "thumbnailUrl": "https://e.com/t.jpg", "uploadDate": "2026-01-01", "duration": "PT2M30S", "contentUrl": "https://e.com/c.mp4",
  "interactionStatistic": {"@type": "InteractionCounter", "interactionType": {"@type": "WatchAction"}, "userInteractionCount": 5}}
]}`
    expect(at(checkJsonLdText(doc, 'a.jsonld'))).toEqual([])
  })
})

describe('hostile input', () => {
  it('reports JSON nested too deeply instead of crashing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const [finding] = checkJsonLdText(deep, 'deep.json')
    expect(finding?.rule).toBe('json/syntax')
    expect(finding?.message).toMatch(/nested too deeply/)
  })
})
