/**
 * Frontmatter field readers: a raw value -> the model's value, or an error
 * at the field's position. Pure; `error` receives the key (canonical), a
 * message, the rule and the sub-path inside the value.
 */
import type { ResolvedConfig } from '../model/config.js'
import { parseDateTime } from '../model/dates.js'
import { ARTICLE_TYPES, type ArticleType, type Author, type Correction, type Image, type Position } from '../model/types.js'
import { resolveHttpUrl } from '../model/urls.js'
import type { Severity } from '../util/diagnostic.js'
import { hint } from '../util/did-you-mean.js'
import { resolveAuthorObject, type AuthorRegistry } from './author-entries.js'
import { isObject } from '../util/is-object.js'
import { type RuleMeta } from '../util/rule.js'
import { frontmatterCompoundAuthor, frontmatterInvalidAuthor, frontmatterInvalidCorrection, frontmatterInvalidDate, frontmatterInvalidImage, frontmatterInvalidType } from './frontmatter-rules.js'

/** Where a field reader reports an error: the canonical key, the message, the rule (`frontmatter/invalid` when left out) and the sub-path inside the value. */
export type FieldError = (key: string, message: string, rule?: RuleMeta, sub?: string) => void

/** Where findings about one article's frontmatter go. */
export type Report = (severity: Severity, at: Position, message: string, rule: RuleMeta) => void

/** The mapped frontmatter of one file and how to report on a field of it. */
export interface FieldReader {
  fields: Record<string, unknown>
  /** Where the frontmatter starts: findings about a missing field point here. */
  start: Position
  pos: (key: string, sub?: string) => Position
  error: FieldError
  report: Report
}

/** Keys whose empty value (`description: ""`, Astro's and Hugo's archetype defaults) means "not given"; an empty title stays an error. */
const EMPTY_IS_ABSENT = new Set(['description', 'section', 'dateline', 'location', 'slug', 'canonical', 'paywallSelector', 'lang'])

export function stringField(fields: Record<string, unknown>, key: string, error: FieldError): string | undefined {
  const value = fields[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string' && value.trim() === '' && EMPTY_IS_ABSENT.has(key)) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    error(key, `must be a non-empty string (got ${describe(value)})`)
    return undefined
  }
  return value.trim()
}

export function booleanField(fields: Record<string, unknown>, key: string, fallback: boolean, error: FieldError): boolean {
  const value = fields[key]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean') {
    error(key, `must be true or false (got ${describe(value)})`)
    return fallback
  }
  return value
}

export function stringListField(fields: Record<string, unknown>, key: string, error: FieldError): string[] {
  const value = fields[key]
  if (value === undefined || value === null) return []
  // A comma-separated string is accepted too, as Hugo and Jekyll users write it.
  const list = typeof value === 'string' ? value.split(',') : value
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' || typeof item === 'number')) {
    error(key, 'must be a list of strings')
    return []
  }
  return [...new Set(list.map((item) => String(item).trim()).filter(Boolean))]
}

export function languageField(fields: Record<string, unknown>, fallback: string, error: FieldError): string {
  const value = stringField(fields, 'lang', error)
  const canonical = canonicalLocale(value ?? fallback)
  if (canonical !== undefined) return canonical
  if (value !== undefined) error('lang', `"${value}" is not a BCP 47 language tag (e.g. "id", "ja", "ar", "en-GB")`)
  return fallback
}

// A site has a handful of language tags and asking Intl costs microseconds an article: remembered, a few hundred at most.
const canonicalLocales = new Map<string, string | undefined>()

/** `tag` in its canonical form (`en-gb` -> `en-GB`), or undefined when it is no BCP 47 tag. */
function canonicalLocale(tag: string): string | undefined {
  if (canonicalLocales.has(tag)) return canonicalLocales.get(tag)
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!
  } catch {
    canonical = undefined
  }
  if (canonicalLocales.size >= 500) canonicalLocales.clear()
  canonicalLocales.set(tag, canonical)
  return canonical
}

export function typeField(fields: Record<string, unknown>, error: FieldError): ArticleType {
  const value = fields.type
  if (value === undefined || value === null) return 'NewsArticle'
  if (typeof value === 'string' && (ARTICLE_TYPES as readonly string[]).includes(value)) return value as ArticleType
  error('type', `"${String(value)}" is not an article type.${hint(String(value), ARTICLE_TYPES)} Types: ${ARTICLE_TYPES.join(', ')}`, frontmatterInvalidType)
  return 'NewsArticle'
}

/** Where a field reader reports a warning: the canonical key, the sub-path, the message, the rule. */
export type FieldWarning = (key: string, sub: string, message: string, rule: RuleMeta) => void

