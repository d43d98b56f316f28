import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { emitSite } from '../../src/build.js'
import { loadSite } from '../../src/load/site.js'
import { memorySink } from '../../src/write/output.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))
const NOW = Date.parse('2023-10-11T12:00:00+07:00')

async function loadWithRegistry(registry: string, author: unknown) {
  const root = makeSite(
    {
      'authors.yaml': registry,
      'articles/a.md': article({ title: 'Satu', date: '2023-10-10T09:00:00', author }),
    },
    { ...BASE_CONFIG, authors: 'authors.yaml', feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } },
  )
  roots.push(root)
  return loadSite(root, { now: NOW })
}

describe('registry authors', () => {
  it('the same author listed by key and by name is credited once, in the article and in every feed', async () => {
    const site = await loadWithRegistry('dimas-pratama:\n  name: Dimas Pratama\n  url: /penulis/dimas/\n', ['dimas-pratama', 'Dimas Pratama', 'dimas-pratama'])
    expect(site.diagnostics).toEqual([])
    // The loader's own de-duplication, not the JSON-LD step's: the model holds the author once.
    expect(site.articles[0]!.authors.map((a) => [a.name, a.url])).toEqual([['Dimas Pratama', 'https://semarak.example/penulis/dimas/']])
    const sink = memorySink()
    await emitSite(site, sink)
    const text = (name: string) => {
      const bytes = sink.files.get(name)
      expect(bytes, name).toBeDefined()
      return (name.endsWith('.gz') ? gunzipSync(bytes!) : bytes!).toString('utf8')
    }
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1
    expect(count(text('feed.xml'), '<dc:creator>Dimas Pratama</dc:creator>')).toBe(1)
    const atom = text('atom.xml')
    expect(count(atom.slice(atom.indexOf('<entry>')), '<name>Dimas Pratama</name>')).toBe(1)
    const json = JSON.parse(text('feed.json')) as { items: { authors: { name: string }[] }[] }
    expect(json.items[0]!.authors.map((a) => a.name)).toEqual(['Dimas Pratama'])
    const graph = text('_dateline/a.jsonld')
    expect(count(graph, '"name": "Dimas Pratama"')).toBe(1)
  })

  it('never guesses the type from the name: a registry author without type is a Person, however it is named', async () => {
    const site = await loadWithRegistry('redaksi:\n  name: Tim Redaksi\ndesk:\n  name: News Desk\nkantor:\n  name: Kantor Berita\n  type: Organization\n', ['redaksi', 'desk', 'kantor'])
    expect(site.diagnostics).toEqual([])
    expect(site.articles[0]!.authors.map((a) => [a.name, a.type])).toEqual([
      ['Tim Redaksi', 'Person'],
      ['News Desk', 'Person'],
      ['Kantor Berita', 'Organization'],
    ])
    expect(site.articles[0]!.authors[0]!.id).toBe('https://semarak.example/#/schema/person/redaksi')
  })
})

describe('the description fallback', () => {
  const describeBody = async (body: string) => {
    const root = makeSite({ 'articles/a.md': article({ title: 'A', date: '2023-10-10' }, body) })
    roots.push(root)
    const { articles, diagnostics } = await loadSite(root, { now: NOW })
    expect(diagnostics).toEqual([])
    return articles[0]!.description
  }

  it('keeps the last whole word when the word boundary falls exactly at character 160', async () => {
    // 32 four-letter words and their spaces: character 160 is a space.
    const words = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(3, '0')}`)
    const description = await describeBody(`${words.join(' ')}\n`)
    expect(description).toBe(`${words.slice(0, 32).join(' ')}…`)
    expect(Array.from(description!)).toHaveLength(160)
  })

  it('cuts a 200-character run without spaces to at most 160 characters', async () => {
    const description = await describeBody(`${'x'.repeat(200)}\n`)
    expect(Array.from(description!).length).toBeLessThanOrEqual(160)
    expect(description).toBe(`${'x'.repeat(159)}…`)
  })
})
