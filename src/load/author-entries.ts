/**
 * Author entries -> resolved authors, with no file access: the part of the
 * registry that a bundle (Next.js) can import. `authors.ts` reads the file.
 */
import type { AuthorInput, ResolvedConfig } from '../model/config.js'
import type { Author, Position } from '../model/types.js'
import { resolveHttpUrl, slugify } from '../model/urls.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { hint } from '../util/did-you-mean.js'
import { isObject } from '../util/is-object.js'
import { reportBidiControlsIn } from './bidi.js'
import { AUTHOR_KEYS } from './config-schema.js'
import { positionOf } from './yaml.js'
import { authorsInvalid } from './source-rules.js'

export interface AuthorRegistry {
  /** Registry id -> author, already resolved. */
  readonly byId: ReadonlyMap<string, Author>
}

/** Where registry entries came from, for messages. */
export interface RegistrySource {
  /** File named in messages, relative to the site root. */
  file: string
  positions: Map<string, Position>
  /** Prefix of key paths in messages (`authors.` for an inline map). */
  prefix: string
}

/** Resolve a map of id -> author; problems are errors naming the source file and line. */
export function registryFromEntries(entries: unknown, source: RegistrySource, config: ResolvedConfig, diagnostics: Diagnostic[] = []): { registry: AuthorRegistry; diagnostics: Diagnostic[] } {
  const byId = new Map<string, Author>()
  const { file, positions, prefix } = source
  if (!isObject(entries)) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: 'the authors registry must be a map of id -> { name, url, sameAs, image, jobTitle, type }', rule: authorsInvalid.id })
    return { registry: { byId }, diagnostics }
  }
  for (const [id, value] of Object.entries(entries)) {
    const at = (key: string) => positionOf(positions, `${id}${key ? `.${key}` : ''}`)
    const result = resolveAuthorObject(value, id, config, (key, message) => {
      const { line, column } = at(key)
      diagnostics.push({ file, line, column, severity: 'error', message: `${prefix}${id}${key ? `.${key}` : ''}: ${message}`, rule: authorsInvalid.id })
    })
    if (result) byId.set(id, result)
    reportBidiControlsIn(value, (path) => `${prefix}${id}.${path}`, at, ({ line, column }, message, rule) => {
      diagnostics.push({ file, line, column, severity: 'warning', message, rule: rule.id })
    })
  }
  return { registry: { byId }, diagnostics }
}

/** Resolve an author object (registry entry or inline frontmatter object). */
export function resolveAuthorObject(
  value: unknown,
  key: string | undefined,
  config: ResolvedConfig,
  fail: (key: string, message: string) => void,
): Author | undefined {
  if (!isObject(value)) {
    fail('', 'must be an object with at least "name"')
    return undefined
  }
  for (const k of Object.keys(value)) if (!AUTHOR_KEYS.includes(k)) fail(k, `unknown key.${hint(k, AUTHOR_KEYS)}`)
  const input = value as Partial<AuthorInput>
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    fail('name', 'is required')
    return undefined
  }
  const type = input.type ?? 'Person'
  if (type !== 'Person' && type !== 'Organization') {
    fail('type', `must be "Person" or "Organization"${hint(String(type), ['Person', 'Organization'])}`)
    return undefined
  }
  const url = (k: string, v: unknown): string | undefined => {
    if (v === undefined) return undefined
    if (typeof v !== 'string') {
      fail(k, 'must be a URL')
      return undefined
    }
    const resolved = resolveHttpUrl(v, config.site.url)
    if (resolved.ok) return resolved.url
    fail(k, resolved.reason)
    return undefined
  }
  const sameAsList = input.sameAs === undefined ? [] : Array.isArray(input.sameAs) ? input.sameAs : [input.sameAs]
  const name = input.name.trim()
  return {
    id: authorId(config.site.url, type, key ?? name),
    ...(key ? { key } : {}),
    type,
    name,
    ...optional('url', url('url', input.url)),
    sameAs: sameAsList.map((v, i) => url(`sameAs.${i}`, v)).filter((v): v is string => Boolean(v)),
    ...optional('image', url('image', input.image)),
    ...optional('jobTitle', typeof input.jobTitle === 'string' ? input.jobTitle : undefined),
    ...optional('email', typeof input.email === 'string' ? input.email : undefined),
  }
}

/** A stable `@id` for an author: the same on every page, from the registry id or the name. */
export function authorId(siteUrl: string, type: 'Person' | 'Organization', key: string): string {
  const slug = slugify(key) || [...new TextEncoder().encode(key)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 24)
  return `${siteUrl}#/schema/${type === 'Person' ? 'person' : 'organization'}/${encodeURIComponent(slug)}`
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
