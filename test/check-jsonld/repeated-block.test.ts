import { describe, expect, it } from 'vitest'
import { checkHtml } from '../../src/check/documents/jsonld/index.js'

const block = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A","datePublished":"2023-10-11T08:00:00+07:00","author":{"@type":"Person","name":"Rina"},"image":"x.jpg"}'
const page = (before: string) => `<!doctype html><html><head>${before}<script type="application/ld+json">${block}</script></head><body><p>Hi</p></body></html>`

describe('a JSON-LD block repeated across pages (a head fragment and its page)', () => {
  it('has each finding at its own position in each page, the same as a first check gives', () => {
    const first = checkHtml(page('\n\n<title>A</title>  '), 'a.html')
    const again = checkHtml(page(''), 'b.html')
    expect(first.length).toBeGreaterThan(0)
    expect(again.map((d) => d.message)).toEqual(first.map((d) => d.message))
    // The block starts two lines lower and at another column in a.html.
    const offset = page('\n\n<title>A</title>  ').split('\n')[2]!.indexOf('<script') - page('').indexOf('<script')
    expect(first.map((d) => [d.file, d.line, d.column])).toEqual(again.map((d) => ['a.html', d.line + 2, d.column + offset]))
    // Checked afresh in another process order, b.html gives the same.
    expect(checkHtml(page(''), 'b.html')).toEqual(again)
  })
})
