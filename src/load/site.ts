/** Load a whole site: config, authors registry and every article, normalized. I/O happens here only. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import { DatelineError, type Diagnostic } from '../util/diagnostic.js'
import { articleTooLarge, parseFrontmatter } from './article-source.js'
import { duplicateUrls } from './duplicates.js'
import { loadAuthorRegistry } from './authors.js'
import { loadConfig } from './config.js'
import { cascadesUnrendered, isListPage, isMarkdownFile } from './conventions.js'
import { isObject } from '../util/is-object.js'
import { bodyFromFile } from './body.js'
import { splitFrontmatter } from './frontmatter.js'
import { outputCollisions } from './output-collisions.js'
import { invalidUtf8At } from '../util/utf8.js'
import type { BuildCache } from '../cache/store.js'
import { dataFileNames } from '../model/data-names.js'
import { WorkerPool, workerCount } from '../util/worker-pool.js'
import { loadTask, startSource, type LoadShared, type SourceBytes, type SourceReader } from './load-task.js'
import { SharedValues } from './shared-values.js'
import { frontmatterUnknownKey } from './frontmatter-rules.js'
import { contentInvalidUtf8, contentNoArticles, contentUnreadable } from './source-rules.js'

/** Below this many sources, starting workers costs more than they save (a source takes about a millisecond). */
const MIN_POOLED_SOURCES = 500

export interface LoadSiteOptions {
  /** Reuse normalized articles from earlier builds (see `BuildCache`). */
  cache?: BuildCache
  /** Config file to use instead of the one found in the root. */
  configFile?: string
  /** "Now" in epoch ms: articles dated later are scheduled and left out. Default: the clock. */
  now?: number
  /** Called as work advances (for a progress line), e.g. `("loading articles", 340, 1000)`. */
  onProgress?: ProgressCallback
}

/** Progress of a long step: what, how many done, out of how many. */
export type ProgressCallback = (phase: string, done: number, total: number) => void

export interface Site {
  config: ResolvedConfig
  /** Published articles, newest first (ties by slug), drafts and scheduled ones left out. */
  articles: Article[]
  /** How many were left out, and why. */
  skipped: Skipped
  /** Sections named by list pages (`_index.md`), by folder. */
  sections: ListSection[]
  /** Findings about the sources; file paths relative to the site root. */
  diagnostics: Diagnostic[]
  /** "Now" used for this load, in epoch ms. */
  now: number
}

/** What a load left out: articles that are not published now, and files under `content` that are no articles. */
export interface Skipped {
  drafts: number
  scheduled: number
  /** Past their `expiryDate` (Hugo). */
  expired: number
  /** Never rendered by their generator: Eleventy `permalink: false`, Hugo `build.render: never`, `headless`. */
  unlisted: number
  /** Hugo's and Zola's `_index.md` list pages. */
  listPages: number
  /** Files that are not markdown, by extension (`.png`, `.html`, `(none)`). */
  notMarkdown: Record<string, number>
}

/** A section named by a list page (`_index.md`): its folder (relative to the root) and the title it gives. */
export interface ListSection {
  folder: string
  /** Absent when the list page has no title. */
  title?: string
  description?: string
  /** Its `cascade` tells Hugo to render none of the pages below it. */
  unrendered?: boolean
}

/** Load the site in `root`. Config problems throw `DatelineError` (exit 2); content problems are diagnostics. */
export async function loadSite(root: string, options: LoadSiteOptions = {}): Promise<Site> {
  const config = await loadConfig(root, options)
  return loadContent(config, options.now ?? Date.now(), options.cache, options.onProgress)
}

