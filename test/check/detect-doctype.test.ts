import { describe, expect, it } from 'vitest'
import { detectKind } from '../../src/check/documents/detect.js'
import { checkDocument } from '../../src/check/documents/run.js'

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const LAUGHS = '<!DOCTYPE urlset [\n  <!ENTITY lol "lol">\n' +
  Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n') + '\n]>'

describe('detectKind after a DOCTYPE with an internal subset', () => {
  it('finds the root element past the subset, whatever the subset holds', () => {
    expect(detectKind(`<?xml version="1.0"?>\n<!DOCTYPE urlset [ <!ENTITY site "https://a.example"> ]>\n<urlset xmlns="${SITEMAP_NS}"></urlset>`)).toBe('sitemap')
    // ">" and "]" inside literals, comments and processing instructions do not end the subset.
    const tricky = `<!DOCTYPE rss SYSTEM "x>.dtd" [\n <!-- a ] comment > here -->\n <?pi ]> ?>\n <!ENTITY a 'b]>c'>\n <!ELEMENT rss ANY>\n]>\n<rss version="2.0"><channel/></rss>`
    expect(detectKind(tricky)).toBe('rss')
    expect(detectKind(`<!DOCTYPE feed [<!ENTITY x "y">]><feed xmlns="http://www.w3.org/2005/Atom"/>`)).toBe('atom')
    expect(detectKind(`<!DOCTYPE urlset [<!ENTITY x "y">]><urlset xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"/>`)).toBe('news-sitemap')
  })

  it('a subset longer than the 4 KB head still leads to the root', () => {
    const entities = Array.from({ length: 300 }, (_, i) => `<!ENTITY e${i} "value ${i}">`).join('\n')
    expect(entities.length).toBeGreaterThan(4096)
    expect(detectKind(`<!DOCTYPE rss [\n${entities}\n]>\n<rss version="2.0"><channel/></rss>`)).toBe('rss')
  })

  it('an unterminated subset is unknown, not a guess', () => {
    expect(detectKind(`<!DOCTYPE urlset [ <!ENTITY a "b"> <urlset xmlns="${SITEMAP_NS}"/>`)).toBe('unknown')
  })

  it('entities are not expanded: a billion-laughs sitemap is detected and checked without blowing up', () => {
    const text = `<?xml version="1.0"?>\n${LAUGHS}\n<urlset xmlns="${SITEMAP_NS}">\n<url><loc>https://a.example/&lol9;</loc></url>\n</urlset>\n`
    expect(detectKind(text)).toBe('sitemap')
    // The parser reads no DTD: &lol9; stays an undeclared reference, reported where it is used.
    const diagnostics = checkDocument(text, 'laughs.xml')
    expect(diagnostics.map((d) => `${d.rule}@${d.line}`)).toEqual(['xml/not-well-formed@15'])
    expect(diagnostics[0]!.message).toContain('&lol9;')
  })
})
