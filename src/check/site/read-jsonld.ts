/** Site mode's reader of one article's JSON-LD (a `.jsonld` file or a script block of a page): compared with the expectation. */
import { ARTICLE_TYPES } from '../../model/types.js'
import type { ParsedJson } from '../documents/parsed.js'
import { asString, idOf, isObject, types, type Json, type JsonObject } from './json.js'
import { authorMessage, compareAuthors, isoInstant, isoOf, quote, spaces, urlKey, type Expected, type SiteFindings } from './compare.js'
import { JsonPositions, type JsonPath } from './positions.js'
import type { Position } from '../../model/types.js'
import { siteAuthorMismatch, siteDateMismatch, siteHeadlineMismatch, siteMissingEntry, siteUrlMismatch } from './rules.js'

const ARTICLE_TYPE_SET = new Set<string>(ARTICLE_TYPES)

/** Compare one article's JSON-LD document (a `.jsonld` file or a script block, parsed) with the model. */
export function crossCheckJsonLd(parsed: ParsedJson | null, origin: Position, output: string, expected: Expected, findings: SiteFindings): void {
  if (!parsed) return // the JSON layer reports syntax errors
  const document: Json = parsed.value
  const positions = new JsonPositions(parsed, origin)
  const nodes: { node: JsonObject; path: JsonPath }[] = []
  const graph = isObject(document) ? document['@graph'] : undefined
  if (Array.isArray(graph)) graph.forEach((node, i) => isObject(node) && nodes.push({ node, path: ['@graph', i] }))
  else if (Array.isArray(document)) document.forEach((node, i) => isObject(node) && nodes.push({ node, path: [i] }))
  else if (isObject(document)) nodes.push({ node: document, path: [] })
  const byId = new Map<string, { node: JsonObject; path: JsonPath }>()
  for (const entry of nodes) {
    const id = asString(entry.node['@id'])
    if (id !== undefined && !byId.has(id)) byId.set(id, entry)
  }
  const source = findings.source(expected.article)
  const lead = nodes.find((entry) => types(entry.node).some((type) => ARTICLE_TYPE_SET.has(type)))
  if (!lead) {
    findings.add(siteMissingEntry, output, positions.at([]), `the JSON-LD has no article node for ${source}; rebuild it`)
    return
  }
  const { node, path } = lead
  const url = asString(node.url)
  if (url !== undefined && urlKey(url) !== urlKey(expected.url)) {
    findings.add(siteUrlMismatch, output, positions.at([...path, 'url']), `JSON-LD url ${quote(url)} is not the URL of ${source}, ${quote(expected.url)}`)
  }
  const main = idOf(node.mainEntityOfPage)
  if (main !== undefined && urlKey(main) !== urlKey(expected.canonical)) {
    findings.add(
      siteUrlMismatch,
      output,
      positions.at([...path, 'mainEntityOfPage']),
      `JSON-LD mainEntityOfPage ${quote(main)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`,
    )
  }
  const headline = asString(node.headline)
  if (headline !== undefined && spaces(headline) !== spaces(expected.title)) {
    findings.add(siteHeadlineMismatch, output, positions.at([...path, 'headline']), `JSON-LD headline ${quote(headline)} differs from the title of ${source}, ${quote(expected.title)}`)
  }
  jsonLdDate(node, path, 'datePublished', expected.published, expected, output, positions, findings)
  jsonLdDate(node, path, 'dateModified', expected.modified, expected, output, positions, findings)

  // The WebPage the article is the main entity of: its URL is the canonical one.
  const page = main === undefined ? undefined : byId.get(main)
  if (page && page !== lead) {
    const pageUrl = asString(page.node.url)
    if (pageUrl !== undefined && urlKey(pageUrl) !== urlKey(expected.canonical)) {
      findings.add(siteUrlMismatch, output, positions.at([...page.path, 'url']), `JSON-LD WebPage url ${quote(pageUrl)} is not the canonical URL of ${source}, ${quote(expected.canonical)}`)
    }
  }

  // Authors: `{ "@id" }` references to nodes of the graph, inline objects, or names.
  const raw = node.author
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
  const names: { name: string; path: JsonPath }[] = []
  list.forEach((author, i) => {
    const here = Array.isArray(raw) ? [...path, 'author', i] : [...path, 'author']
    if (typeof author === 'string') names.push({ name: author, path: here })
    else if (isObject(author)) {
      const inline = asString(author.name)
      const referenced = inline === undefined ? byId.get(asString(author['@id']) ?? '') : undefined
      const name = inline ?? asString(referenced?.node.name)
      // A finding about a referenced author points at its node's name.
      if (name !== undefined) names.push({ name, path: referenced ? [...referenced.path, 'name'] : here })
    }
  })
  compareAuthors(names, expected.authors, (missing, extra) => {
    const at = extra ? extra.path : [...path, 'author']
    findings.add(siteAuthorMismatch, output, positions.at(at), authorMessage('JSON-LD author', names.map((n) => n.name), expected, source, missing, extra?.name))
  })
}

function jsonLdDate(node: JsonObject, path: JsonPath, key: string, expectedMs: number, expected: Expected, output: string, positions: JsonPositions, findings: SiteFindings): void {
  const value = asString(node[key])
  if (value === undefined) return
  const instant = isoInstant(value)
  if (instant !== undefined && instant !== expectedMs) {
    findings.add(siteDateMismatch, output, positions.at([...path, key]), `JSON-LD ${key} ${value} is not the ${key === 'datePublished' ? 'publication' : 'modification'} date of ${findings.source(expected.article)}, ${isoOf(expected, key)}`)
  }
}
