/**
 * Validate a raw config object and fill in the defaults (SPEC §2). Every
 * problem names the file, the key path and, for JSON configs, the line.
 */
import path from 'node:path'
import {
  PUBLISHER_POLICIES,
  type AuthorInput,
  type ResolvedConfig,
  type ResolvedFeeds,
  type ResolvedSite,
  type RuleSetting,
} from '../model/config.js'
import { outputNameProblems, PUBLIC_FOLDER } from '../plan/layout.js'
import { NEWS_WINDOW_HOURS } from '../plan/news-window.js'
import { isValidTimeZone } from '../model/dates.js'
import type { Position } from '../model/types.js'
import { isAbsoluteHttpUrl, normalizeSiteUrl, PERMALINK_TOKENS, resolveHttpUrl } from '../model/urls.js'
import { DatelineError, type Diagnostic } from '../util/diagnostic.js'
import { hint } from '../util/did-you-mean.js'
import { isObject } from '../util/is-object.js'
import { resolveFrontmatterOptions } from './keys.js'
import { positionOf } from './yaml.js'
import { configInvalid } from './source-rules.js'

interface Context {
  root: string
  file: string
  displayFile: string
  positions: Map<string, Position>
}

const TOP_KEYS = ['site', 'content', 'out', 'permalink', 'authors', 'feeds', 'sitemap', 'newsSitemap', 'robots', 'pages', 'check', 'frontmatter']
const SITE_KEYS = ['url', 'name', 'language', 'timezone', 'description', 'logo', 'publisher']
const LOGO_KEYS = ['url', 'width', 'height']
const PUBLISHER_KEYS = ['type', 'name', 'sameAs', ...PUBLISHER_POLICIES]
const FEEDS_KEYS = ['rss', 'atom', 'json', 'limit', 'content', 'sections', 'hub', 'stylesheet']
const SITEMAP_KEYS = ['file', 'maxUrls', 'gzip', 'changefreq', 'priority']
const NEWS_KEYS = ['file', 'windowHours', 'maxUrls']
export const AUTHOR_KEYS = ['name', 'type', 'url', 'sameAs', 'image', 'jobTitle', 'email']
const CHANGEFREQ = ['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']

