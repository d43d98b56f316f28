/**
 * What in the sources a place in an article's JSON-LD comes from. The JSON
 * path at the place names the node and property; dateline's stable `@id`s
 * name the entity (an author, the publisher, the logo, the website, an
 * image), and the property of an article node names the frontmatter key.
 */
import type { ValueNode } from '@humanwhocodes/momoa'
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, Position } from '../../model/types.js'
import type { ParsedJson } from '../documents/parsed.js'
import { isObject, type Json, type JsonObject } from './json.js'
import type { JsonPath } from './positions.js'
import type { SourceRef } from './source-places.js'

/** schema.org properties of the article (and its WebPage) -> the frontmatter keys they come from. */
const ARTICLE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  headline: ['title'],
  name: ['title'],
  alternativeHeadline: ['title'],
  description: ['description'],
  abstract: ['description'],
  datePublished: ['date'],
  dateCreated: ['date'],
  dateModified: ['updated', 'corrections', 'date'],
  author: ['authors'],
  creator: ['authors'],
  image: ['image'],
  primaryImageOfPage: ['image'],
  thumbnailUrl: ['image'],
  keywords: ['tags', 'categories'],
  articleSection: ['section', 'categories'],
  inLanguage: ['lang'],
  url: ['url', 'slug'],
  '@id': ['url', 'slug'],
  mainEntityOfPage: ['canonical', 'url', 'slug'],
  isAccessibleForFree: ['accessibleForFree'],
  hasPart: ['paywallSelector', 'accessibleForFree'],
  correction: ['corrections'],
  dateline: ['dateline'],
  contentLocation: ['location'],
  locationCreated: ['location'],
  '@type': ['type'],
  wordCount: ['body'],
  articleBody: ['body'],
}

/** Properties of the publisher -> config keys. */
const PUBLISHER_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  name: ['site.publisher.name', 'site.name'],
  url: ['site.url'],
  logo: ['site.logo'],
  sameAs: ['site.publisher.sameAs'],
  '@type': ['site.publisher.type'],
}

const WEBSITE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  name: ['site.name'],
  url: ['site.url'],
  inLanguage: ['site.language'],
  description: ['site.description'],
  publisher: ['site.publisher', 'site.name'],
}

/** The JSON path of the innermost value or key at `at` in a JSON document (parsed) starting at `origin`. */
export function jsonPathAt(parsed: ParsedJson, origin: Position, at: Position): JsonPath {
  const root: ValueNode = parsed.document.body
  // The place in the block's own coordinates (the block's first line starts at the origin's column).
  const line = at.line - origin.line + 1
  const column = at.line === origin.line ? at.column - origin.column + 1 : at.column
  const before = (p: Position) => p.line < line || (p.line === line && p.column <= column)
  const inside = (loc: { start: Position; end: Position }) => before(loc.start) && !before(loc.end)
  const path: (string | number)[] = []
  let node: ValueNode | undefined = root
  while (node) {
    const current: ValueNode = node
    node = undefined
    if (current.type === 'Object') {
      for (const member of current.members) {
        if (!inside(member.loc)) continue
        path.push(member.name.type === 'String' ? member.name.value : member.name.name)
        if (inside(member.value.loc)) node = member.value
        break
      }
    } else if (current.type === 'Array') {
      const index = current.elements.findIndex((element) => inside(element.value.loc))
      if (index !== -1) {
        path.push(index)
        node = current.elements[index]!.value
      }
    }
  }
  return path
}

/** What in the sources the value at `path` of an article's JSON-LD (`document`, parsed) comes from. */
export function jsonLdSource(document: Json, path: JsonPath, article: Article, config: ResolvedConfig): SourceRef {
  // Each object along the path, with the property the path takes out of it.
  const steps: { object: JsonObject; property: string | undefined }[] = []
  let value: Json = document
  for (const step of path) {
    if (isObject(value)) steps.push({ object: value, property: typeof step === 'string' ? step : undefined })
    value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, Json>)[step] : undefined
  }
  if (isObject(value)) steps.push({ object: value, property: undefined })
  const site = config.site.url
  // The innermost object with one of dateline's stable ids names the entity.
  for (let i = steps.length - 1; i >= 0; i--) {
    const { object, property } = steps[i]!
    const id = typeof object['@id'] === 'string' ? object['@id'] : undefined
    if (id === undefined) continue
    const author = article.authors.find((a) => a.id === id)
    if (author) return { kind: 'author', article, author, ...(property && !property.startsWith('@') ? { key: property } : {}) }
    if (id === `${site}#logo`) return { kind: 'config', keys: ['site.logo'] }
    if (id === `${site}#organization`) return { kind: 'config', keys: (property && PUBLISHER_PROPERTIES[property]) || policyKey(property) }
    if (id === `${site}#website`) return { kind: 'config', keys: (property && WEBSITE_PROPERTIES[property]) || ['site'] }
    if (id.startsWith(`${article.url}#primaryimage`) || id.startsWith(`${article.url}#image-`)) return { kind: 'article', article, keys: ['image'] }
    if (id === `${article.url}#article` || id === article.url || id === article.canonical) {
      return { kind: 'article', article, ...(property && ARTICLE_PROPERTIES[property] ? { keys: ARTICLE_PROPERTIES[property] } : {}) }
    }
  }
  // A node without a known id (another generator's JSON-LD): the article's property, if the path names one.
  const property = steps.find((s) => s.property && !s.property.startsWith('@') && s.property in ARTICLE_PROPERTIES)?.property
  return { kind: 'article', article, ...(property ? { keys: ARTICLE_PROPERTIES[property] } : {}) }
}

function policyKey(property: string | undefined): readonly string[] {
  return property && !property.startsWith('@') ? [`site.publisher.${property}`, 'site.publisher'] : ['site.publisher', 'site.name']
}
