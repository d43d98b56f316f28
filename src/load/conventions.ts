/**
 * What other generators read from a file's place and name: which files are
 * markdown, which are list pages (Hugo's and Zola's `_index.md`), the date in
 * a Jekyll or Zola file name, the slug a file name gives, and a per-page URL
 * (`url`, `permalink`, `path`) written in Hugo's, Jekyll's, Eleventy's or
 * Zola's way. Pure functions of strings.
 */
import { encodeUriComponentsOnce, slugify, type PermalinkFields } from '../model/urls.js'

/** Markdown file extensions, as Jekyll reads them (`markdown_ext`) plus `.md`. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn'] as const

const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd|mkdn)$/i

/** Whether `name` is a markdown file dateline reads. */
export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_FILE.test(name)
}

/** A list page (a section's or the home page's), not an article: Hugo's and Zola's `_index.md`. */
export function isListPage(file: string): boolean {
  return /^_index$/i.test(baseName(file))
}

/** The file name without folder and markdown extension. */
function baseName(file: string): string {
  return file.split('/').pop()!.replace(MARKDOWN_FILE, '')
}

/** The name that stands for the article: the file name, or the folder's for a page bundle (`slug/index.md`). */
function articleName(file: string): string {
  const base = baseName(file)
  return base.toLowerCase() === 'index' ? (file.split('/').slice(-2, -1)[0] ?? '') : base
}

// Jekyll: YYYY-M-D-title (one-digit month and day allowed); Zola: YYYY-MM-DD or a date-time, then `-` or `_`.
const DATED_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?[-_](.+)$/

/** The date in a file name as an ISO 8601 date (or date-time), or undefined. */
export function fileNameDate(file: string): string | undefined {
  const match = DATED_NAME.exec(articleName(file))
  if (!match) return undefined
  const [, y, m, d, hh, mm, ss] = match
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  return hh ? `${date}T${hh}:${mm}:${ss ?? '00'}` : date
}

/** The date in a page's own path (Zola `path = "inside-rust/2020/07/27/slug"`, `/2016/4/1/slug/`): three segments year/month/day, or undefined. */
export function urlPathDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})\//.exec(value.trim())
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined
}

/** The slug a file name gives: its name (or its bundle folder's), without a date prefix, slugified. */
export function fileSlug(file: string): string {
  const name = articleName(file)
  return slugify(DATED_NAME.exec(name)?.[7] ?? name)
}

/** A per-page URL, read. `false`: the page is not published at all (Eleventy's `permalink: false`). */
export type UrlOverride = { ok: true; path: string | false } | { ok: false; reason: string }

// Jekyll's placeholders -> dateline's permalink fields.
const JEKYLL_TOKENS: Readonly<Record<string, (fields: PermalinkFields) => string>> = {
  year: (f) => f.yyyy,
  short_year: (f) => f.yyyy.slice(2),
  month: (f) => f.mm,
  i_month: (f) => String(Number(f.mm)),
  day: (f) => f.dd,
  i_day: (f) => String(Number(f.dd)),
  title: (f) => f.slug,
  slug: (f) => f.slug,
  name: (f) => f.slug,
  categories: (f) => f.section,
  output_ext: () => '',
}

/**
 * Read a page's own URL path: Hugo `url`, Zola `path` (without the leading
 * slash), Eleventy `permalink` (a path, or `false`), Jekyll `permalink` (with
 * `:year`-style placeholders). The result starts with `/`, is percent-encoded
 * once, and ends with `/` unless its last segment names a file (`/about.html`).
 */
export function readUrlOverride(value: unknown, fields: PermalinkFields): UrlOverride {
  if (value === false) return { ok: true, path: false }
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'must be a path on this site such as "/2016/04/hello/" (or false)' }
  const text = value.trim()
  if (/\{\{|\{%/.test(text)) return { ok: false, reason: `"${text}" is a template; dateline does not run templates. Write the path itself, or remove it to use the config's "permalink"` }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return { ok: false, reason: `"${text}" must be a path on this site, not a full URL (an original elsewhere goes in "canonical")` }
  const unknown = [...text.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!).find((token) => !(token in JEKYLL_TOKENS))
  if (unknown) return { ok: false, reason: `"${text}" uses ":${unknown}", which dateline cannot fill; placeholders: ${Object.keys(JEKYLL_TOKENS).map((t) => `:${t}`).join(' ')}` }
  const filled = text.replace(/:([a-z_]+)/g, (_, token: string) => JEKYLL_TOKENS[token]!(fields))
  // eslint-disable-next-line no-control-regex
  if (/[?#\\:]|[\u0000-\u001f\u007f]/.test(filled)) return { ok: false, reason: `"${text}" must be a plain path: no "?", "#", ":", "\\" or control characters` }
  const segments = filled.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, reason: `"${text}" must not contain "." or ".." segments` }
  const last = segments.at(-1)
  const isFile = last !== undefined && /\.html?$/i.test(last) && !filled.endsWith('/')
  const path = segments.length ? `/${segments.join('/')}${isFile ? '' : '/'}` : '/'
  return { ok: true, path: encodeUriComponentsOnce(path) }
}

/**
 * Whether Hugo would render no page for this frontmatter: `build.render:
 * never` (or `_build.render: false`, Hugo < 0.145), or `headless: true`.
 */
export function isUnrendered(front: Record<string, unknown>): boolean {
  if (front.headless === true) return true
  const build = front.build ?? front._build
  if (typeof build !== 'object' || build === null) return false
  const render = (build as Record<string, unknown>).render
  return render === 'never' || render === false || render === 'false'
}

/** Whether a list page's `cascade` makes Hugo render none of the pages below it (headless sections such as `_common/`). */
export function cascadesUnrendered(front: Record<string, unknown>): boolean {
  const cascade = front.cascade
  const entries = Array.isArray(cascade) ? cascade : [cascade]
  return entries.some((entry) => typeof entry === 'object' && entry !== null && !('_target' in entry) && !('target' in entry) && isUnrendered(entry as Record<string, unknown>))
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i')
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i')

/**
 * An English calendar date as Astro's blog template writes `pubDate`
 * (`'Jul 08 2022'`, `July 8, 2022`, `8 July 2022`; read by `z.coerce.date()`),
 * as an ISO 8601 date, or undefined. Only whole dates: a time would need a zone.
 */
export function englishDate(value: string): string | undefined {
  const text = value.trim()
  const monthFirst = MONTH_FIRST.exec(text)
  const dayFirst = DAY_FIRST.exec(text)
  const [month, day, year] = monthFirst ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!] : []
  if (!month) return undefined
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase())
  return `${year}-${String(index + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`
}
