/**
 * Frontmatter + body -> the normalized `Article` (SPEC §3). Pure: the same
 * source, config, registry and "now" always give the same article and
 * findings, so the result can be cached by content hash or built on a worker.
 */
import { createHash } from 'node:crypto'
import type { ResolvedConfig } from '../model/config.js'
import { parseDateTime, wallFields } from '../model/dates.js'
import { countWords, firstParagraphText, roughPlainText, truncateText } from '../model/markdown.js'
import type { Article, Position, ZonedDateTime } from '../model/types.js'
import { articleUrl, expandPermalink, resolveHttpUrl, slugify, type PermalinkFields } from '../model/urls.js'
import type { Diagnostic, Severity } from '../util/diagnostic.js'
import { ownString } from '../util/utf8.js'
import type { AuthorRegistry } from './author-entries.js'
import { isObject } from '../util/is-object.js'
import { englishDate, fileNameDate, fileSlug, isUnrendered, readUrlOverride, urlPathDate } from './conventions.js'
import { reportBidiControls } from './bidi.js'
import { authorsField, booleanField, correctionsField, imagesField, languageField, stringField, stringListField, typeField } from './fields.js'
import { splitFrontmatter, type FrontmatterFormat, type SplitSource } from './frontmatter.js'
import { parseJsonFrontmatter } from './json.js'
import { mapFrontmatterKeys } from './keys.js'
import { parseToml } from './toml.js'
import { parseYaml, positionOf, type PositionedResult } from './yaml.js'
import { formatBytes, MAX_ARTICLE_BYTES, MAX_FRONTMATTER_BYTES } from '../util/limits.js'

export { FRONTMATTER_ALIASES } from './keys.js'

/** Longest slug in UTF-8 bytes: file systems allow 255 per name, and `.head.html` is added to it. */
export const MAX_SLUG_BYTES = 200

/** Description fallback length, in characters (Google shows about this much). */
export const DESCRIPTION_MAX = 160

export interface NormalizeContext {
  config: ResolvedConfig
  registry: AuthorRegistry
  /** Articles dated after this instant are scheduled, not published; those that expired by then are left out. */
  nowMs: number
  /** The section named by the list page (`_index.md`) of the article's folder, for articles that name none. */
  listSection?: string
  /** A list page above cascades `build.render: never` (Hugo): the article is never written. */
  unrendered?: boolean
}

/** `expired`: past its `expiryDate`; `unlisted`: a page its generator never writes (Eleventy `permalink: false`, Hugo `build.render: never`, `headless`). */
export type ArticleStatus = 'published' | 'draft' | 'scheduled' | 'expired' | 'unlisted' | 'invalid'

export interface NormalizeResult {
  status: ArticleStatus
  article?: Article
  diagnostics: Diagnostic[]
}

// Eleventy's special dates name the file system or git, which a build elsewhere cannot reproduce.
const ELEVENTY_DATES = /^(git )?(last modified|created)$/i

/** Parse the frontmatter in whichever of the three formats the file uses; one over `MAX_FRONTMATTER_BYTES` is refused unread. */
export function parseFrontmatter(split: SplitSource & { format: FrontmatterFormat; frontmatter: string }, file: string): PositionedResult {
  const bytes = Buffer.byteLength(split.frontmatter)
  if (bytes > MAX_FRONTMATTER_BYTES) {
    const message = `the frontmatter is ${formatBytes(bytes)} bytes; the limit is ${formatBytes(MAX_FRONTMATTER_BYTES)} (1 MiB): keep data that large in its own file`
    return { ok: false, diagnostic: { file, line: split.frontmatterLine, column: 1, severity: 'error', message, rule: 'content/too-large' } }
  }
  if (split.format === 'toml') return parseToml(split.frontmatter, file, split.frontmatterLine - 1)
  if (split.format === 'json') return parseJsonFrontmatter(split.frontmatter, file)
  return parseYaml(split.frontmatter, file, split.frontmatterLine - 1)
}

/** Normalize one article file. `file` is relative to the site root with `/` separators. */
export function normalizeArticle(file: string, text: string, context: NormalizeContext, overrides: ArticleOverrides = {}): NormalizeResult {
  const parsed = parseArticleSource(file, text)
  if (!parsed.ok) return { status: 'invalid', diagnostics: [parsed.diagnostic] }
  return normalizeFields(file, parsed.value, context, overrides)
}

