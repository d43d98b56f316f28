import { describe, expect, it } from 'vitest'
import { articleIds, articleJsonLd, isNewsArticleType, isPolicyAllowed, siteIds } from '../../src/emit/jsonld.js'
import { PUBLISHER_POLICIES } from '../../src/model/config.js'
import { ARTICLE_TYPES, type Article } from '../../src/model/types.js'
import { makeArticle, makeConfig, makeImage, makeOrganizationAuthor, makePerson, SITE_URL, zoned } from './fixtures.js'

type Node = Record<string, unknown>

function nodes(article: Article, config = makeConfig()): Node[] {
  return articleJsonLd(article, config)['@graph'] as unknown as Node[]
}

function byType(graph: Node[], type: string): Node[] {
  return graph.filter((node) => node['@type'] === type)
}

function byId(graph: Node[], id: string): Node {
  const found = graph.filter((node) => node['@id'] === id)
  expect(found, `exactly one node with @id ${id}`).toHaveLength(1)
  return found[0]!
}

/** Every `{ "@id": … }` reference anywhere in `value`. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) references(item, out)
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 1 && entries[0]![0] === '@id') out.push(entries[0]![1] as string)
    else for (const [, child] of entries) references(child, out)
  }
  return out
}

/** Paths of empty values ('', [], {}, null, undefined) anywhere in `value`. */
function emptyPaths(value: unknown, path = '$'): string[] {
  if (value === undefined || value === null || value === '') return [path]
  if (Array.isArray(value)) return value.length ? value.flatMap((item, i) => emptyPaths(item, `${path}[${i}]`)) : [path]
  if (typeof value === 'object') {
    const entries = Object.entries(value)
    return entries.length ? entries.flatMap(([key, child]) => emptyPaths(child, `${path}.${key}`)) : [path]
  }
  return []
}

const article = makeArticle()
const ids = articleIds(article)
const site = siteIds({ url: SITE_URL })

