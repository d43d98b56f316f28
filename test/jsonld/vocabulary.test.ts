/**
 * Every type and property the emitter writes exists in schema.org 30.0, is not
 * superseded, is allowed on the node that carries it (domainIncludes, with
 * subclasses), and has a value its range allows. Checked against the release
 * file in ../shared/reference (skipped when that folder is absent).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { articleJsonLd, isPolicyAllowed } from '../../src/emit/jsonld.js'
import { PUBLISHER_POLICIES, type ResolvedConfig } from '../../src/model/config.js'
import { ARTICLE_TYPES, type Article } from '../../src/model/types.js'
import { makeArticle, makeConfig, makeImage, makeOrganizationAuthor, makePerson, zoned } from './fixtures.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const vocabularyFile = path.resolve(repoRoot, '../shared/reference/schemaorg/schemaorg-current-https.jsonld')
const hasShared = fs.existsSync(vocabularyFile)
if (!hasShared) console.warn(`skipping schema.org vocabulary checks: ${vocabularyFile} not found`)

interface Term {
  '@id': string
  '@type': string | string[]
  'rdfs:subClassOf'?: { '@id': string } | { '@id': string }[]
  'schema:domainIncludes'?: { '@id': string } | { '@id': string }[]
  'schema:rangeIncludes'?: { '@id': string } | { '@id': string }[]
  'schema:supersededBy'?: unknown
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const names = (value: Term['rdfs:subClassOf']) => list(value).map((ref) => ref['@id'].replace(/^schema:/, ''))

function loadVocabulary() {
  const graph = (JSON.parse(fs.readFileSync(vocabularyFile, 'utf8')) as { '@graph': Term[] })['@graph']
  const terms = new Map(graph.map((term) => [term['@id'].replace(/^schema:/, ''), term]))
  const ancestors = (type: string): Set<string> => {
    const seen = new Set([type])
    const queue = [type]
    while (queue.length) for (const parent of names(terms.get(queue.pop()!)?.['rdfs:subClassOf'])) if (!seen.has(parent)) seen.add(parent), queue.push(parent)
    return seen
  }
  return { terms, ancestors }
}

type Node = Record<string, unknown>

/**
 * Problems in `graph`, one string each. Literal values: a string must be
 * allowed Text (or a Text subtype: URL, CssSelectorType) or a Date/DateTime; a
 * number an Integer/Number — or, for width/height, a Distance (a bare pixel
 * count, what Google's examples and every major emitter write); a boolean a Boolean.
 */
function problems(graph: Node[], vocabulary: ReturnType<typeof loadVocabulary>): string[] {
  const { terms, ancestors } = vocabulary
  const nodesById = new Map(graph.map((node) => [node['@id'] as string, node]))
  const found: string[] = []
  const isClass = (name: string) => list(terms.get(name)?.['@type']).includes('rdfs:Class')

  const rangeAccepts = (range: string[], value: unknown, where: string, key: string): boolean => {
    const within = (type: string) => [...ancestors(type)].some((t) => range.includes(t))
    if (typeof value === 'string') return within('Text') || within('URL') || within('CssSelectorType') || within('DateTime') || within('Date')
    if (typeof value === 'number') return within('Integer') || within('Number') || ((key === 'width' || key === 'height') && within('Distance'))
    if (typeof value === 'boolean') return within('Boolean')
    if (value && typeof value === 'object') {
      const object = value as Node
      const keys = Object.keys(object)
      const target = keys.length === 1 && keys[0] === '@id' ? nodesById.get(object['@id'] as string) : object
      if (!target) return found.push(`${where}: reference ${String(object['@id'])} has no node in the graph`), true
      return within(target['@type'] as string)
    }
    return false
  }

  const visit = (node: Node, where: string) => {
    const type = node['@type']
    if (typeof type !== 'string') return found.push(`${where}: @type must be one string, got ${JSON.stringify(type)}`)
    const term = terms.get(type)
    if (!term || !isClass(type)) return found.push(`${where}: ${type} is not a schema.org 30.0 type`)
    if (term['schema:supersededBy']) found.push(`${where}: ${type} is superseded`)
    const typeAncestors = ancestors(type)
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue
      const property = terms.get(key)
      if (!property || !list(property['@type']).includes('rdf:Property')) {
        found.push(`${where}.${key}: no such property`)
        continue
      }
      if (property['schema:supersededBy']) found.push(`${where}.${key}: superseded`)
      const domain = names(property['schema:domainIncludes'])
      if (!domain.some((d) => typeAncestors.has(d))) found.push(`${where}.${key}: not allowed on ${type} (domain ${domain.join(', ')})`)
      const range = names(property['schema:rangeIncludes'])
      list(value).forEach((item, i) => {
        const at = `${where}.${key}[${i}]`
        if (!rangeAccepts(range, item, at, key)) found.push(`${at}: ${JSON.stringify(item)} not in range ${range.join(', ')}`)
        if (item && typeof item === 'object' && '@type' in item) visit(item as Node, at)
      })
    }
  }
  graph.forEach((node, i) => visit(node, `@graph[${i}](${String(node['@type'])})`))
  return found
}