/** An article's frontmatter as a map, with where it came from. */
export interface ParsedArticle {
  /** The frontmatter, keys as written (aliases included). */
  raw: Record<string, unknown>
  /** Positions of its keys as dotted paths; empty when the source is unknown. */
  positions: Map<string, Position>
  /** Where findings about missing keys point: the first frontmatter line. */
  start: Position
  body: string
  /** Line (1-based) of the first body line in the source file. */
  bodyLine: number
  /** What the cache key is made of: the source text, or the data as JSON. */
  hashInput: string
}

/** What a framework decides instead of dateline. */
export interface ArticleOverrides {
  /** The page's URL (absolute, or a path on the site) as the framework routes it; replaces `config.permalink` and `url:`. */
  url?: string
  /** Keys the framework owns (Eleventy's `layout`, `permalink`): left out before dateline reads the frontmatter. */
  ownKeys?: readonly string[]
}

/** Split and parse a source file's frontmatter (YAML, TOML or JSON); the one failure is a finding with its position. */
export function parseArticleSource(file: string, text: string): { ok: true; value: ParsedArticle } | { ok: false; diagnostic: Diagnostic } {
  const tooLarge = articleTooLarge(file, Buffer.byteLength(text))
  if (tooLarge) return { ok: false, diagnostic: tooLarge }
  const found: Diagnostic[] = []
  const source = readSource(file, text, (severity, at, message, rule) => found.push({ file, line: at.line, column: at.column, severity, message, rule }))
  if (!source.ok) return { ok: false, diagnostic: source.diagnostic ?? found[0]! }
  return { ok: true, value: { raw: source.raw, positions: source.positions, start: source.start, body: source.split.body, bodyLine: source.split.bodyLine, hashInput: text } }
}

/** The finding for an article file of `bytes` bytes when that is over `MAX_ARTICLE_BYTES` (checked before reading it, where the size is known). */
export function articleTooLarge(file: string, bytes: number): Diagnostic | undefined {
  if (bytes <= MAX_ARTICLE_BYTES) return undefined
  const message = `the file is ${formatBytes(bytes)} bytes; the limit for an article is ${formatBytes(MAX_ARTICLE_BYTES)} (10 MiB): split it, or keep large data out of the markdown`
  return { file, line: 0, column: 0, severity: 'error', message, rule: 'content/too-large' }
}

