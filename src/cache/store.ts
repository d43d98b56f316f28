/**
 * The persistent build cache: per article source, the normalized article (or
 * why it is not one) and the files rendered from it alone (JSON-LD, head
 * fragment, page). What spans articles or depends on "now" (feeds, sitemaps,
 * the index, uniqueness, scheduled or not) is never stored: the build
 * recomputes it from these records every time.
 *
 * An entry is keyed by the source bytes, its relative path, the resolved
 * config and `environmentFingerprint()` (dateline's code, render dependency
 * versions, ICU data); the registry authors it looked up are stored with it
 * and compared on every read. Entries are written to a temporary file and
 * renamed into place, so a reader (or a second build at the same time) sees a
 * whole entry or none; a damaged entry fails its checksum and is rebuilt.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { AuthorRegistry } from '../load/authors.js'
import { hasBodyFromFile } from '../load/body.js'
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Author } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { environmentFingerprint, stableJson } from './fingerprint.js'

/** What normalizing one source gave, before "now" decides scheduled or published. */
export interface CachedNormalization {
  /** `unlisted`: its generator never renders it (Eleventy `permalink: false`, Hugo `build.render: never`). */
  status: 'dated' | 'draft' | 'unlisted' | 'invalid'
  article?: Article
  diagnostics: Diagnostic[]
}

interface Entry {
  key: string
  /** Registry ids the article looked up, with what each resolved to (null: not in the registry). */
  authors: Record<string, string | null>
  normalized: CachedNormalization
  /** Rendered files by kind (`article-jsonld`, `article-head`, `article-page`). */
  outputs: Record<string, string>
}

/** Where the cache lives for a site root: `node_modules/.cache/dateline` when the site has `node_modules`, else `.dateline-cache`. */
export function defaultCacheDir(root: string): string {
  return existsSync(path.join(root, 'node_modules')) ? path.join(root, 'node_modules', '.cache', 'dateline') : path.join(root, '.dateline-cache')
}

/** Options for `openBuildCache`. */
export interface BuildCacheOptions {
  /** Folder of the entries; none = in memory only. */
  dir?: string
  /** Keep entries in memory across builds (`--watch`). */
  memory?: boolean
  /** Stand-in for `environmentFingerprint()`: tests use it to play another dateline version. */
  environment?: string
}

/**
 * A build cache. One instance can serve several builds (the watcher's); each
 * build starts with `begin(config)`.
 */
export class BuildCache {
  readonly dir: string | undefined
  /** Sources found in the cache and files reused from it (`carried`: of those, the ones carried from the previous output instead of written), since `begin`. */
  readonly stats = { sources: 0, hits: 0, files: 0, carried: 0 }
  private readonly memory: Map<string, Entry> | undefined
  private folder: string | undefined
  private configDigest = ''
  private pending = new WeakMap<Article, { entry: Entry; dirty: boolean }>()
  private readonly environment: string

  constructor(options: BuildCacheOptions) {
    this.dir = options.dir
    this.memory = options.memory ? new Map() : undefined
    this.environment = options.environment ?? environmentFingerprint()
  }

  /** Start a build with this resolved config: keys from here on include it. */
  begin(config: ResolvedConfig): void {
    // Where the output goes does not change a byte of it.
    const { out: _out, ...keyed } = config
    this.configDigest = createHash('sha256').update(stableJson(keyed)).digest('hex')
    this.pending = new WeakMap()
    Object.assign(this.stats, { sources: 0, hits: 0, files: 0, carried: 0 })
    if (!this.dir) return
    const env = createHash('sha256').update(this.environment).digest('hex').slice(0, 16)
    const folder = path.join(this.dir, env)
    try {
      mkdirSync(folder, { recursive: true })
      this.folder = folder
      // Entries of another dateline, Node or dependency set can never match again.
      for (const name of readdirSync(this.dir)) if (name !== env && /^[0-9a-f]{16}$/.test(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true })
    } catch {
      this.folder = undefined // an unwritable cache folder only costs speed
    }
  }

  /** The key of one source file; `context`: what else its normalization read (the list pages above it). */
  keyOf(file: string, bytes: Uint8Array, context = ''): string {
    return createHash('sha256').update(`${this.environment}\0${this.configDigest}\0${file}\0${context}\0`).update(bytes).digest('hex')
  }

  /** The cached normalization of a source, when its entry exists, is whole and its authors still resolve the same. */
  lookup(key: string, registry: AuthorRegistry): CachedNormalization | undefined {
    this.stats.sources++
    const entry = this.read(key)
    if (!entry) return undefined
    for (const [id, digest] of Object.entries(entry.authors)) {
      const author = registry.byId.get(id)
      if ((author ? authorDigest(author) : null) !== digest) return undefined
    }
    if (entry.normalized.article) this.pending.set(entry.normalized.article, { entry, dirty: false })
    this.stats.hits++
    return entry.normalized
  }

