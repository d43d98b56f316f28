/** Load a whole site: config, authors registry and every article, normalized. I/O happens here only. */
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import { DatelineError, type Diagnostic } from '../util/diagnostic.js'
import { normalizeArticle } from './article.js'
import { loadAuthorRegistry } from './authors.js'
import { loadConfig } from './config.js'
import { invalidUtf8At } from '../util/utf8.js'
import type { BuildCache } from '../cache/store.js'

export interface LoadSiteOptions {
  /** Reuse normalized articles from earlier builds (see `BuildCache`). */
  cache?: BuildCache
  /** Config file to use instead of the one found in the root. */
  configFile?: string
  /** "Now" in epoch ms: articles dated later are scheduled and left out. Default: the clock. */
  now?: number
}

export interface Site {
  config: ResolvedConfig
  /** Published articles, newest first (ties by slug), drafts and scheduled ones left out. */
  articles: Article[]
  /** How many were left out, and why. */
  skipped: { drafts: number; scheduled: number }
  /** Findings about the sources; file paths relative to the site root. */
  diagnostics: Diagnostic[]
  /** "Now" used for this load, in epoch ms. */
  now: number
}

/** Load the site in `root`. Config problems throw `DatelineError` (exit 2); content problems are diagnostics. */
export async function loadSite(root: string, options: LoadSiteOptions = {}): Promise<Site> {
  const config = await loadConfig(root, options)
  return loadContent(config, options.now ?? Date.now(), options.cache)
}

/** Load the articles of an already resolved config. */
export async function loadContent(config: ResolvedConfig, now: number, cache?: BuildCache): Promise<Site> {
  const { registry, diagnostics } = loadAuthorRegistry(config)
  const files = await markdownFiles(config.content, config.root)
  const articles: Article[] = []
  const skipped = { drafts: 0, scheduled: 0 }
  cache?.begin(config)
  for (const file of files) {
    const bytes = readBytes(path.join(config.root, file), file, diagnostics)
    if (bytes === undefined) continue
    const key = cache?.keyOf(file, bytes)
    let normalized = key === undefined ? undefined : cache!.lookup(key, registry)
    if (!normalized) {
      const text = utf8Text(bytes, file, diagnostics)
      if (text === undefined) continue
      const recorder = key === undefined ? undefined : cache!.recorder(key, registry)
      const result = normalizeArticle(file, text, { config, registry: recorder?.registry ?? registry, nowMs: now })
      normalized = { ...result, status: result.status === 'published' || result.status === 'scheduled' ? 'dated' : result.status }
      recorder?.store(normalized)
    }
    diagnostics.push(...normalized.diagnostics)
    const { article } = normalized
    if (normalized.status === 'draft') skipped.drafts++
    else if (normalized.status === 'dated' && article) {
      // Scheduled or not is decided by this build's "now", never cached.
      if (article.datePublished.epochMs > now) {
        skipped.scheduled++
        cache?.finish(article)
      } else articles.push(article)
    }
  }
  diagnostics.push(...duplicates(articles))
  articles.sort((a, b) => b.datePublished.epochMs - a.datePublished.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return { config, articles, skipped, diagnostics, now }
}

/** Every `*.md` under `folder`, relative to `root` with `/`, sorted so builds do not depend on directory order. */
async function markdownFiles(folder: string, root: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true })
  } catch (error) {
    throw new DatelineError(`${path.relative(process.cwd(), folder) || folder}: cannot read the content folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 2)
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort()
}

function readBytes(absolute: string, file: string, diagnostics: Diagnostic[]): Buffer | undefined {
  try {
    return readFileSync(absolute)
  } catch (error) {
    diagnostics.push({ file, line: 0, column: 0, severity: 'error', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, rule: 'content/unreadable' })
    return undefined
  }
}

function utf8Text(bytes: Buffer, file: string, diagnostics: Diagnostic[]): string | undefined {
  const invalid = invalidUtf8At(bytes)
  if (invalid) {
    const { line, column } = invalid
    diagnostics.push({ file, line, column, severity: 'error', message: `not valid UTF-8; save the file as UTF-8`, rule: 'content/invalid-utf8' })
    return undefined
  }
  return bytes.toString('utf8')
}

function duplicates(articles: Article[]): Diagnostic[] {
  const found: Diagnostic[] = []
  const seen = { slug: new Map<string, Article>(), url: new Map<string, Article>() }
  for (const article of articles) {
    for (const kind of ['slug', 'url'] as const) {
      // Case-insensitive: on macOS and Windows `Case` and `case` are one folder.
      const key = (kind === 'slug' ? article.slug.normalize('NFC') : article.url).toLowerCase()
      const first = seen[kind].get(key)
      if (first) {
        const where = article.positions.slug ?? article.positions.title ?? { line: 1, column: 1 }
        found.push({
          file: article.file,
          line: where.line,
          column: where.column,
          severity: 'error',
          message: `duplicate ${kind} "${kind === 'slug' ? article.slug : article.url}": ${first.file} has it too; give one of them another "slug:"`,
          rule: `content/duplicate-${kind}`,
        })
        break
      }
      seen[kind].set(key, article)
    }
  }
  return found
}