/** Normalize parsed frontmatter and body (from a file, or from data a framework parsed). */
export function normalizeFields(file: string, source: ParsedArticle, context: NormalizeContext, overrides: ArticleOverrides = {}): NormalizeResult {
  const { config } = context
  const diagnostics: Diagnostic[] = []
  const report: Report = (severity, at, message, rule) => diagnostics.push({ file, line: at.line, column: at.column, severity, message, rule })
  const { positions, start } = source
  const raw = overrides.ownKeys?.length ? Object.fromEntries(Object.entries(source.raw).filter(([key]) => !overrides.ownKeys!.includes(key))) : source.raw
  if (context.unrendered || isUnrendered(raw)) return { status: 'unlisted', diagnostics }

  const mapped = mapFrontmatterKeys(raw, positions, file, start, config.frontmatter)
  diagnostics.push(...mapped.diagnostics)
  const { fields, at, written } = mapped
  const pos = (key: string, sub = ''): Position => (sub ? positionOf(positions, `${mapped.path[key]}.${sub}`, at[key]) : (at[key] ?? start))
  const error: FieldError = (key, message, rule = 'frontmatter/invalid', sub = '') => report('error', pos(key, sub), `${written[key] ?? key}${sub ? `.${sub}` : ''}: ${message}`, rule)
  const warn = (key: string, sub: string, message: string, rule: string) => report('warning', pos(key, sub), message, rule)
  const read: FieldReader = { fields, start, pos, error, report }
  reportBidiControls(fields, written, pos, (at, message) => report('warning', at, message, 'frontmatter/bidi-control'))

  const draft = booleanField(fields, 'draft', false, error)
  const noindex = booleanField(fields, 'noindex', false, error)
  const title = stringField(fields, 'title', error)
  if (!('title' in fields)) report('error', start, 'missing "title" (the headline)', 'frontmatter/missing-title')
  else if (fields.title === null) error('title', 'is empty: write the headline after "title:"', 'frontmatter/missing-title')
  const { datePublished, dateModified, expiry } = readDates(read, file, draft, config.site.timezone)
  const lang = languageField(fields, config.site.language, error)
  const { section, tags } = readSectionAndTags(fields, error, context.listSection)
  const type = typeField(fields, error)
  const dateline = stringField(fields, 'dateline', error)
  const location = stringField(fields, 'location', error)
  const slug = readSlug(read, file)
  const canonical = readCanonical(read, config.site.url)
  const { accessibleForFree, paywallSelector } = readPaywall(read)
  const authors = authorsField(fields, context.registry, config, error, warn)
  if (written.image === 'cover') fields.image = coverImage(fields.image)
  const images = imagesField(fields, config.site.url, error)
  const corrections = correctionsField(fields, config.site.timezone, error)
  const { body } = source
  const description = stringField(fields, 'description', error) ?? ownString(truncateText(firstParagraphText(body), DESCRIPTION_MAX, lang))

  if (draft) return { status: 'draft', diagnostics }
  if (diagnostics.some((d) => d.severity === 'error') || !datePublished || title === undefined || !slug) return { status: 'invalid', diagnostics }

  // The article's URL is the site's origin plus an encoded path, never a relative reference resolved against site.url
  // (a slug such as "javascript:…" would read as a scheme); an adapter's own URL must be http(s) on any host.
  let path: string
  let url: string
  if (overrides.url === undefined) {
    const planned = articlePath(read, config.permalink, { datePublished, slug, section, lang })
    if (planned === 'invalid' || planned === 'unlisted') return { status: planned, diagnostics }
    path = planned
    url = articleUrl(config.site.url, path)
  } else {
    const resolved = resolveHttpUrl(overrides.url, config.site.url)
    if (!resolved.ok) {
      report('error', start, `the article's URL ${resolved.reason}`, 'frontmatter/invalid-url')
      return { status: 'invalid', diagnostics }
    }
    url = resolved.url
    path = new URL(url).pathname
  }
  const articlePositions: Record<string, Position> = {}
  for (const key of Object.keys(fields)) if (at[key]) articlePositions[key] = at[key]
  const article: Article = {
    file,
    bodyLine: source.bodyLine,
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
    ...(expiry ? { expires: expiry } : {}),
    wordCount: countWords(roughPlainText(body), lang),
    contentHash: createHash('sha256').update(source.hashInput).digest('hex'),
  }
  if (expiry && expiry.epochMs <= context.nowMs) return { status: 'expired', article, diagnostics }
  return { status: datePublished.epochMs > context.nowMs ? 'scheduled' : 'published', article, diagnostics }
}

type Report = (severity: Severity, at: Position, message: string, rule: string) => void
type FieldError = (key: string, message: string, rule?: string, sub?: string) => void

/** The mapped frontmatter of one file and how to report on a field of it. */
interface FieldReader {
  fields: Record<string, unknown>
  /** Where the frontmatter starts: findings about a missing field point here. */
  start: Position
  pos: (key: string, sub?: string) => Position
  error: FieldError
  report: Report
}

type SourceResult =
  | { ok: true; raw: Record<string, unknown>; positions: Map<string, Position>; split: SplitSource; start: Position }
  | { ok: false; diagnostic?: Diagnostic }

