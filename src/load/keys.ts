/**
 * Frontmatter keys -> dateline's fields. Real sites use the keys of their
 * generator and theme (Jekyll, Hugo, Astro, Eleventy, Zola); each known one is
 * an alias of a dateline field, the rest are a theme's own and are ignored,
 * with a warning only when the key looks like a typo of a known one.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { didYouMean, hint } from '../util/did-you-mean.js'
import { isObject } from '../util/is-object.js'
import { type RuleMeta } from '../util/rule.js'
import { frontmatterDuplicateKey, frontmatterUnknownKey } from './frontmatter-rules.js'

/** Canonical frontmatter keys and the aliases other tools use (SPEC §3, README's alias table). */
export const FRONTMATTER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  title: [],
  description: ['summary', 'excerpt'],
  date: ['publishDate', 'published', 'pubDate', 'pubDatetime', 'datePublished'],
  updated: ['lastmod', 'modified', 'dateModified', 'updatedDate', 'last_modified_at', 'modDatetime'],
  expiryDate: ['unpublishdate'],
  authors: ['author'],
  image: ['images', 'heroImage', 'ogImage', 'cover'],
  tags: ['keywords'],
  section: ['category'],
  categories: [],
  lang: ['language', 'inLanguage'],
  slug: [],
  url: ['permalink', 'path'],
  canonical: ['canonicalURL', 'canonical_url'],
  type: [],
  dateline: [],
  location: [],
  accessibleForFree: [],
  paywallSelector: [],
  corrections: [],
  draft: [],
  noindex: [],
}

/** dateline's own keys (the targets `frontmatter.aliases` may name). */
export const FRONTMATTER_KEYS: readonly string[] = Object.keys(FRONTMATTER_ALIASES)

const ALIAS_TO_KEY = new Map<string, string>(
  Object.entries(FRONTMATTER_ALIASES).flatMap(([key, aliases]) => [[key, key] as const, ...aliases.map((alias) => [alias, key] as const)]),
)
// Hugo reads keys case-insensitively (`publishdate`, `expirydate`, `lastMod`).
const LOWER_ALIAS_TO_KEY = new Map([...ALIAS_TO_KEY].map(([alias, key]) => [alias.toLowerCase(), key]))

/** Keys whose values are lists: a field and its aliases add up instead of competing (`tags` and `keywords`). */
const LIST_KEYS = new Set(['tags', 'categories'])

/** When both are given, the second name wins without a warning: Hugo's `publishDate` is the publication date, `date` the creation date. */
const PREFERRED: Readonly<Record<string, string>> = { date: 'publishDate' }

/** Keys dateline reads before mapping (Hugo's `build`, `_build`, `headless`) or on list pages (`cascade`): not unknown. */
const READ_ELSEWHERE = new Set(['build', '_build', 'headless', 'cascade'])

/**
 * Zola keeps taxonomies, and Zola and Hugo keep a theme's keys, in these
 * tables. Taxonomies are dateline's (`tags`, `categories`, `authors`); of a
 * theme's table only the lead image is taken, since its other keys have the
 * theme's shapes (Zola's docs: `[extra] author = { name, homepage }`).
 */
const NESTED_TABLES: Readonly<Record<string, (key: string) => boolean>> = {
  taxonomies: () => true,
  extra: (key) => key === 'image',
  params: (key) => key === 'image',
}

export interface MappedKeys {
  /** Values by canonical key. */
  fields: Record<string, unknown>
  /** Where each canonical key was written. */
  at: Record<string, Position>
  /** The key name as written (for messages), by canonical key. */
  written: Record<string, string>
  /** The positions path prefix of each canonical key (`extra.image` for Zola's `[extra] image`). */
  path: Record<string, string>
  diagnostics: Diagnostic[]
}

