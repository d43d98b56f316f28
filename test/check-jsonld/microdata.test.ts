/**
 * Microdata and RDFa Lite in HTML get the JSON-LD rules (schema.org
 * vocabulary, Google's Article rules) with positions in the page.
 */
import { describe, expect, it } from 'vitest'
import { checkHtml, extractEmbeddedItems } from '../../src/check/documents/jsonld/index.js'

const microdata = `<!doctype html>
<html><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Pelayanan publik digital</h1>
  <time itemprop="datePublished" datetime="2024-03-01T09:00:00+07:00">1 Maret</time>
  <meta itemprop="dateModified" content="2024-02-01T09:00:00+07:00">
  <img itemprop="image" src="https://news.example/a.jpg" alt="">
  <div itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span itemprop="name">Rina Wijaya, Senior Editor</span>
    <a itemprop="url" href="https://news.example/rina">profil</a>
  </div>
  <span itemprop="headlne">typo</span>
</article>
</body></html>`

const rdfa = `<!doctype html>
<html><body vocab="https://schema.org/">
<article typeof="NewsArticle">
  <h1 property="headline">Pelayanan publik digital</h1>
  <meta property="datePublished" content="0001-01-01T00:00:00Z">
  <span property="author" typeof="Person"><span property="name">Rina Wijaya</span></span>
  <img property="image" src="https://news.example/a.jpg" alt="">
</article>
</body></html>`

const brief = (html: string) => checkHtml(html, 'page.html').map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)

describe('microdata', () => {
  it('reads items as Google does: href, src, content, datetime, nested items', () => {
    const [item] = extractEmbeddedItems(microdata)
    expect(item!.syntax).toBe('microdata')
    expect(JSON.parse(item!.json)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Pelayanan publik digital',
      datePublished: '2024-03-01T09:00:00+07:00',
      dateModified: '2024-02-01T09:00:00+07:00',
      image: 'https://news.example/a.jpg',
      author: { '@type': 'Person', name: 'Rina Wijaya, Senior Editor', url: 'https://news.example/rina' },
      headlne: 'typo',
    })
  })
  it('reports vocabulary and Google findings at the itemprop in the page', () => {
    const found = brief(microdata)
    expect(found).toContainEqual(expect.stringMatching(/^12:9 schema\/unknown-property Microdata: .*"headlne"/))
    expect(found).toContainEqual(expect.stringMatching(/^6:9 google\/date-order Microdata: dateModified/))
    expect(found).toContainEqual(expect.stringMatching(/^9:11 google\/author-name-only Microdata: .*job title "Senior Editor"/))
  })
})

describe('RDFa Lite', () => {
  it('reads vocab/typeof/property, content before text', () => {
    const [item] = extractEmbeddedItems(rdfa)
    expect(item!.syntax).toBe('rdfa')
    expect(JSON.parse(item!.json)).toMatchObject({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z', author: { '@type': 'Person', name: 'Rina Wijaya' } })
  })
  it('gets the same rules with positions', () => {
    const found = brief(rdfa)
    expect(found).toContainEqual(expect.stringMatching(/^5:9 google\/implausible-date RDFa: datePublished 0001-01-01T00:00:00Z is before 1990/))
    expect(found).toContainEqual(expect.stringMatching(/^6:27 google\/author-url RDFa: The author has neither "url" nor "sameAs"/))
  })
  it('ignores pages without either syntax, and RDFa under another vocabulary', () => {
    expect(extractEmbeddedItems('<p>plain</p>')).toEqual([])
    expect(extractEmbeddedItems('<div vocab="http://xmlns.com/foaf/0.1/"><div typeof="Person"><span property="name">A</span></div></div>')).toEqual([])
  })
})
