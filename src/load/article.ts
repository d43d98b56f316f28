/**
 * Frontmatter + body -> the normalized `Article` (SPEC §3). Pure: the same
 * source, config, registry and "now" always give the same article and
 * findings, so the result can be cached by content hash or built on a worker.
 */
import { createHash } from 'node:crypto'
import type { ResolvedConfig } from '../model/config.js'
import { parseDateTime, wallFields } from '../model/dates.js'
import { countWords, firstParagraphText, roughPlainText, truncateText } from '../model/markdown.js'
import { ARTICLE_TYPES, type Article, type ArticleType, type Author, type Correction, type Image, type Position, type ZonedDateTime } from '../model/types.js'
import { expandPermalink, isAbsoluteHttpUrl, resolveUrl, slugify } from '../model/urls.js'
import type { Diagnostic, Severity } from '../util/diagnostic.js'
import { hint } from '../util/did-you-mean.js'
import { resolveAuthorObject, type AuthorRegistry } from './authors.js'
import { isObject } from './config-schema.js'
import { splitFrontmatter } from './frontmatter.js'
import { parseYaml, positionOf } from './yaml.js'

/** Canonical frontmatter keys and the aliases other tools use (SPEC §3). */
export const FRONTMATTER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  title: [],
  description: ['summary', 'excerpt'],
  date: ['published', 'pubDate', 'datePublished'],
  updated: ['lastmod', 'modified', 'dateModified'],
  authors: ['author'],
  image: ['images'],
  tags: ['keywords'],
  section: ['category'],
  lang: ['language', 'inLanguage'],
  slug: [],
  canonical: [],
  type: [],
  dateline: [],
  location: [],
  accessibleForFree: [],
  paywallSelector: [],
  corrections: [],
  draft: [],
  noindex: [],
}

const ALIAS_TO_KEY = new Map<string, string>(
  Object.entries(FRONTMATTER_ALIASES).flatMap(([key, aliases]) => [[key, key] as const, ...aliases.map((alias) => [alias, key] as const)]),
)

/** Longest slug in UTF-8 bytes: file systems allow 255 per name, and `.head.html` is added to it. */
export const MAX_SLUG_BYTES = 200

/** Description fallback length, in characters (Google shows about this much). */
export const DESCRIPTION_MAX = 160

export interface NormalizeContext {
  config: ResolvedConfig
  registry: AuthorRegistry
  /** Articles dated after this instant are scheduled, not published. */
  nowMs: number
}

export type ArticleStatus = 'published' | 'draft' | 'scheduled' | 'invalid'

export interface NormalizeResult {
  status: ArticleStatus
  article?: Article
  diagnostics: Diagnostic[]
}