/** Map a frontmatter object's keys to dateline's, reporting typos, unknown keys and repeats. */
export function mapFrontmatterKeys(raw: Record<string, unknown>, positions: Map<string, Position>, file: string, start: Position, options: ResolvedConfig['frontmatter'] = { aliases: {}, ignore: [] }): MappedKeys {
  const mapped: MappedKeys = { fields: {}, at: {}, written: {}, path: {}, diagnostics: [] }
  const ignore = new Set(options.ignore)
  const report = (severity: Diagnostic['severity'], at: Position, message: string, rule: RuleMeta) =>
    mapped.diagnostics.push({ file, line: at.line, column: at.column, severity, message, rule: rule.id })
  const entries: [name: string, value: unknown, path: string, nested: boolean][] = []
  for (const [name, value] of Object.entries(raw)) {
    const takes = Object.hasOwn(NESTED_TABLES, name) ? NESTED_TABLES[name] : undefined
    if (takes && isObject(value) && !lookup(name, options)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        const key = lookup(inner, options)
        if (key && takes(key)) entries.push([inner, innerValue, `${name}.${inner}`, true])
      }
    } else entries.push([name, value, name, false])
  }
  // Top-level keys before nested ones, so `[extra] image` never beats a top-level `image`.
  entries.sort((a, b) => Number(a[3]) - Number(b[3]))
  for (const [name, value, path, nested] of entries) {
    const where = positions.get(path) ?? start
    if (ignore.has(name) || ignore.has(path) || (!nested && READ_ELSEWHERE.has(name))) continue
    // Jekyll's `published: false` keeps a post unpublished: a draft, not a date.
    if (name === 'published' && typeof value === 'boolean') {
      if (!('draft' in mapped.fields)) setField(mapped, 'draft', !value, where, name, path)
      continue
    }
    const key = lookup(name, options)
    if (!key) {
      // A theme's key inside `extra` is the theme's business; at the top level it may be a typo.
      if (nested) continue
      const typo = didYouMean(name, ALIAS_TO_KEY.keys())
      if (typo) report('warning', where, `unknown frontmatter key "${name}" (ignored). Did you mean "${typo}"? If it is your theme's own, add it to "frontmatter.ignore" in the config`, frontmatterUnknownKey)
      else report('info', where, `frontmatter key "${name}" is not one of dateline's (ignored); map it with "frontmatter.aliases" or silence it with "frontmatter.ignore"`, frontmatterUnknownKey)
      continue
    }
    if (key in mapped.fields) {
      if (LIST_KEYS.has(key)) {
        mapped.fields[key] = [...asList(mapped.fields[key]), ...asList(value)]
        continue
      }
      if (PREFERRED[key]?.toLowerCase() === name.toLowerCase()) {
        setField(mapped, key, value, where, name, path)
        continue
      }
      if (PREFERRED[key]?.toLowerCase() === mapped.written[key]!.toLowerCase() || nested) continue
      report('warning', where, `"${name}" repeats "${mapped.written[key]}" (both mean "${key}"); the first one wins`, frontmatterDuplicateKey)
      continue
    }
    setField(mapped, key, value, where, name, path)
  }
  return mapped
}

/** `frontmatter: { aliases, ignore }`: alias targets must be dateline's own keys. */
export function resolveFrontmatterOptions(
  raw: unknown,
  fail: (key: string, message: string) => void,
  unknownKeys: (object: Record<string, unknown>, prefix: string, allowed: string[]) => void,
): NonNullable<ResolvedConfig['frontmatter']> {
  const resolved: NonNullable<ResolvedConfig['frontmatter']> = { aliases: {}, ignore: [] }
  if (raw === undefined) return resolved
  if (!isObject(raw)) {
    fail('frontmatter', 'must be a map with "aliases" and/or "ignore"')
    return resolved
  }
  unknownKeys(raw, 'frontmatter', ['aliases', 'ignore'])
  if (raw.aliases !== undefined) {
    if (!isObject(raw.aliases)) fail('frontmatter.aliases', 'must be a map of your key -> dateline key')
    else {
      for (const [from, to] of Object.entries(raw.aliases)) {
        if (typeof to !== 'string' || !(FRONTMATTER_KEYS as readonly string[]).includes(to)) {
          fail(`frontmatter.aliases.${from}`, `"${String(to)}" is not a dateline frontmatter key.${hint(String(to), FRONTMATTER_KEYS)} Keys: ${FRONTMATTER_KEYS.join(', ')}`)
        } else resolved.aliases[from] = to
      }
    }
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore) || !raw.ignore.every((key) => typeof key === 'string' && key !== '')) fail('frontmatter.ignore', 'must be a list of key names')
    else resolved.ignore = [...raw.ignore]
  }
  return resolved
}

function lookup(name: string, options: NonNullable<ResolvedConfig['frontmatter']>): string | undefined {
  return (Object.hasOwn(options.aliases, name) ? options.aliases[name] : undefined) ?? ALIAS_TO_KEY.get(name) ?? LOWER_ALIAS_TO_KEY.get(name.toLowerCase())
}

function setField(mapped: MappedKeys, key: string, value: unknown, where: Position, name: string, path: string): void {
  mapped.fields[key] = value
  mapped.at[key] = where
  mapped.written[key] = name
  mapped.path[key] = path
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return value.split(',')
  return Array.isArray(value) ? value : [value]
}