/** Check `raw` against the config contract and return it resolved; throws `DatelineError` (exit 2). */
export function resolveConfig(raw: unknown, context: Context): ResolvedConfig {
  const problems: Diagnostic[] = []
  const fail = (key: string, message: string) => {
    const { line, column } = context.positions.size ? positionOf(context.positions, key) : { line: 0, column: 0 }
    // The diagnostic names the file absolutely (callers show it relative to where they stand); the message text uses the display name.
    problems.push({ file: context.file || context.displayFile, line, column, severity: 'error', message: `${key ? `"${key}": ` : ''}${message}`, rule: configInvalid.id })
  }
  const config = isObject(raw) ? raw : (fail('', 'the config must export an object (default export)'), {})
  unknownKeys(config, '', TOP_KEYS, fail)

  const site = resolveSite(config.site, fail)
  const str = (key: string, fallback: string): string => {
    const value = config[key]
    if (value === undefined) return fallback
    if (typeof value !== 'string' || value.trim() === '') {
      fail(key, 'must be a non-empty string')
      return fallback
    }
    return value
  }
  const content = str('content', 'articles')
  const out = str('out', 'dist')
  const permalink = str('permalink', '/{slug}/')
  for (const [, token] of permalink.matchAll(/\{(\w*)\}/g)) {
    if (!(PERMALINK_TOKENS as readonly string[]).includes(token!)) fail('permalink', `unknown token "{${token}}".${hint(token!, PERMALINK_TOKENS)} Tokens: ${PERMALINK_TOKENS.map((t) => `{${t}}`).join(' ')}`)
  }
  if (!permalink.includes('{slug}')) fail('permalink', 'must contain {slug} so that every article gets its own URL')
  if (permalink.split('/').some((segment) => segment === '.' || segment === '..') || /[?#\\%:]/.test(permalink)) {
    fail('permalink', 'must be a plain path: no "." or ".." segments, "?", "#", "%", ":" or "\\"')
  }

  let authors: ResolvedConfig['authors']
  if (typeof config.authors === 'string') authors = path.resolve(context.root, config.authors)
  else if (isObject(config.authors)) authors = config.authors as Record<string, AuthorInput>
  else if (config.authors !== undefined) fail('authors', 'must be a file name (YAML or JSON) or a map of id -> author')

  const resolved: ResolvedConfig = {
    root: context.root,
    configFile: context.file,
    site: site ?? ({} as ResolvedSite),
    content: path.resolve(context.root, content),
    out: path.resolve(context.root, out),
    permalink,
    authors,
    feeds: resolveFeeds(config.feeds, site?.url, fail),
    sitemap: resolveSitemap(config.sitemap, fail),
    newsSitemap: resolveNewsSitemap(config.newsSitemap, fail),
    robots: bool(config, 'robots', false, fail),
    pages: bool(config, 'pages', false, fail),
    ...resolveCheck(config.check, fail),
    frontmatter: resolveFrontmatterOptions(config.frontmatter, (key, message) => fail(key, message), (object, prefix, allowed) => unknownKeys(object, prefix, allowed, fail)),
  }
  const outProblem = outFolderProblem(resolved)
  if (outProblem) fail('out', outProblem)
  for (const problem of outputNameProblems(resolved)) fail(problem.key, problem.message)
  if (problems.length) {
    const lines = problems.map((p) => `${context.displayFile}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`)
    throw new DatelineError(lines.join('\n'), 2, problems)
  }
  return resolved
}

type Fail = (key: string, message: string) => void

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error']

/** `check: { rules: { id: 'off' | 'warn' | 'error' } }`; rule ids are checked by `dateline check`, which knows them. */
function resolveCheck(raw: unknown, fail: Fail): Pick<ResolvedConfig, 'check'> {
  if (raw === undefined) return {}
  if (!isObject(raw)) return fail('check', 'must be an object such as { rules: { "schema/pending": "off" } }'), {}
  unknownKeys(raw, 'check', ['rules'], fail)
  const rules: Record<string, RuleSetting> = {}
  if (raw.rules !== undefined && !isObject(raw.rules)) fail('check.rules', 'must map rule ids to "off", "warn" or "error"')
  else {
    for (const [id, setting] of Object.entries((raw.rules ?? {}) as Record<string, unknown>)) {
      if ((RULE_SETTINGS as readonly unknown[]).includes(setting)) rules[id] = setting as RuleSetting
      else fail(`check.rules.${id}`, `must be "off", "warn" or "error", not ${JSON.stringify(setting)}`)
    }
  }
  return { check: { rules } }
}

/**
 * Why `out` cannot be the output folder, if it cannot: the build replaces it
 * whole, so it must not be the site root or hold the sources.
 */
export function outFolderProblem(config: Pick<ResolvedConfig, 'root' | 'content' | 'out'>): string | undefined {
  const within = (outer: string, inner: string) => {
    const relative = path.relative(outer, inner)
    return !relative.startsWith('..') && !path.isAbsolute(relative)
  }
  if (within(config.out, config.root) || within(config.out, config.content)) return 'must be a folder of its own, not the site root and not around the content folder'
  if (within(config.content, config.out)) return 'must not be inside the content folder: the build replaces it whole, and the next build would read it as content'
  if (within(path.join(config.root, PUBLIC_FOLDER), config.out)) return `must not be inside ${PUBLIC_FOLDER}/: the build copies ${PUBLIC_FOLDER}/ into it`
  return undefined
}

function resolveSite(raw: unknown, fail: Fail): ResolvedSite | undefined {
  if (!isObject(raw)) {
    fail('site', 'is required: an object with at least "url" and "name"')
    return undefined
  }
  unknownKeys(raw, 'site', SITE_KEYS, fail)
  let url = ''
  if (typeof raw.url !== 'string' || !isAbsoluteHttpUrl(raw.url)) {
    fail('site.url', `must be an absolute http(s) URL such as "https://news.example/" (got ${JSON.stringify(raw.url)})`)
  } else {
    url = normalizeSiteUrl(raw.url)
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') fail('site.name', 'is required: the publication name')
  const language = optionalString(raw, 'language', 'site', fail) ?? 'en'
  try {
    Intl.getCanonicalLocales(language)
  } catch {
    fail('site.language', `"${language}" is not a BCP 47 language tag (e.g. "id", "en-GB")`)
  }
  const timezone = optionalString(raw, 'timezone', 'site', fail) ?? 'UTC'
  if (!isValidTimeZone(timezone)) fail('site.timezone', `"${timezone}" is not an IANA time zone (e.g. "Asia/Jakarta")`)
  const base = url || 'https://invalid.example/'
  const absolute = (key: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined
    if (typeof value !== 'string' || value.trim() === '') {
      fail(key, 'must be a URL (absolute, or relative to site.url)')
      return undefined
    }
    const resolved = resolveHttpUrl(value, base)
    if (resolved.ok) return resolved.url
    fail(key, resolved.reason)
    return undefined
  }
  let logo: ResolvedSite['logo']
  if (typeof raw.logo === 'string') logo = { url: absolute('site.logo', raw.logo)! }
  else if (isObject(raw.logo)) {
    unknownKeys(raw.logo, 'site.logo', LOGO_KEYS, fail)
    const logoUrl = absolute('site.logo.url', raw.logo.url ?? '')
    if (logoUrl) logo = { url: logoUrl, width: positiveInt(raw.logo, 'width', 'site.logo', fail), height: positiveInt(raw.logo, 'height', 'site.logo', fail) }
  } else if (raw.logo !== undefined) fail('site.logo', 'must be a URL or { url, width, height }')

  const publisherRaw = raw.publisher === undefined ? {} : raw.publisher
  const publisher: ResolvedSite['publisher'] = { type: 'NewsMediaOrganization', name: String(raw.name ?? ''), sameAs: [] }
  if (!isObject(publisherRaw)) fail('site.publisher', 'must be an object')
  else {
    unknownKeys(publisherRaw, 'site.publisher', PUBLISHER_KEYS, fail)
    if (publisherRaw.type !== undefined) {
      if (publisherRaw.type === 'NewsMediaOrganization' || publisherRaw.type === 'Organization') publisher.type = publisherRaw.type
      else fail('site.publisher.type', `must be "NewsMediaOrganization" or "Organization"${hint(String(publisherRaw.type), ['NewsMediaOrganization', 'Organization'])}`)
    }
    publisher.name = optionalString(publisherRaw, 'name', 'site.publisher', fail) ?? publisher.name
    publisher.sameAs = stringList(publisherRaw.sameAs, 'site.publisher.sameAs', fail).map((v, i) => absolute(`site.publisher.sameAs.${i}`, v)!).filter(Boolean)
    for (const policy of PUBLISHER_POLICIES) {
      const value = absolute(`site.publisher.${policy}`, publisherRaw[policy])
      if (value) publisher[policy] = value
    }
  }
  return {
    url,
    name: String(raw.name ?? ''),
    language,
    timezone,
    description: optionalString(raw, 'description', 'site', fail),
    logo,
    publisher,
  }
}

function resolveFeeds(raw: unknown, siteUrl: string | undefined, fail: Fail): ResolvedFeeds | false {
  if (raw === false) return false
  const feeds: ResolvedFeeds = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', limit: 50, content: 'full', sections: false }
  if (raw === undefined) return feeds
  if (!isObject(raw)) {
    fail('feeds', 'must be an object or false')
    return feeds
  }
  unknownKeys(raw, 'feeds', FEEDS_KEYS, fail)
  for (const key of ['rss', 'atom', 'json'] as const) {
    const value = raw[key]
    if (value === false) feeds[key] = false
    else if (value !== undefined) feeds[key] = outputFile(value, `feeds.${key}`, fail) ?? feeds[key]
  }
  if (raw.limit !== undefined) feeds.limit = positiveInt(raw, 'limit', 'feeds', fail) ?? feeds.limit
  if (raw.content !== undefined) {
    if (raw.content === 'full' || raw.content === 'summary') feeds.content = raw.content
    else fail('feeds.content', `must be "full" or "summary"${hint(String(raw.content), ['full', 'summary'])}`)
  }
  feeds.sections = bool(raw, 'sections', false, fail, 'feeds')
  for (const key of ['hub', 'stylesheet'] as const) {
    if (raw[key] === undefined) continue
    if (typeof raw[key] !== 'string') {
      fail(`feeds.${key}`, 'must be a URL')
      continue
    }
    const resolved = resolveHttpUrl(raw[key] as string, siteUrl || 'https://invalid.example/')
    if (resolved.ok) feeds[key] = resolved.url
    else fail(`feeds.${key}`, resolved.reason)
  }
  return feeds
}

function resolveSitemap(raw: unknown, fail: Fail): ResolvedConfig['sitemap'] {
  if (raw === false) return false
  const sitemap: Exclude<ResolvedConfig['sitemap'], false> = { file: 'sitemap.xml', maxUrls: 50_000, gzip: false }
  if (raw === undefined) return sitemap
  if (!isObject(raw)) {
    fail('sitemap', 'must be an object or false')
    return sitemap
  }
  unknownKeys(raw, 'sitemap', SITEMAP_KEYS, fail)
  if (raw.file !== undefined) sitemap.file = outputFile(raw.file, 'sitemap.file', fail) ?? sitemap.file
  if (raw.maxUrls !== undefined) {
    const max = positiveInt(raw, 'maxUrls', 'sitemap', fail)
    if (max !== undefined && max > 50_000) fail('sitemap.maxUrls', 'must be at most 50000 (the sitemaps.org limit)')
    else if (max !== undefined) sitemap.maxUrls = max
  }
  sitemap.gzip = bool(raw, 'gzip', false, fail, 'sitemap')
  if (raw.changefreq !== undefined) {
    if (CHANGEFREQ.includes(String(raw.changefreq))) sitemap.changefreq = raw.changefreq as typeof sitemap.changefreq
    else fail('sitemap.changefreq', `must be one of ${CHANGEFREQ.join(', ')}${hint(String(raw.changefreq), CHANGEFREQ)}`)
  }
  if (raw.priority !== undefined) {
    if (typeof raw.priority === 'number' && raw.priority >= 0 && raw.priority <= 1) sitemap.priority = raw.priority
    else fail('sitemap.priority', 'must be a number from 0.0 to 1.0')
  }
  return sitemap
}

function resolveNewsSitemap(raw: unknown, fail: Fail): ResolvedConfig['newsSitemap'] {
  if (raw === false) return false
  const news = { file: 'news-sitemap.xml', windowHours: 48, maxUrls: 1000 }
  if (raw === undefined) return news
  if (!isObject(raw)) {
    fail('newsSitemap', 'must be an object or false')
    return news
  }
  unknownKeys(raw, 'newsSitemap', NEWS_KEYS, fail)
  if (raw.file !== undefined) news.file = outputFile(raw.file, 'newsSitemap.file', fail) ?? news.file
  if (raw.windowHours !== undefined) {
    const hours = positiveInt(raw, 'windowHours', 'newsSitemap', fail)
    if (hours !== undefined && hours > NEWS_WINDOW_HOURS) fail('newsSitemap.windowHours', `must be at most ${NEWS_WINDOW_HOURS}: Google News reads only articles published in the last two days`)
    else if (hours !== undefined) news.windowHours = hours
  }
  if (raw.maxUrls !== undefined) {
    const max = positiveInt(raw, 'maxUrls', 'newsSitemap', fail)
    if (max !== undefined && max > 1000) fail('newsSitemap.maxUrls', "must be at most 1000 (Google's limit for news sitemaps)")
    else if (max !== undefined) news.maxUrls = max
  }
  return news
}

/** A file name inside `out`: relative, no `..`, no control characters. */
function outputFile(value: unknown, key: string, fail: Fail): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(key, 'must be a file name or false')
    return undefined
  }
  const normalized = path.posix.normalize(value.replace(/^\/+/, ''))
  // eslint-disable-next-line no-control-regex
  if (normalized.startsWith('..') || path.isAbsolute(normalized) || /[\u0000-\u001f]/.test(value)) {
    fail(key, `"${value}" must stay inside the output folder`)
    return undefined
  }
  return normalized
}

function unknownKeys(object: Record<string, unknown>, prefix: string, allowed: string[], fail: Fail): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) fail(prefix ? `${prefix}.${key}` : key, `unknown key.${hint(key, allowed)}`)
  }
}

function optionalString(object: Record<string, unknown>, key: string, prefix: string, fail: Fail): string | undefined {
  const value = object[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    fail(`${prefix}.${key}`, 'must be a non-empty string')
    return undefined
  }
  return value
}

function positiveInt(object: Record<string, unknown>, key: string, prefix: string, fail: Fail): number | undefined {
  const value = object[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    fail(`${prefix}.${key}`, `must be a positive whole number (got ${JSON.stringify(value)})`)
    return undefined
  }
  return value
}

function bool(object: Record<string, unknown>, key: string, fallback: boolean, fail: Fail, prefix = ''): boolean {
  const value = object[key]
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') {
    fail(prefix ? `${prefix}.${key}` : key, 'must be true or false')
    return fallback
  }
  return value
}

function stringList(value: unknown, key: string, fail: Fail): string[] {
  if (value === undefined) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  fail(key, 'must be a string or a list of strings')
  return []
}