/** Normalize one article file. `file` is relative to the site root with `/` separators. */
export function normalizeArticle(file: string, text: string, context: NormalizeContext): NormalizeResult {
  const { config } = context
  const diagnostics: Diagnostic[] = []
  const split = splitFrontmatter(text)
  const report = (severity: Severity, at: Position, message: string, rule: string) =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, message, rule })

  if (split.frontmatter === undefined) {
    report('error', { line: 1, column: 1 }, 'no frontmatter: start the file with a "---" line, YAML (at least title and date), and another "---" line', 'frontmatter/missing')
    return { status: 'invalid', diagnostics }
  }
  const parsed = parseYaml(split.frontmatter, file, split.frontmatterLine - 1)
  if (!parsed.ok) return { status: 'invalid', diagnostics: [parsed.diagnostic] }
  const { value: raw, positions } = parsed.data
  const start = { line: split.frontmatterLine, column: 1 }
  if (!isObject(raw)) {
    report('error', start, `the frontmatter must be a map of keys (got ${raw === null ? 'nothing' : Array.isArray(raw) ? 'a list' : typeof raw})`, 'frontmatter/not-a-map')
    return { status: 'invalid', diagnostics }
  }

  // Map aliases to canonical keys; remember where each came from.
  const fields: Record<string, unknown> = {}
  const at: Record<string, Position> = {}
  const fieldName: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    const key = ALIAS_TO_KEY.get(name)
    const where = positions.get(name) ?? start
    if (!key) {
      report('warning', where, `unknown frontmatter key "${name}" (ignored).${hint(name, ALIAS_TO_KEY.keys())}`, 'frontmatter/unknown-key')
      continue
    }
    if (key in fields) {
      report('warning', where, `"${name}" repeats "${fieldName[key]}" (both mean "${key}"); the first one wins`, 'frontmatter/duplicate-key')
      continue
    }
    fields[key] = value
    at[key] = where
    fieldName[key] = name
  }
  const pos = (key: string, sub = ''): Position => (sub ? positionOf(positions, `${fieldName[key]}.${sub}`, at[key]) : (at[key] ?? start))
  const error = (key: string, message: string, rule = 'frontmatter/invalid', sub = '') => report('error', pos(key, sub), `${fieldName[key] ?? key}${sub ? `.${sub}` : ''}: ${message}`, rule)

  const draft = booleanField(fields, 'draft', false, error)
  const noindex = booleanField(fields, 'noindex', false, error)

  const title = stringField(fields, 'title', error)
  if (title === undefined && !('title' in fields)) report('error', start, 'missing "title" (the headline)', 'frontmatter/missing-title')

  const zone = config.site.timezone
  const dateField = (key: string): ZonedDateTime | undefined => {
    const value = fields[key]
    if (value === undefined || value === null) return undefined
    const result = typeof value === 'string' ? parseDateTime(value, zone) : { ok: false as const, reason: `expected an ISO 8601 date or date-time, got ${JSON.stringify(value)}` }
    if (!result.ok) {
      error(key, result.reason, 'frontmatter/invalid-date')
      return undefined
    }
    return result.value
  }
  const datePublished = dateField('date')
  if (!('date' in fields) && !draft) report('error', start, 'missing "date" (the publication date, e.g. 2023-10-11T09:30:00)', 'frontmatter/missing-date')
  const dateModified = dateField('updated')
  if (datePublished && dateModified && dateModified.epochMs < datePublished.epochMs) {
    error('updated', `${dateModified.iso} is earlier than the publication date ${datePublished.iso}`, 'frontmatter/updated-before-date')
  }

  const lang = languageField(fields, config.site.language, error)
  const section = stringField(fields, 'section', error)
  const tags = stringListField(fields, 'tags', error)
  const type = typeField(fields, error)
  const dateline = stringField(fields, 'dateline', error)
  const location = stringField(fields, 'location', error)

  let slug: string
  const rawSlug = stringField(fields, 'slug', error)
  const baseName = file.split('/').pop()!.replace(/\.md$/i, '')
  const fallbackSlug = baseName.toLowerCase() === 'index' ? slugify(file.split('/').slice(-2, -1)[0] ?? '') : slugify(baseName)
  if (rawSlug !== undefined) {
    // A slug is literal text in a URL path and a folder name: nothing that a URL or a file system would read as structure.
    // eslint-disable-next-line no-control-regex
    if (/[/\\?#%]|\.\.|[\u0000-\u001f\u007f]/.test(rawSlug) || rawSlug.trim() !== rawSlug || rawSlug === '.') {
      error('slug', `"${rawSlug}" is not a safe slug: no "/", "\\", "?", "#", "%", "..", control characters or surrounding spaces`, 'frontmatter/unsafe-slug')
      slug = fallbackSlug
    } else slug = rawSlug
  } else slug = fallbackSlug
  if (!slug) report('error', start, `cannot derive a slug from the file name "${baseName}": add "slug:"`, 'frontmatter/unsafe-slug')
  const slugBytes = new TextEncoder().encode(slug).length
  if (slugBytes > MAX_SLUG_BYTES) {
    report('error', pos('slug'), `the slug is ${slugBytes} bytes long; at most ${MAX_SLUG_BYTES} fit in a file name and a sitemap URL: set a shorter "slug:"`, 'frontmatter/unsafe-slug')
  }

  let canonical: string | undefined
  const rawCanonical = stringField(fields, 'canonical', error)
  if (rawCanonical !== undefined) {
    if (isAbsoluteHttpUrl(rawCanonical)) canonical = resolveUrl(rawCanonical, config.site.url)
    else error('canonical', `"${rawCanonical}" must be an absolute http(s) URL`, 'frontmatter/invalid-url')
  }

  const accessibleForFree = booleanField(fields, 'accessibleForFree', true, error)
  let paywallSelector: string | undefined
  const rawSelector = stringField(fields, 'paywallSelector', error)
  if (!accessibleForFree) {
    paywallSelector = rawSelector ?? '.paywall'
    if (!/^\.-?[_a-zA-Z][_a-zA-Z0-9-]*$/.test(paywallSelector)) {
      error('paywallSelector', `"${paywallSelector}" must be one class selector such as ".paywall" (Google accepts only .class selectors)`, 'frontmatter/invalid-paywall')
    }
  } else if (rawSelector !== undefined) {
    report('warning', pos('paywallSelector'), 'paywallSelector has no effect unless accessibleForFree is false', 'frontmatter/unused-paywall')
  }

  const authors = authorsField(fields, context, error)
  const images = imagesField(fields, config.site.url, error)
  const corrections = correctionsField(fields, zone, error)

  const body = split.body
  let description = stringField(fields, 'description', error)
  if (description === undefined) description = truncateText(firstParagraphText(body), DESCRIPTION_MAX, lang)

  if (draft) return { status: 'draft', diagnostics }
  if (diagnostics.some((d) => d.severity === 'error') || !datePublished || title === undefined || !slug) return { status: 'invalid', diagnostics }

  const w = wallFields(datePublished)
  const path = expandPermalink(config.permalink, {
    yyyy: String(w.year).padStart(4, '0'),
    mm: String(w.month).padStart(2, '0'),
    dd: String(w.day).padStart(2, '0'),
    slug,
    section: section ? slugify(section) : '',
    lang: lang.toLowerCase(),
  })
  const url = resolveUrl(path.slice(1), config.site.url)
  const articlePositions: Record<string, Position> = {}
  for (const key of Object.keys(fields)) articlePositions[key] = at[key]!
  const article: Article = {
    file,
    bodyLine: split.bodyLine,
    positions: articlePositions,
    slug,
    path,
    url,
    canonical: canonical ?? url,
    type,
    title,
    description,
    datePublished,
    ...(dateModified ? { dateModified } : {}),
    authors,
    images,
    tags,
    ...(section !== undefined ? { section } : {}),
    lang,
    ...(dateline !== undefined ? { dateline } : {}),
    ...(location !== undefined ? { location } : {}),
    accessibleForFree,
    ...(paywallSelector ? { paywallSelector } : {}),
    corrections,
    draft,
    noindex,
    body,
    wordCount: countWords(roughPlainText(body), lang),
    contentHash: createHash('sha256').update(text).digest('hex'),
  }
  return { status: datePublished.epochMs > context.nowMs ? 'scheduled' : 'published', article, diagnostics }
}