function fullArticle(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    authors: [makePerson('rina-wulandari'), makeOrganizationAuthor('meja-nasional', { image: 'https://semarak.example/desk.png', sameAs: ['https://x.example/desk'] })],
    images: [makeImage('lead'), makeImage('second')],
    accessibleForFree: false,
    paywallSelector: '.paywall',
    corrections: [{ date: zoned('2023-10-11T08:00:00'), text: 'Nama menteri diperbaiki.' }],
    ...overrides,
  })
}

describe.skipIf(!hasShared)('JSON-LD against the schema.org 30.0 vocabulary', () => {
  const vocabulary = hasShared ? loadVocabulary() : undefined!
  const check = (article: Article, config: ResolvedConfig = makeConfig()) =>
    problems(articleJsonLd(article, config)['@graph'] as unknown as Node[], vocabulary)

  it.each(ARTICLE_TYPES)('%s with every field set uses only allowed terms', (type) => {
    expect(check(fullArticle({ type }))).toEqual([])
  })

  it('uses only allowed terms with an Organization publisher and an off-site canonical', () => {
    const config = makeConfig({ site: { publisher: { ...makeConfig().site.publisher, type: 'Organization' } } })
    expect(check(fullArticle({ canonical: 'https://original.example/a' }), config)).toEqual([])
  })

  it('allows a trust policy on a plain Organization exactly when schema.org 30.0 does', () => {
    const organization = vocabulary.ancestors('Organization')
    const newsMedia = vocabulary.ancestors('NewsMediaOrganization')
    for (const policy of PUBLISHER_POLICIES) {
      const domain = names(vocabulary.terms.get(policy)!['schema:domainIncludes'])
      expect(isPolicyAllowed('Organization', policy), policy).toBe(domain.some((d) => organization.has(d)))
      expect(domain.some((d) => newsMedia.has(d)), policy).toBe(true)
    }
  })

  it('catches what it should: a misplaced property, an unknown type, a wrong range', () => {
    const bad: Node[] = [
      { '@type': 'BlogPosting', '@id': 'a', dateline: 'BAKU', author: { '@id': 'b' } },
      { '@type': 'Organization', '@id': 'b', masthead: 'https://x.example/', jobTitle: 'x' },
      { '@type': 'Newsarticle', '@id': 'c' },
      { '@type': 'Article', '@id': 'd', contentLocation: { '@id': 'b' }, wordCount: 'many' },
    ]
    expect(problems(bad, vocabulary)).toEqual([
      '@graph[0](BlogPosting).dateline: not allowed on BlogPosting (domain NewsArticle)',
      '@graph[1](Organization).masthead: not allowed on Organization (domain NewsMediaOrganization)',
      '@graph[1](Organization).jobTitle: not allowed on Organization (domain Person)',
      '@graph[2](Newsarticle): Newsarticle is not a schema.org 30.0 type',
      '@graph[3](Article).contentLocation[0]: {"@id":"b"} not in range Place',
      '@graph[3](Article).wordCount[0]: "many" not in range Integer',
    ])
  })

  it("uses only allowed terms in every article of the demo site's build", async () => {
    const { loadSite } = await import('../../src/load/site.js')
    const site = await loadSite(path.join(repoRoot, 'examples'), { now: Date.parse('2023-10-11T12:00:00+07:00') })
    expect(site.articles.length).toBeGreaterThan(0)
    for (const article of site.articles) {
      const graph = articleJsonLd(article, site.config) as unknown as { '@graph': Node[] }
      expect(problems(graph['@graph'], vocabulary), article.file).toEqual([])
    }
  })
})
