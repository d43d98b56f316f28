/** The authors registry (a YAML/JSON file or an inline map) and resolving frontmatter author values against it. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { AuthorInput, ResolvedConfig } from '../model/config.js'
import type { Author, Position } from '../model/types.js'
import { resolveUrl, slugify } from '../model/urls.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { hint } from '../util/did-you-mean.js'
import { AUTHOR_KEYS, isObject } from './config-schema.js'
import { invalidUtf8At } from '../util/utf8.js'
import { parseYaml, positionOf } from './yaml.js'

export interface AuthorRegistry {
  /** Registry id -> author, already resolved. */
  readonly byId: ReadonlyMap<string, Author>
}

/** Load the registry named by `config.authors`. Problems are errors naming the registry file and line. */
export function loadAuthorRegistry(config: ResolvedConfig): { registry: AuthorRegistry; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const byId = new Map<string, Author>()
  let entries: unknown
  let file = config.configFile ? path.relative(config.root, config.configFile) : 'config'
  let positions = new Map<string, Position>()
  let prefix = 'authors.'
  if (typeof config.authors === 'string') {
    file = path.relative(config.root, config.authors).split(path.sep).join('/')
    prefix = ''
    let bytes: Buffer
    try {
      bytes = readFileSync(config.authors)
    } catch (error) {
      diagnostics.push({ file, line: 0, column: 0, severity: 'error', message: `cannot read the authors registry: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, rule: 'authors/unreadable' })
      return { registry: { byId }, diagnostics }
    }
    const invalid = invalidUtf8At(bytes)
    if (invalid) {
      const { line, column } = invalid
      diagnostics.push({ file, line, column, severity: 'error', message: 'the authors registry is not valid UTF-8; save it as UTF-8', rule: 'authors/unreadable' })
      return { registry: { byId }, diagnostics }
    }
    const text = bytes.toString('utf8')
    const parsed = parseYaml(text, file)
    if (!parsed.ok) return { registry: { byId }, diagnostics: [parsed.diagnostic] }
    entries = parsed.data.value
    positions = parsed.data.positions
  } else {
    entries = config.authors ?? {}
  }
  if (!isObject(entries)) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: 'the authors registry must be a map of id -> { name, url, sameAs, image, jobTitle, type }', rule: 'authors/invalid' })
    return { registry: { byId }, diagnostics }
  }
  for (const [id, value] of Object.entries(entries)) {
    const at = (key: string) => positionOf(positions, `${id}${key ? `.${key}` : ''}`)
    const result = resolveAuthorObject(value, id, config, (key, message) => {
      const { line, column } = at(key)
      diagnostics.push({ file, line, column, severity: 'error', message: `${prefix}${id}${key ? `.${key}` : ''}: ${message}`, rule: 'authors/invalid' })
    })
    if (result) byId.set(id, result)
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
    try {
      return resolveUrl(v, config.site.url)
    } catch {
      fail(k, `"${v}" is not a URL`)
      return undefined
    }
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