type FieldError = (key: string, message: string, rule?: string, sub?: string) => void

function stringField(fields: Record<string, unknown>, key: string, error: FieldError): string | undefined {
  const value = fields[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string' || value.trim() === '') {
    error(key, `must be a non-empty string (got ${describe(value)})`)
    return undefined
  }
  return value.trim()
}

function booleanField(fields: Record<string, unknown>, key: string, fallback: boolean, error: FieldError): boolean {
  const value = fields[key]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean') {
    error(key, `must be true or false (got ${describe(value)})`)
    return fallback
  }
  return value
}

function stringListField(fields: Record<string, unknown>, key: string, error: FieldError): string[] {
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

function languageField(fields: Record<string, unknown>, fallback: string, error: FieldError): string {
  const value = stringField(fields, 'lang', error)
  const tag = value ?? fallback
  try {
    return Intl.getCanonicalLocales(tag)[0]!
  } catch {
    if (value !== undefined) error('lang', `"${value}" is not a BCP 47 language tag (e.g. "id", "ja", "ar", "en-GB")`)
    return fallback
  }
}

function typeField(fields: Record<string, unknown>, error: FieldError): ArticleType {
  const value = fields.type
  if (value === undefined || value === null) return 'NewsArticle'
  if (typeof value === 'string' && (ARTICLE_TYPES as readonly string[]).includes(value)) return value as ArticleType
  error('type', `"${String(value)}" is not an article type.${hint(String(value), ARTICLE_TYPES)} Types: ${ARTICLE_TYPES.join(', ')}`, 'frontmatter/invalid-type')
  return 'NewsArticle'
}

function authorsField(fields: Record<string, unknown>, context: NormalizeContext, error: FieldError): Author[] {
  const value = fields.authors
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  const authors: Author[] = []
  list.forEach((item, index) => {
    const sub = Array.isArray(value) ? String(index) : ''
    if (typeof item === 'string') {
      const name = item.trim()
      const registered = context.registry.byId.get(name)
      if (registered) authors.push(registered)
      else if (name) {
        const author = resolveAuthorObject({ name }, undefined, context.config, (_key, m) => error('authors', m, 'frontmatter/invalid-author', sub))
        if (author) authors.push(author)
      }
      return
    }
    const author = resolveAuthorObject(item, undefined, context.config, (k, m) =>
      error('authors', m, 'frontmatter/invalid-author', [sub, k].filter(Boolean).join('.')),
    )
    if (author) authors.push(author)
  })
  // The same person twice (e.g. id and name) is credited once.
  return authors.filter((author, i) => authors.findIndex((other) => other.id === author.id) === i)
}

const IMAGE_KEYS = ['url', 'alt', 'caption', 'width', 'height', 'credit']

function imagesField(fields: Record<string, unknown>, siteUrl: string, error: FieldError): Image[] {
  const value = fields.image
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  const images: Image[] = []
  list.forEach((item, index) => {
    const sub = Array.isArray(value) ? String(index) : ''
    const fail = (message: string, key = '') => error('image', message, 'frontmatter/invalid-image', [sub, key].filter(Boolean).join('.'))
    const object = typeof item === 'string' ? { url: item } : item
    if (!isObject(object) || typeof object.url !== 'string' || object.url.trim() === '') {
      fail('must be a URL or { url, alt, caption, width, height, credit }')
      return
    }
    for (const key of Object.keys(object)) if (!IMAGE_KEYS.includes(key)) fail(`unknown key "${key}".${hint(key, IMAGE_KEYS)}`, key)
    let url: string
    try {
      url = resolveUrl(object.url, siteUrl)
    } catch {
      fail(`"${object.url}" is not a URL`, 'url')
      return
    }
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

function correctionsField(fields: Record<string, unknown>, zone: string, error: FieldError): Correction[] {
  const value = fields.corrections
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    error('corrections', 'must be a list of { date, text }')
    return []
  }
  const corrections: Correction[] = []
  value.forEach((item, index) => {
    if (!isObject(item) || typeof item.text !== 'string' || item.text.trim() === '' || typeof item.date !== 'string') {
      error('corrections', 'each correction needs "date" (ISO 8601) and "text"', 'frontmatter/invalid-correction', String(index))
      return
    }
    const date = parseDateTime(item.date, zone)
    if (!date.ok) {
      error('corrections', date.reason, 'frontmatter/invalid-date', `${index}.date`)
      return
    }
    corrections.push({ date: date.value, text: item.text.trim() })
  })
  return corrections.sort((a, b) => a.date.epochMs - b.date.epochMs)
}

function describe(value: unknown): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return JSON.stringify(value)
}