/** Split the frontmatter from the body and parse it; it must be a map. */
function readSource(file: string, text: string, report: Report): SourceResult {
  const split = splitFrontmatter(text)
  if (split.frontmatter === undefined || split.format === undefined) {
    const message = split.unclosed
      ? `the frontmatter opened by "${split.unclosed}" on line 1 is never closed`
      : 'no frontmatter: start the file with a "---" line, YAML (at least title and date), and another "---" line (or TOML between "+++" lines, or a JSON object)'
    report('error', { line: 1, column: 1 }, message, 'frontmatter/missing')
    return { ok: false }
  }
  // Parsers hand back slices of the text they parse: parsing a copy of the frontmatter keeps the values from holding the whole file (body included) alive.
  const parsed = parseFrontmatter({ ...(split as SplitSource & { format: FrontmatterFormat; frontmatter: string }), frontmatter: ownString(split.frontmatter) }, file)
  if (!parsed.ok) return { ok: false, diagnostic: parsed.diagnostic }
  const { value: raw, positions } = parsed.data
  const start = { line: split.frontmatterLine, column: 1 }
  if (!isObject(raw)) {
    report('error', start, `the frontmatter must be a map of keys (got ${raw === null ? 'nothing' : Array.isArray(raw) ? 'a list' : typeof raw})`, 'frontmatter/not-a-map')
    return { ok: false }
  }
  return { ok: true, raw, positions, split, start }
}

/** Publication (from the frontmatter, else the file name), modification and expiry dates, in the site's zone. */
function readDates(read: FieldReader, file: string, draft: boolean, zone: string): { datePublished?: ZonedDateTime; dateModified?: ZonedDateTime; expiry?: ZonedDateTime } {
  const { fields, error, report, start } = read
  const dateField = (key: string): ZonedDateTime | undefined => {
    const value = fields[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' && ELEVENTY_DATES.test(value.trim())) {
      error(key, `"${value}" takes the date from the file system or git, which differs between machines; write the date itself (e.g. 2023-10-11)`, 'frontmatter/invalid-date')
      return undefined
    }
    const result = typeof value === 'string' ? parseDateTime(englishDate(value) ?? value, zone) : { ok: false as const, reason: `expected an ISO 8601 date or date-time, got ${JSON.stringify(value)}` }
    if (!result.ok) {
      error(key, result.reason, 'frontmatter/invalid-date')
      return undefined
    }
    return result.value
  }
  // Jekyll and Zola date a post by its file name when the frontmatter does not.
  // Jekyll and Zola date a post by its file name when the frontmatter does not; some sites only by its own path.
  const nameDate = fileNameDate(file) ?? urlPathDate(fields.url)
  if ((fields.date === undefined || fields.date === null) && nameDate !== undefined) fields.date = nameDate
  const datePublished = dateField('date')
  if (!('date' in fields) && !draft) report('error', start, 'missing "date" (the publication date, e.g. 2023-10-11T09:30:00), and neither the file name (2023-10-11-slug.md) nor the page\'s own path (/2023/10/11/slug/) has one', 'frontmatter/missing-date')
  else if (fields.date === null && !draft) error('date', 'is empty: write the publication date after it, e.g. 2023-10-11T09:30:00', 'frontmatter/missing-date')
  const dateModified = dateField('updated')
  if (datePublished && dateModified && dateModified.epochMs < datePublished.epochMs) {
    error('updated', `${dateModified.iso} is earlier than the publication date ${datePublished.iso}`, 'frontmatter/updated-before-date')
  }
  const expiry = dateField('expiryDate')
  return { ...(datePublished ? { datePublished } : {}), ...(dateModified ? { dateModified } : {}), ...(expiry ? { expiry } : {}) }
}

/** The section (frontmatter, else the first category, else the list page's) and the tags (with the other categories). */
function readSectionAndTags(fields: Record<string, unknown>, error: FieldError, listSection: string | undefined): { section?: string; tags: string[] } {
  const categories = stringListField(fields, 'categories', error)
  // Jekyll's and Hugo's `categories`: the first is the section, the others join the tags.
  const section = stringField(fields, 'section', error) ?? categories[0] ?? listSection
  const tags = [...new Set([...stringListField(fields, 'tags', error), ...categories.slice(fields.section === undefined ? 1 : 0)])]
  return { ...(section !== undefined ? { section } : {}), tags }
}