/** Load the articles of an already resolved config. */
export async function loadContent(config: ResolvedConfig, now: number, cache?: BuildCache, onProgress?: ProgressCallback): Promise<Site> {
  const { registry, diagnostics } = loadAuthorRegistry(config)
  const { markdown, notMarkdown } = await contentFiles(config.content, config.root)
  const articles: Article[] = []
  const skipped: Skipped = { drafts: 0, scheduled: 0, expired: 0, unlisted: 0, listPages: 0, notMarkdown }
  const sections = new Map<string, ListSection>()
  // List pages first (what they say cascades to the articles below them); articles are read one at a time below, so their bytes are never all held at once.
  const sources = markdown.filter((file) => !isListPage(file))
  for (const file of markdown.filter(isListPage)) {
    const bytes = readSource(path.join(config.root, file), file, diagnostics)?.bytes
    if (bytes === undefined) continue
    skipped.listPages++
    const text = utf8Text(bytes, file, diagnostics)
    const section = text === undefined ? undefined : listSection(file, text)
    if (section) sections.set(section.folder, section)
  }
  const home = path.relative(config.root, config.content).split(path.sep).join('/')
  cache?.begin(config)
  const reader: SourceReader = { root: config.root, cache, registry, readSource, isUtf8, context: (file) => fromListPages(file, sections, home) }
  const shared: LoadShared = { config, registry, nowMs: now }
  // What many articles repeat is held once (see SharedValues).
  const values = new SharedValues()
  // Sources are read and looked up in the cache here, in order; what the cache misses is normalized on workers too.
  const pool = new WorkerPool({ task: loadTask, shared, items: sources, start: (file) => startSource(file, reader), input: (started) => started.input, perWorker: 16 }, workerCount(sources.length, MIN_POOLED_SOURCES))
  try {
    for (const [index, file] of sources.entries()) {
      onProgress?.('loading articles', index, sources.length)
      const { started, output } = await pool.take(file)
      diagnostics.push(...started.diagnostics)
      const normalized = output?.normalized ?? started.cached
      if (!normalized) continue
      // Its body is read from the file when an output needs it, so the site's bodies are never all in memory.
      if (normalized.article) {
        values.share(normalized.article)
        normalized.article = bodyFromFile(normalized.article, started.absolute)
      }
      if (output && started.key !== undefined) {
        const recorder = cache!.recorder(started.key, registry)
        // The authors the normalization read, looked up again through the recorder so the cache entry names them.
        for (const id of output.lookups) recorder.registry.byId.get(id)
        recorder.store(normalized)
      }
      diagnostics.push(...normalized.diagnostics)
      const { article } = normalized
      if (normalized.status === 'draft') skipped.drafts++
      else if (normalized.status === 'unlisted') skipped.unlisted++
      else if (normalized.status === 'dated' && article) {
        // Scheduled or expired is decided by this build's "now", never cached.
        const expired = article.expires !== undefined && article.expires.epochMs <= now
        if (expired || article.datePublished.epochMs > now) {
          skipped[expired ? 'expired' : 'scheduled']++
          cache?.finish(article)
        } else articles.push(article)
      }
    }
  } finally {
    await pool.close()
  }
  diagnostics.push(...duplicateUrls(articles), ...outputCollisions(articles, config))
  if (articles.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    const where = path.relative(config.root, config.content).split(path.sep).join('/') || '.'
    diagnostics.push({ file: where, line: 0, column: 0, severity: 'warning', message: `no article found under "${where}" (${markdown.length} markdown file${markdown.length === 1 ? '' : 's'}); check "content" in the config`, rule: contentNoArticles.id })
  }
  articles.sort((a, b) => b.datePublished.epochMs - a.datePublished.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  nameDataFiles(articles)
  return { config, articles, skipped, sections: [...sections.values()], diagnostics: groupUnknownKeys(diagnostics), now }
}

/**
 * Set each article's `_dateline/` name. It depends on the whole site, so it is
 * set on every load, on the same objects (which the cache tracks), and never
 * trusted from an earlier one.
 */
function nameDataFiles(articles: Article[]): void {
  const names = dataFileNames(articles)
  articles.forEach((article, i) => {
    const mutable = article as { dataName?: string }
    if (names[i] === article.slug) delete mutable.dataName
    else mutable.dataName = names[i]
  })
}

/**
 * Files under `folder` (which may lie outside `root`): markdown ones relative
 * to `root` with `/`, sorted so builds do not depend on directory order, and
 * a count of the others by extension. Hidden folders and node_modules are skipped.
 */
async function contentFiles(folder: string, root: string): Promise<{ markdown: string[]; notMarkdown: Record<string, number> }> {
  let entries
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true })
  } catch (error) {
    throw new DatelineError(`${path.relative(process.cwd(), folder) || folder}: cannot read the content folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 2)
  }
  const markdown: string[] = []
  const notMarkdown: Record<string, number> = {}
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)
    // Hidden parts count from the content folder down, so `content: ../posts` is not one of them.
    if (path.relative(folder, absolute).split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue
    if (!isMarkdownFile(entry.name)) {
      const extension = path.extname(entry.name).toLowerCase() || '(none)'
      notMarkdown[extension] = (notMarkdown[extension] ?? 0) + 1
      continue
    }
    markdown.push(path.relative(root, absolute).split(path.sep).join('/'))
  }
  return { markdown: markdown.sort(), notMarkdown: Object.fromEntries(Object.entries(notMarkdown).sort()) }
}

/** The title and description a list page gives its folder's section (nothing when it has none or does not parse). */
function listSection(file: string, text: string): ListSection | undefined {
  const split = splitFrontmatter(text)
  if (split.format === undefined || split.frontmatter === undefined) return undefined
  const parsed = parseFrontmatter(split as typeof split & { format: NonNullable<typeof split.format>; frontmatter: string }, file)
  if (!parsed.ok || !isObject(parsed.data.value)) return undefined
  const front = parsed.data.value
  const { title, description } = front
  return {
    folder: file.split('/').slice(0, -1).join('/'),
    ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
    ...(typeof description === 'string' && description.trim() ? { description: description.trim() } : {}),
    ...(cascadesUnrendered(front) ? { unrendered: true } : {}),
  }
}

/**
 * What the list pages above `file` say about it: the title of the nearest one
 * with a title (Hugo's sections nest), up to but not including the home page
 * (`home`, the content folder), and whether one of them (home too) cascades
 * "render never".
 */
function fromListPages(file: string, sections: Map<string, ListSection>, home: string): { listSection?: string; unrendered?: boolean } {
  const parts = file.split('/').slice(0, -1)
  let listSection: string | undefined
  let unrendered = false
  for (let length = parts.length; length > 0; length--) {
    const folder = parts.slice(0, length).join('/')
    const found = sections.get(folder)
    if (found?.unrendered) unrendered = true
    if (folder === home) break
    listSection ??= found?.title
  }
  return { ...(listSection ? { listSection } : {}), ...(unrendered ? { unrendered } : {}) }
}

/** One info per unknown key across the site (a theme's `layout` is on every post): where it is first, and how often. */
function groupUnknownKeys(diagnostics: Diagnostic[]): Diagnostic[] {
  const grouped = new Map<string, { first: Diagnostic; count: number }>()
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    if (d.severity !== 'info' || d.rule !== frontmatterUnknownKey.id) {
      out.push(d)
      continue
    }
    const seen = grouped.get(d.message)
    if (seen) seen.count++
    else {
      const group = { first: { ...d }, count: 1 }
      grouped.set(d.message, group)
      out.push(group.first)
    }
  }
  for (const { first, count } of grouped.values()) if (count > 1) first.message += ` (in ${count} articles; this is the first)`
  return out
}

/** The file's bytes; a file over the article limit is refused by its size, before any of it is read. */
function readSource(absolute: string, file: string, diagnostics: Diagnostic[]): SourceBytes | undefined {
  let fd: number | undefined
  try {
    fd = openSync(absolute, 'r')
    const at = Date.now()
    const info = fstatSync(fd, { bigint: true })
    const size = Number(info.size)
    const tooLarge = articleTooLarge(file, size)
    if (tooLarge) {
      diagnostics.push(tooLarge)
      return undefined
    }
    // One byte more than the size: a file that grew since (or misreports its size) is caught below.
    const buffer = Buffer.allocUnsafe(size + 1)
    let length = 0
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n
    if (length > size) {
      diagnostics.push({ file, line: 0, column: 0, severity: 'error', message: 'the file changed while it was read; build again', rule: contentUnreadable.id })
      return undefined
    }
    return { bytes: buffer.subarray(0, length), stat: { info, at } }
  } catch (error) {
    diagnostics.push({ file, line: 0, column: 0, severity: 'error', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, rule: contentUnreadable.id })
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Whether `bytes` are UTF-8; if not, a finding says where. */
function isUtf8(bytes: Buffer, file: string, diagnostics: Diagnostic[]): boolean {
  const invalid = invalidUtf8At(bytes)
  if (!invalid) return true
  const { line, column } = invalid
  diagnostics.push({ file, line, column, severity: 'error', message: `not valid UTF-8; save the file as UTF-8`, rule: contentInvalidUtf8.id })
  return false
}

function utf8Text(bytes: Buffer, file: string, diagnostics: Diagnostic[]): string | undefined {
  return isUtf8(bytes, file, diagnostics) ? bytes.toString('utf8') : undefined
}