export function authorsField(fields: Record<string, unknown>, registry: AuthorRegistry, config: ResolvedConfig, error: FieldError, warn: FieldWarning): Author[] {
  const value = fields.authors
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  const authors: Author[] = []
  list.forEach((item, index) => {
    const sub = Array.isArray(value) ? String(index) : ''
    if (typeof item === 'string') {
      const name = item.trim()
      const registered = registry.byId.get(name)
      if (registered) authors.push(registered)
      else if (name) {
        const problem = compoundName(name)
        if (problem) warn('authors', sub, problem, frontmatterCompoundAuthor)
        const author = resolveAuthorObject({ name }, undefined, config, (_key, m) => error('authors', m, frontmatterInvalidAuthor, sub))
        if (author) authors.push(author)
      }
      return
    }
    const author = resolveAuthorObject(item, undefined, config, (k, m) =>
      error('authors', m, frontmatterInvalidAuthor, [sub, k].filter(Boolean).join('.')),
    )
    if (author) authors.push(author)
  })
  // The same person twice (e.g. id and name) is credited once.
  return authors.filter((author, i) => authors.findIndex((other) => other.id === author.id) === i)
}

const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i

/**
 * Why an author string is probably not one person's name ("Josh Aas, ISRG
 * Executive Director", "Josh Aas and Aaron Gable"), with the fix; dateline
 * never splits it by guessing, since "Ben & Jerry's" is one name.
 */
export function compoundName(name: string): string | undefined {
  const parts = name.split(',').map((part) => part.trim()).filter(Boolean)
  const titled = parts.length > 1 && !parts.slice(1).every((part) => NAME_SUFFIX.test(part))
  const joined = /\s(?:and|&)\s/i.test(name)
  if (!titled && !joined) return undefined
  // Only a suggestion in the message: the name itself is kept whole.
  const people = name.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/i).filter((part) => part && !NAME_SUFFIX.test(part))
  const list = `authors: [${people.map((person) => JSON.stringify(person)).join(', ')}]`
  return titled && !joined
    ? `author "${name}" looks like a name and a title (or several people); it is credited as one person with that whole name. ` +
        `Add a registry entry with "name" and "jobTitle" and use its id, or write a list (${list}) if these are people`
    : `author "${name}" looks like several people; it is credited as one person with that whole name. ` +
        `Write a list (${list}), or add a registry entry (type Organization if it is one name) and use its id`
}

const IMAGE_KEYS = ['url', 'alt', 'caption', 'width', 'height', 'credit']

export function imagesField(fields: Record<string, unknown>, siteUrl: string, error: FieldError): Image[] {
  const value = fields.image
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  const images: Image[] = []
  list.forEach((item, index) => {
    const sub = Array.isArray(value) ? String(index) : ''
    const fail = (message: string, key = '') => error('image', message, frontmatterInvalidImage, [sub, key].filter(Boolean).join('.'))
    const object = typeof item === 'string' ? { url: item } : item
    if (!isObject(object) || typeof object.url !== 'string' || object.url.trim() === '') {
      fail('must be a URL or { url, alt, caption, width, height, credit }')
      return
    }
    for (const key of Object.keys(object)) if (!IMAGE_KEYS.includes(key)) fail(`unknown key "${key}".${hint(key, IMAGE_KEYS)}`, key)
    const resolved = resolveHttpUrl(object.url, siteUrl)
    if (!resolved.ok) {
      fail(resolved.reason, typeof item === 'string' ? '' : 'url')
      return
    }
    const url = resolved.url
    const size = (key: 'width' | 'height'): number | undefined => {
      const v = object[key]
      if (v === undefined) return undefined
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
        fail(`must be a positive whole number of pixels (got ${describe(v)})`, key)
        return undefined
      }
      return v
    }
    const text = (key: 'alt' | 'caption' | 'credit'): string | undefined => {
      const v = object[key]
      if (v === undefined || v === null) return undefined
      if (typeof v !== 'string') {
        fail(`must be a string (got ${describe(v)})`, key)
        return undefined
      }
      return v.trim() || undefined
    }
    const image: Image = { url }
    const fieldsOut: Partial<Record<keyof Image, string | number | undefined>> = {
      alt: text('alt'),
      caption: text('caption'),
      width: size('width'),
      height: size('height'),
      credit: text('credit'),
    }
    for (const [key, v] of Object.entries(fieldsOut)) if (v !== undefined) (image as unknown as Record<string, unknown>)[key] = v
    images.push(image)
  })
  return images
}

export function correctionsField(fields: Record<string, unknown>, zone: string, error: FieldError): Correction[] {
  const value = fields.corrections
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    error('corrections', 'must be a list of { date, text }')
    return []
  }
  const corrections: Correction[] = []
  value.forEach((item, index) => {
    if (!isObject(item) || typeof item.text !== 'string' || item.text.trim() === '' || typeof item.date !== 'string') {
      error('corrections', 'each correction needs "date" (ISO 8601) and "text"', frontmatterInvalidCorrection, String(index))
      return
    }
    const date = parseDateTime(item.date, zone)
    if (!date.ok) {
      error('corrections', date.reason, frontmatterInvalidDate, `${index}.date`)
      return
    }
    corrections.push({ date: date.value, text: item.text.trim() })
  })
  return corrections.sort((a, b) => a.date.epochMs - b.date.epochMs)
}

export function describe(value: unknown): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return JSON.stringify(value)
}