/** The slug: the frontmatter's if it is safe, else the file's name; '' when neither gives one (reported). */
function readSlug(read: FieldReader, file: string): string {
  const { fields, error, report, start, pos } = read
  let slug: string
  const rawSlug = stringField(fields, 'slug', error)
  const fallbackSlug = fileSlug(file)
  if (rawSlug !== undefined) {
    // A slug is literal text in a URL path and a folder name: nothing that a URL or a file system would read as structure.
    // eslint-disable-next-line no-control-regex
    if (/[/\\?#%:]|\.\.|[\u0000-\u001f\u007f]/.test(rawSlug) || rawSlug.trim() !== rawSlug || rawSlug === '.') {
      error('slug', `"${rawSlug}" is not a safe slug: no "/", "\\", "?", "#", "%", ":", "..", control characters or surrounding spaces`, 'frontmatter/unsafe-slug')
      slug = fallbackSlug
    } else slug = rawSlug
  } else slug = fallbackSlug
  if (!slug) report('error', start, `cannot derive a slug from the file name "${file.split('/').pop()}": add "slug:"`, 'frontmatter/unsafe-slug')
  const slugBytes = new TextEncoder().encode(slug).length
  if (slugBytes > MAX_SLUG_BYTES) {
    report('error', pos('slug'), `the slug is ${slugBytes} bytes long; at most ${MAX_SLUG_BYTES} fit in a file name and a sitemap URL: set a shorter "slug:"`, 'frontmatter/unsafe-slug')
  }
  return slug
}

/** An absolute http(s) `canonical`, resolved; undefined when unset or invalid (reported). */
function readCanonical(read: FieldReader, siteUrl: string): string | undefined {
  const rawCanonical = stringField(read.fields, 'canonical', read.error)
  if (rawCanonical === undefined) return undefined
  const resolved = resolveHttpUrl(rawCanonical, siteUrl)
  if (resolved.ok) return resolved.url
  read.error('canonical', resolved.reason, 'frontmatter/invalid-url')
  return undefined
}

/** `accessibleForFree` and, for a paywalled article, its one-class `paywallSelector` (default `.paywall`). */
function readPaywall(read: FieldReader): { accessibleForFree: boolean; paywallSelector?: string } {
  const { fields, error, report, pos } = read
  const accessibleForFree = booleanField(fields, 'accessibleForFree', true, error)
  const rawSelector = stringField(fields, 'paywallSelector', error)
  if (accessibleForFree) {
    if (rawSelector !== undefined) report('warning', pos('paywallSelector'), 'paywallSelector has no effect unless accessibleForFree is false', 'frontmatter/unused-paywall')
    return { accessibleForFree }
  }
  const paywallSelector = rawSelector ?? '.paywall'
  if (!/^\.-?[_a-zA-Z][_a-zA-Z0-9-]*$/.test(paywallSelector)) {
    error('paywallSelector', `"${paywallSelector}" must be one class selector such as ".paywall" (Google accepts only .class selectors)`, 'frontmatter/invalid-paywall')
  }
  return { accessibleForFree, paywallSelector }
}

/** The article's URL path: the permalink pattern, or the frontmatter's `url` (`unlisted`: `permalink: false`). */
function articlePath(read: FieldReader, permalink: string, values: { datePublished: ZonedDateTime; slug: string; section: string | undefined; lang: string }): string | 'invalid' | 'unlisted' {
  const w = wallFields(values.datePublished)
  const permalinkFields: PermalinkFields = {
    yyyy: String(w.year).padStart(4, '0'),
    mm: String(w.month).padStart(2, '0'),
    dd: String(w.day).padStart(2, '0'),
    slug: values.slug,
    section: values.section ? slugify(values.section) : '',
    lang: values.lang.toLowerCase(),
  }
  if (!('url' in read.fields)) return expandPermalink(permalink, permalinkFields)
  const override = readUrlOverride(read.fields.url, permalinkFields)
  if (!override.ok) {
    read.error('url', override.reason, 'frontmatter/invalid-url')
    return 'invalid'
  }
  return override.path === false ? 'unlisted' : override.path
}

/** PaperMod's `cover: { image, alt, caption, … }` as an image; an empty `image` (its archetype's default) is no image. */
function coverImage(cover: unknown): unknown {
  if (!isObject(cover)) return cover
  if (typeof cover.image !== 'string' || cover.image.trim() === '') return undefined
  return { url: cover.image, ...(typeof cover.alt === 'string' && cover.alt ? { alt: cover.alt } : {}), ...(typeof cover.caption === 'string' && cover.caption ? { caption: cover.caption } : {}) }
}