describe('articleJsonLd: graph shape', () => {
  const graph = articleJsonLd(article, makeConfig())
  const list = graph['@graph'] as unknown as Node[]

  it('is one @graph under the schema.org context, in a fixed node order', () => {
    expect(graph['@context']).toBe('https://schema.org')
    expect(Object.keys(graph)).toEqual(['@context', '@graph'])
    expect(list.map((node) => node['@type'])).toEqual([
      'NewsArticle',
      'WebPage',
      'ImageObject',
      'WebSite',
      'NewsMediaOrganization',
      'ImageObject',
      'Person',
    ])
  })

  it('gives every node a unique @id, and every reference resolves to a node of the graph', () => {
    const nodeIds = list.map((node) => node['@id'])
    expect(nodeIds.every((id) => typeof id === 'string' && id.startsWith('https://'))).toBe(true)
    expect(new Set(nodeIds).size).toBe(nodeIds.length)
    const refs = references(list)
    expect(refs.length).toBeGreaterThan(8)
    for (const id of refs) expect(nodeIds, id).toContain(id)
  })

  it('links the nodes the Yoast way', () => {
    const node = byId(list, `${article.url}#article`)
    expect(node['@id']).toBe(ids.article)
    expect(node.url).toBe(article.url)
    expect(node.mainEntityOfPage).toEqual({ '@id': article.url })
    expect(node.isPartOf).toEqual({ '@id': article.url })
    expect(node.publisher).toEqual({ '@id': `${SITE_URL}#organization` })
    expect(node.author).toEqual([{ '@id': `${SITE_URL}#/schema/person/rina-wulandari` }])
    expect(node.image).toEqual([{ '@id': `${article.url}#primaryimage` }])

    const page = byId(list, article.url)
    expect(page).toMatchObject({
      '@type': 'WebPage',
      url: article.url,
      name: article.title,
      isPartOf: { '@id': site.website },
      primaryImageOfPage: { '@id': `${article.url}#primaryimage` },
      datePublished: '2023-10-10T09:30:00+07:00',
      dateModified: '2023-10-10T14:05:00+07:00',
      inLanguage: 'id',
    })
    expect(byId(list, site.website)).toMatchObject({
      '@type': 'WebSite',
      url: SITE_URL,
      name: 'Semarak',
      description: 'Berita pelayanan publik',
      inLanguage: 'id',
      publisher: { '@id': site.organization },
    })
    expect(byId(list, site.organization)).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Semarak',
      url: SITE_URL,
      logo: { '@id': site.logo },
      sameAs: ['https://x.example/semarak'],
    })
    expect(byId(list, site.logo)).toEqual({
      '@type': 'ImageObject',
      '@id': site.logo,
      url: `${SITE_URL}assets/logo.png`,
      contentUrl: `${SITE_URL}assets/logo.png`,
      width: 600,
      height: 60,
    })
  })

  it('writes the article properties from the model, dates as the model ISO strings', () => {
    const node = list[0]!
    expect(node).toMatchObject({
      headline: article.title,
      description: article.description,
      datePublished: article.datePublished.iso,
      dateModified: article.dateModified!.iso,
      inLanguage: 'id',
      keywords: ['pelayanan publik', 'Azerbaijan'],
      articleSection: 'Nasional',
      wordCount: 8,
      dateline: 'BAKU',
      contentLocation: { '@type': 'Place', name: 'Baku, Azerbaijan' },
    })
    expect(Object.keys(node).slice(0, 2)).toEqual(['@type', '@id'])
    expect(node).not.toHaveProperty('isAccessibleForFree')
    expect(node).not.toHaveProperty('hasPart')
    expect(node).not.toHaveProperty('correction')
  })

  it('describes images with url and contentUrl, size, caption and credit', () => {
    expect(byId(list, `${article.url}#primaryimage`)).toEqual({
      '@type': 'ImageObject',
      '@id': `${article.url}#primaryimage`,
      url: `${SITE_URL}assets/lead.jpg`,
      contentUrl: `${SITE_URL}assets/lead.jpg`,
      width: 1200,
      height: 675,
      caption: 'Keterangan lead',
      creditText: 'Semarak/Arsip',
    })
  })

  it('lists every trust policy on a NewsMediaOrganization, in the config order', () => {
    const organization = byId(list, site.organization)
    const policies = Object.keys(organization).filter((key) => (PUBLISHER_POLICIES as readonly string[]).includes(key))
    expect(policies).toEqual([...PUBLISHER_POLICIES])
    expect(organization.masthead).toBe(`${SITE_URL}redaksi/`)
  })

  it('is deterministic: same input, same JSON text', () => {
    expect(JSON.stringify(articleJsonLd(makeArticle(), makeConfig()))).toBe(JSON.stringify(graph))
  })
})

describe('articleJsonLd: authors', () => {
  const person = makePerson('rina-wulandari')
  const second = makePerson('bagus-prasetyo', { url: undefined, sameAs: [], image: undefined, jobTitle: undefined })
  const desk = makeOrganizationAuthor('meja-nasional', { jobTitle: 'Desk', image: `${SITE_URL}assets/desk.jpg`, sameAs: ['https://x.example/desk'] })
  const list = nodes(makeArticle({ authors: [person, desk, second, person] }))

  it('makes every author a node of its own, referenced in order, each once', () => {
    expect(list[0]!.author).toEqual([{ '@id': person.id }, { '@id': desk.id }, { '@id': second.id }])
    expect(list.filter((node) => node['@id'] === person.id)).toHaveLength(1)
  })

  it('keeps the type from the data, never guessing from the name', () => {
    const named = makePerson('x', { name: 'Jakarta Times Media Inc' })
    const graph = nodes(makeArticle({ authors: [named] }))
    expect(byId(graph, named.id)['@type']).toBe('Person')
    expect(byId(list, desk.id)['@type']).toBe('Organization')
  })

  it('writes name, url, sameAs, image, jobTitle; jobTitle only on a Person', () => {
    expect(byId(list, person.id)).toEqual({
      '@type': 'Person',
      '@id': person.id,
      name: 'Rina Wulandari',
      url: `${SITE_URL}penulis/rina-wulandari/`,
      sameAs: ['https://x.example/rina-wulandari'],
      image: `${SITE_URL}assets/authors/rina-wulandari.jpg`,
      jobTitle: 'Wartawan',
    })
    expect(byId(list, desk.id)).toEqual({
      '@type': 'Organization',
      '@id': desk.id,
      name: 'Desk Nasional Semarak',
      url: `${SITE_URL}redaksi/`,
      sameAs: ['https://x.example/desk'],
      image: `${SITE_URL}assets/desk.jpg`,
    })
    expect(byId(list, second.id)).toEqual({ '@type': 'Person', '@id': second.id, name: 'Bagus Prasetyo' })
  })

  it('leaves author out when there is none', () => {
    const graph = nodes(makeArticle({ authors: [] }))
    expect(graph[0]).not.toHaveProperty('author')
    expect(byType(graph, 'Person')).toHaveLength(0)
  })
})

