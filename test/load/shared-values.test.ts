/**
 * A loaded site holds the values its articles repeat once: articles by the
 * same authors, written from one template, in one language, share those
 * objects, and no article's data changes by it.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { loadSite } from '../../src/load/site.js'
import { SharedValues } from '../../src/load/shared-values.js'
import type { Article } from '../../src/model/types.js'
import { article, BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

async function loaded(): Promise<Article[]> {
  const files: Record<string, string> = { 'authors.yaml': 'rina:\n  name: Rina\nbudi:\n  name: Budi\n' }
  for (const n of [1, 2, 3, 4]) {
    files[`articles/a${n}.md`] = article({ title: `Judul ${n}`, date: `2023-10-0${n}T09:00:00`, authors: n === 4 ? ['budi'] : ['rina', 'budi'], tags: ['kota', `t${n % 2}`], section: 'Kota' }, `Isi berita ${n}.\n`)
  }
  const root = makeSite(files, { ...BASE_CONFIG, authors: 'authors.yaml' })
  roots.push(root)
  return (await loadSite(root, { now: Date.parse('2023-11-01T00:00:00Z') })).articles
}

describe('values articles repeat', () => {
  it('are one object across the loaded site', async () => {
    const articles = await loaded()
    const byTitle = (title: string) => articles.find((a) => a.title === title)!
    const [a1, a2, a3, a4] = ['Judul 1', 'Judul 2', 'Judul 3', 'Judul 4'].map(byTitle) as [Article, Article, Article, Article]
    expect(a1.authors[0]).toBe(a2.authors[0])
    expect(a1.authors[1]).toBe(a4.authors[0])
    expect(a1.positions).toBe(a2.positions)
    expect(a1.tags).toBe(a3.tags)
    expect(a1.tags).not.toBe(a2.tags)
    expect(a1.tags[0]).toBe(a2.tags[0])
  })

  it('change nothing an output reads', async () => {
    const articles = await loaded()
    // Each from its own copy, as from worker threads or the cache.
    const copies = articles.map((a) => JSON.parse(JSON.stringify(a)) as Article)
    const shared = new SharedValues()
    for (const copy of copies) shared.share(copy)
    expect(copies.map((copy) => JSON.stringify(copy))).toEqual(articles.map((a) => JSON.stringify(a)))
    const budi = copies.map((copy) => copy.authors.find((author) => author.name === 'Budi'))
    expect(new Set(budi).size).toBe(1)
  })
})
