/**
 * Just enough of JSON-LD context processing to know which keys and types are schema.org terms:
 * the schema.org context by URL (http or https, with or without the trailing slash),
 * object contexts with "@vocab" and term or prefix definitions, arrays of these, and null.
 * Any other remote context is reported, never fetched or guessed.
 */
import type { ValueNode } from '@humanwhocodes/momoa'

export interface ActiveContext {
  /** What a bare term (no colon) means: a schema.org term, a term of another vocabulary, or nothing. */
  readonly vocab: 'schema' | 'other' | 'none'
  /** The schema.org context is in effect: `id`/`type` alias `@id`/`@type`, `schema:` is a prefix. */
  readonly schemaContext: boolean
  /** Terms defined in object contexts: schema.org local name, or null for another vocabulary. */
  readonly terms?: ReadonlyMap<string, string | null>
  /** Prefixes defined in object contexts: true when they expand to schema.org. */
  readonly prefixes?: ReadonlyMap<string, boolean>
  /** A context dateline does not know is in scope: terms cannot be resolved with confidence. */
  readonly unknown: boolean
}

export const EMPTY_CONTEXT: ActiveContext = { vocab: 'none', schemaContext: false, unknown: false }
const SCHEMA_CONTEXT: ActiveContext = { vocab: 'schema', schemaContext: true, unknown: false }

const SCHEMA_IRI = /^https?:\/\/schema\.org\/(.*)$/

/** `https://schema.org/Thing` -> `Thing`; undefined for other IRIs. */
export function schemaLocalName(iri: string): string | undefined {
  const match = SCHEMA_IRI.exec(iri)
  return match && match[1] ? match[1] : undefined
}

/** URLs that dereference to the schema.org JSON-LD context. */
export function isSchemaOrgContextUrl(url: string): boolean {
  return /^https?:\/\/(www\.)?schema\.org(\/|\/docs\/jsonldcontext\.json(ld)?)?$/.test(url.trim())
}

export interface ContextProblem {
  node: ValueNode
  message: string
}

/** The context after applying the `@context` value `node`; problems are collected, not thrown. */
export function applyContext(active: ActiveContext, node: ValueNode, problems: ContextProblem[]): ActiveContext {
  switch (node.type) {
    case 'Null':
      return EMPTY_CONTEXT
    case 'Array': {
      let result = active
      for (const element of node.elements) result = applyContext(result, element.value, problems)
      return result
    }
    case 'String': {
      if (isSchemaOrgContextUrl(node.value)) return { ...SCHEMA_CONTEXT, terms: active.terms, prefixes: active.prefixes }
      problems.push({ node, message: `@context "${node.value}" is not schema.org; dateline does not fetch contexts, so nodes under it are not checked. Use "https://schema.org".` })
      return { ...active, unknown: true }
    }
    case 'Object': {
      let vocab = active.vocab
      let unknown = active.unknown
      let terms: Map<string, string | null> | undefined
      let prefixes: Map<string, boolean> | undefined
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name
        const value = member.value
        if (key === '@vocab') {
          if (value.type === 'Null') vocab = 'none'
          else if (value.type === 'String' && /^https?:\/\/schema\.org\/$/.test(value.value)) vocab = 'schema'
          else if (value.type === 'String' && /^https?:\/\/schema\.org$/.test(value.value)) {
            problems.push({ node: value, message: `"@vocab": "${value.value}" lacks the trailing slash, so "headline" expands to "${value.value}headline"; write "${value.value}/".` })
            unknown = true
          } else {
            problems.push({ node: value, message: `"@vocab" is not schema.org; terms of other vocabularies are not checked.` })
            vocab = 'other'
          }
        } else if (key === '@import') {
          problems.push({ node: value, message: '"@import" loads a remote context that dateline does not fetch; nodes under it are not checked.' })
          unknown = true
        } else if (key.startsWith('@')) {
          continue // @language, @base, @version, @direction, @protected, @propagate: no effect on term names
        } else {
          const iri = value.type === 'String' ? value.value
            : value.type === 'Object' ? idOf(value)
            : undefined
          if (value.type === 'Object' && iri === undefined) continue // coercion only; the term keeps its meaning
          terms ??= new Map(active.terms)
          prefixes ??= new Map(active.prefixes)
          if (iri === undefined) terms.set(key, null)
          else {
            const local = schemaLocalName(iri) ?? (iri.startsWith('schema:') && active.schemaContext ? iri.slice(7) : undefined)
            terms.set(key, local ?? null)
            if (/^https?:\/\/schema\.org\/$/.test(iri)) prefixes.set(key, true)
            else if (/[/#:]$/.test(iri)) prefixes.set(key, false)
          }
        }
      }
      return { vocab, schemaContext: active.schemaContext, unknown, terms: terms ?? active.terms, prefixes: prefixes ?? active.prefixes }
    }
    default:
      problems.push({ node, message: '@context must be a string, an object, an array or null.' })
      return { ...active, unknown: true }
  }
}

function idOf(object: { members: { name: ValueNode | { type: string }; value: ValueNode }[] }): string | undefined {
  for (const member of object.members) {
    const name = member.name as ValueNode
    if (name.type === 'String' && name.value === '@id' && member.value.type === 'String') return member.value.value
  }
  return undefined
}

/** What a key (or a type name) means under `context`. */
export type Term =
  | { kind: 'keyword'; keyword: string }
  | { kind: 'schema'; name: string }
  | { kind: 'foreign' }

const FOREIGN: Term = { kind: 'foreign' }

export function resolveKey(context: ActiveContext, key: string): Term {
  if (key.charCodeAt(0) === 64 /* @ */) return { kind: 'keyword', keyword: key }
  if (context.schemaContext && (key === 'id' || key === 'type')) return { kind: 'keyword', keyword: `@${key}` }
  return resolveVocabTerm(context, key)
}

/** A type name or property name, expanded against the vocabulary (not against @base). */
export function resolveVocabTerm(context: ActiveContext, name: string): Term {
  if (context.terms) {
    const mapped = context.terms.get(name)
    if (mapped !== undefined) return mapped === null ? FOREIGN : { kind: 'schema', name: mapped }
  }
  const colon = name.indexOf(':')
  if (colon > 0) {
    const prefix = name.slice(0, colon)
    if (prefix === 'http' || prefix === 'https') {
      const local = schemaLocalName(name)
      return local ? { kind: 'schema', name: local } : FOREIGN
    }
    const isSchema = context.prefixes?.get(prefix) ?? (prefix === 'schema' && context.schemaContext)
    return isSchema ? { kind: 'schema', name: name.slice(colon + 1) } : FOREIGN
  }
  return context.vocab === 'schema' ? { kind: 'schema', name } : FOREIGN
}