describe('articleJsonLd: paywall, corrections, canonical, types', () => {
  it('marks a paywalled article and its gated part', () => {
    const [node] = nodes(makeArticle({ accessibleForFree: false, paywallSelector: '.paywall' }))
    expect(node!.isAccessibleForFree).toBe(false)
    expect(node!.hasPart).toEqual({ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' })
  })

  it('marks a paywalled article without a selector, with no hasPart', () => {
    const [node] = nodes(makeArticle({ accessibleForFree: false }))
    expect(node!.isAccessibleForFree).toBe(false)
    expect(node).not.toHaveProperty('hasPart')
  })

  it('writes each correction as a CorrectionComment with its date', () => {
    const [node] = nodes(
      makeArticle({
        corrections: [
          { date: zoned('2023-10-11T08:00:00'), text: 'Nama menteri diperbaiki.' },
          { date: zoned('2023-10-12T10:15:00+09:00'), text: 'Jabatan PM dikoreksi.' },
        ],
      }),
    )
    expect(node!.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Nama menteri diperbaiki.', datePublished: '2023-10-11T08:00:00+07:00' },
      { '@type': 'CorrectionComment', text: 'Jabatan PM dikoreksi.', datePublished: '2023-10-12T08:15:00+07:00' },
    ])
  })

  it('points the WebPage and mainEntityOfPage at the canonical URL when it differs', () => {
    const canonical = 'https://original.example/berita/123'
    const moved = makeArticle({ canonical })
    const graph = nodes(moved)
    const node = graph[0]!
    expect(node['@id']).toBe(`${moved.url}#article`)
    expect(node.url).toBe(moved.url)
    expect(node.mainEntityOfPage).toEqual({ '@id': canonical })
    const page = byType(graph, 'WebPage')[0]!
    expect(page['@id']).toBe(canonical)
    expect(page.url).toBe(canonical)
    // The original lives on another site: its page is not part of this WebSite.
    expect(page).not.toHaveProperty('isPartOf')
    for (const id of references(graph)) expect(graph.map((n) => n['@id'])).toContain(id)
  })

  it('keeps isPartOf WebSite when the canonical page is on this site', () => {
    const page = byType(nodes(makeArticle({ canonical: `${SITE_URL}2023/10/asli/` })), 'WebPage')[0]!
    expect(page['@id']).toBe(`${SITE_URL}2023/10/asli/`)
    expect(page.isPartOf).toEqual({ '@id': site.website })
  })

  it.each(ARTICLE_TYPES)('emits %s single-typed, with dateline only where schema.org allows it', (type) => {
    const [node] = nodes(makeArticle({ type }))
    expect(node!['@type']).toBe(type)
    const news = type.endsWith('NewsArticle')
    expect(isNewsArticleType(type)).toBe(news)
    if (news) expect(node!.dateline).toBe('BAKU')
    else expect(node).not.toHaveProperty('dateline')
  })

  it('never truncates the headline (a long CJK title without spaces)', () => {
    const title = '東京都知事が行政サービスのデジタル化について記者会見を行い新しい住民向けオンライン窓口の開設と手続きの簡素化を発表した'.repeat(3)
    expect(nodes(makeArticle({ title }))[0]!.headline).toBe(title)
  })

  it('falls back to datePublished for dateModified when the article was never updated', () => {
    const graph = nodes(makeArticle({ dateModified: undefined }))
    expect(graph[0]!.dateModified).toBe('2023-10-10T09:30:00+07:00')
    expect(byType(graph, 'WebPage')[0]!.dateModified).toBe('2023-10-10T09:30:00+07:00')
  })

  it('gives each distinct image a node, the lead one #primaryimage', () => {
    const images = [makeImage('a'), makeImage('b'), makeImage('a', { caption: 'dup' }), makeImage('c', { width: undefined, height: undefined, caption: undefined, alt: 'alt c', credit: undefined })]
    const a = makeArticle({ images })
    const graph = nodes(a)
    expect(graph[0]!.image).toEqual([{ '@id': `${a.url}#primaryimage` }, { '@id': `${a.url}#image-2` }, { '@id': `${a.url}#image-3` }])
    expect(byId(graph, `${a.url}#image-3`)).toEqual({
      '@type': 'ImageObject',
      '@id': `${a.url}#image-3`,
      url: `${SITE_URL}assets/c.jpg`,
      contentUrl: `${SITE_URL}assets/c.jpg`,
      caption: 'alt c',
    })
  })
})

describe('articleJsonLd: publisher', () => {
  it('leaves out the policies schema.org allows only on NewsMediaOrganization when the publisher is an Organization', () => {
    const config = makeConfig({ site: { publisher: { ...makeConfig().site.publisher, type: 'Organization' } } })
    const organization = byType(nodes(makeArticle(), config), 'Organization')[0]!
    expect(organization['@id']).toBe(site.organization)
    for (const policy of ['masthead', 'verificationFactCheckingPolicy', 'noBylinesPolicy', 'missionCoveragePrioritiesPolicy']) {
      expect(organization).not.toHaveProperty(policy)
      expect(isPolicyAllowed('Organization', policy as (typeof PUBLISHER_POLICIES)[number])).toBe(false)
    }
    for (const policy of ['publishingPrinciples', 'ethicsPolicy', 'correctionsPolicy', 'diversityPolicy', 'ownershipFundingInfo', 'actionableFeedbackPolicy', 'unnamedSourcesPolicy']) {
      expect(organization).toHaveProperty(policy)
    }
  })

  it('has no logo reference when the site has no logo', () => {
    const graph = nodes(makeArticle(), makeConfig({ site: { logo: undefined } }))
    expect(byId(graph, site.organization)).not.toHaveProperty('logo')
    expect(graph.some((node) => node['@id'] === site.logo)).toBe(false)
  })
})

describe('articleJsonLd: no empty values', () => {
  it('omits every empty or missing field of a bare article', () => {
    const bare = makeArticle({
      description: '',
      dateModified: undefined,
      authors: [],
      images: [],
      tags: [],
      section: undefined,
      dateline: undefined,
      location: undefined,
      corrections: [],
    })
    const config = makeConfig({ site: { description: undefined, logo: undefined, publisher: { type: 'NewsMediaOrganization', name: 'Semarak', sameAs: [] } } })
    const graph = articleJsonLd(bare, config)
    expect(emptyPaths(graph)).toEqual([])
    const list = graph['@graph'] as unknown as Node[]
    expect(list.map((node) => node['@type'])).toEqual(['NewsArticle', 'WebPage', 'WebSite', 'NewsMediaOrganization'])
    expect(Object.keys(list[0]!)).toEqual([
      '@type',
      '@id',
      'url',
      'headline',
      'datePublished',
      'dateModified',
      'publisher',
      'mainEntityOfPage',
      'isPartOf',
      'inLanguage',
      'wordCount',
    ])
    expect(list[1]).not.toHaveProperty('primaryImageOfPage')
  })

  it('drops empty strings from lists (tags, sameAs)', () => {
    const a = makeArticle({ tags: ['', 'Baku', ''], authors: [makePerson('a', { sameAs: ['', 'https://x.example/a'] })] })
    const graph = nodes(a)
    expect(graph[0]!.keywords).toEqual(['Baku'])
    expect(byId(graph, a.authors[0]!.id).sameAs).toEqual(['https://x.example/a'])
    expect(nodes(makeArticle({ tags: [''] }))[0]).not.toHaveProperty('keywords')
  })

  it('has no empty values in a full article either', () => {
    const full = makeArticle({
      authors: [makePerson('a'), makeOrganizationAuthor('b')],
      images: [makeImage('a'), makeImage('b')],
      accessibleForFree: false,
      paywallSelector: '.paywall',
      corrections: [{ date: zoned('2023-10-11T08:00:00'), text: 'x' }],
    })
    expect(emptyPaths(articleJsonLd(full, makeConfig()))).toEqual([])
  })
})
