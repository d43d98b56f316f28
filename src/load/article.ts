/**
 * Frontmatter + body -> the normalized `Article` (SPEC §3). Pure: the same
 * source, config, registry and "now" always give the same article and
 * findings, so the result can be cached by content hash or built on a worker.
 */
import { createHash } from 'node:crypto'
import type { ResolvedConfig } from '../model/config.js'
import { countWords, firstParagraphText, roughPlainText, truncateText } from '../model/markdown.js'
import type { Article, Position } from '../model/types.js'
import { articleUrl } from '../model/urls.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { isObject } from '../util/is-object.js'
import { ownString } from '../util/utf8.js'
import { readDates } from './article-dates.js'
import { parseArticleSource, type ParsedArticle } from './article-source.js'
import { articlePath, frameworkUrl, readCanonical } from './article-url.js'
import type { AuthorRegistry } from './author-entries.js'
import { reportBidiControls } from './bidi.js'
import { isUnrendered } from './conventions.js'
import { authorsField, booleanField, correctionsField, imagesField, languageField, stringField, stringListField, typeField, type FieldError, type FieldReader, type FieldWarning, type Report } from './fields.js'
import { mapFrontmatterKeys } from './keys.js'
import { readPaywall } from './paywall.js'
import { readSlug } from './slug.js'
import { positionOf } from './yaml.js'
import { frontmatterInvalid, frontmatterMissingTitle } from './frontmatter-rules.js'

export { FRONTMATTER_ALIASES } from './keys.js'

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

/** Normalize one article file. `file` is relative to the site root with `/` separators. */
export function normalizeArticle(file: string, text: string, context: NormalizeContext, overrides: ArticleOverrides = {}): NormalizeResult {
  const parsed = parseArticleSource(file, text)
  if (!parsed.ok) return { status: 'invalid', diagnostics: [parsed.diagnostic] }
  return normalizeFields(file, parsed.value, context, overrides)
}

/** What a framework decides instead of dateline. */
export interface ArticleOverrides {
  /** The page's URL (absolute, or a path on the site) as the framework routes it; replaces `config.permalink` and `url:`. */
  url?: string
  /** Keys the framework owns (Eleventy's `layout`, `permalink`): left out before dateline reads the frontmatter. */
  ownKeys?: readonly string[]
}

/** Normalize parsed frontmatter and body (from a file, or from data a framework parsed). */
export function normalizeFields(file: string, source: ParsedArticle, context: NormalizeContext, overrides: ArticleOverrides = {}): NormalizeResult {
  const { config } = context
  const diagnostics: Diagnostic[] = []
  const report: Report = (severity, at, message, rule) => diagnostics.push({ file, line: at.line, column: at.column, severity, message, rule: rule.id })
  const { positions, start } = source
  const raw = overrides.ownKeys?.length ? Object.fromEntries(Object.entries(source.raw).filter(([key]) => !overrides.ownKeys!.includes(key))) : source.raw
  if (context.unrendered || isUnrendered(raw)) return { status: 'unlisted', diagnostics }

  const mapped = mapFrontmatterKeys(raw, positions, file, start, config.frontmatter)
  diagnostics.push(...mapped.diagnostics)
  const { fields, at, written } = mapped
  const pos = (key: string, sub = ''): Position => (sub ? positionOf(positions, `${mapped.path[key]}.${sub}`, at[key]) : (at[key] ?? start))
  const error: FieldError = (key, message, rule = frontmatterInvalid, sub = '') => report('error', pos(key, sub), `${written[key] ?? key}${sub ? `.${sub}` : ''}: ${message}`, rule)
  const warn: FieldWarning = (key, sub, message, rule) => report('warning', pos(key, sub), message, rule)
  const read: FieldReader = { fields, start, pos, error, report }
  reportBidiControls(fields, written, pos, (at, message, rule) => report('warning', at, message, rule))

  const draft = booleanField(fields, 'draft', false, error)
  const noindex = booleanField(fields, 'noindex', false, error)
  const title = stringField(fields, 'title', error)
  if (!('title' in fields)) report('error', start, 'missing "title" (the headline)', frontmatterMissingTitle)
  else if (fields.title === null) error('title', 'is empty: write the headline after "title:"', frontmatterMissingTitle)
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
    const routed = frameworkUrl(read, overrides.url, config.site.url)
    if (routed === undefined) return { status: 'invalid', diagnostics }
    url = routed
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

/** The section (frontmatter, else the first category, else the list page's) and the tags (with the other categories). */
function readSectionAndTags(fields: Record<string, unknown>, error: FieldError, listSection: string | undefined): { section?: string; tags: string[] } {
  const categories = stringListField(fields, 'categories', error)
  // Jekyll's and Hugo's `categories`: the first is the section, the others join the tags.
  const section = stringField(fields, 'section', error) ?? categories[0] ?? listSection
  const tags = [...new Set([...stringListField(fields, 'tags', error), ...categories.slice(fields.section === undefined ? 1 : 0)])]
  return { ...(section !== undefined ? { section } : {}), tags }
}

/** PaperMod's `cover: { image, alt, caption, … }` as an image; an empty `image` (its archetype's default) is no image. */
function coverImage(cover: unknown): unknown {
  if (!isObject(cover)) return cover
  if (typeof cover.image !== 'string' || cover.image.trim() === '') return undefined
  return { url: cover.image, ...(typeof cover.alt === 'string' && cover.alt ? { alt: cover.alt } : {}), ...(typeof cover.caption === 'string' && cover.caption ? { caption: cover.caption } : {}) }
}