  /**
   * A registry that records which ids a normalization looks up, and a
   * function that stores the result with them. Published articles are stored
   * once their files are rendered (`finish`), the rest right away.
   */
  recorder(key: string, registry: AuthorRegistry): { registry: AuthorRegistry; store: (normalized: CachedNormalization) => void } {
    const authors: Record<string, string | null> = {}
    const byId = {
      get(id: string) {
        const author = registry.byId.get(id)
        authors[id] = author ? authorDigest(author) : null
        return author
      },
    } as unknown as Map<string, Author>
    return {
      registry: { ...registry, byId },
      store: (normalized) => {
        const entry: Entry = { key, authors, normalized, outputs: {} }
        if (normalized.article) this.pending.set(normalized.article, { entry, dirty: true })
        else this.write(entry)
      },
    }
  }

  /** A file rendered from `article` alone in an earlier build, if the cache has it. */
  output(article: Article, kind: string): string | undefined {
    const content = this.pending.get(article)?.entry.outputs[kind]
    if (content !== undefined) this.stats.files++
    return content
  }

  /** Whether `output(article, kind)` would find a file (without counting it as reused). */
  has(article: Article, kind: string): boolean {
    return this.pending.get(article)?.entry.outputs[kind] !== undefined
  }

  /**
   * What fixes the bytes of `article`'s file of this kind: its entry's key
   * (source, path, config, environment), the registry authors it read, and
   * the kind. The output manifest carries a file from the previous output
   * only when this is unchanged.
   */
  outputKey(article: Article, kind: string): string | undefined {
    const entry = this.pending.get(article)?.entry
    return entry && createHash('sha256').update(`${entry.key}\0${stableJson(entry.authors)}\0${kind}`).digest('hex').slice(0, 32)
  }

  /** Every cached rendering of `article` whose kind starts with `prefix`, without the prefix. */
  outputsStartingWith(article: Article, prefix: string): [string, string][] {
    const outputs = this.pending.get(article)?.entry.outputs
    return outputs ? Object.entries(outputs).filter(([kind]) => kind.startsWith(prefix)).map(([kind, content]) => [kind.slice(prefix.length), content]) : []
  }

  /** Remember something rendered from `article` alone. */
  record(article: Article, kind: string, content: string): void {
    const pending = this.pending.get(article)
    if (!pending || pending.entry.outputs[kind] === content) return
    pending.entry.outputs[kind] = content
    pending.dirty = true
  }

  /** Every file of `article` is rendered: store its entry if anything is new, and let go of it. */
  finish(article: Article): void {
    const pending = this.pending.get(article)
    if (!pending) return
    this.pending.delete(article)
    if (pending.dirty) this.write(pending.entry)
  }

  private entryFile(key: string): string | undefined {
    return this.folder && path.join(this.folder, key.slice(0, 2), `${key}.json`)
  }

  private read(key: string): Entry | undefined {
    const remembered = this.memory?.get(key)
    if (remembered) return remembered
    const file = this.entryFile(key)
    if (!file) return undefined
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
    // An entry is its JSON, a newline and the JSON's SHA-256: a torn or edited entry does not match.
    const cut = text.lastIndexOf('\n')
    if (cut < 0) return undefined
    const json = text.slice(0, cut)
    if (createHash('sha256').update(json).digest('hex') !== text.slice(cut + 1)) return undefined
    try {
      const entry = JSON.parse(json) as Entry
      return entry.key === key && entry.normalized && entry.outputs ? entry : undefined
    } catch {
      return undefined
    }
  }

  private write(entry: Entry): void {
    this.memory?.set(entry.key, entry)
    const file = this.entryFile(entry.key)
    if (!file) return
    // A body read from its source file is not stored: the key already holds those bytes, and the loader reads it from there again.
    const article = entry.normalized.article
    const json = JSON.stringify(entry, function (this: unknown, key, value: unknown) {
      return key === 'body' && article !== undefined && this === article && hasBodyFromFile(article) ? undefined : value
    })
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    try {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(temporary, `${json}\n${createHash('sha256').update(json).digest('hex')}`)
      renameSync(temporary, file)
    } catch {
      try {
        unlinkSync(temporary)
      } catch {
        // nothing was written
      }
    }
  }
}

const authorDigests = new WeakMap<Author, string>()

function authorDigest(author: Author): string {
  let digest = authorDigests.get(author)
  if (digest === undefined) authorDigests.set(author, (digest = stableJson(author)))
  return digest
}
