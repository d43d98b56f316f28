/**
 * The persistent build cache: per article source, the normalized article (or
 * why it is not one) and the files rendered from it alone (JSON-LD, head
 * fragment, page, feed item HTML). What spans articles or depends on "now"
 * (feeds, sitemaps, the index, uniqueness, scheduled or not) is never stored:
 * the build recomputes it from these records every time.
 *
 * An entry is keyed by the source bytes, its relative path, the resolved
 * config and `environmentFingerprint()` (dateline's code, render dependency
 * versions, ICU data); the registry authors it looked up are stored with it
 * and compared on every read. Entries live in pack files (`pack.ts`): each
 * build adds one pack of what it made, whole or not at all, and now and then
 * rewrites the entries it used into one pack and deletes the rest.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import type { AuthorRegistry } from '../load/authors.js'
import { hasBodyFromFile, withoutBody } from '../load/body.js'
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Author } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { environmentFingerprint, stableJson } from './fingerprint.js'
import { PACK_SUFFIX, PackReader, PackWriter, type PackedEntry, type Piece } from './pack.js'
import { SourceStamps, type SourceStat } from './stamps.js'

/** What normalizing one source gave, before "now" decides scheduled or published. */
export interface CachedNormalization {
  /** `unlisted`: its generator never renders it (Eleventy `permalink: false`, Hugo `build.render: never`). */
  status: 'dated' | 'draft' | 'unlisted' | 'invalid'
  article?: Article
  diagnostics: Diagnostic[]
}

/** One source's entry while a build uses it. */
interface Entry {
  key: string
  /** Registry ids the article looked up, with what each resolved to (null: not in the registry). */
  authors: Record<string, string | null>
  normalized: CachedNormalization
  /** Rendered files by kind (`article-jsonld`, `article-head`, `article-page`, `feed-html:…`), as far as read or made. */
  outputs: Record<string, string>
  /** Rendered files this build already appended to its pack (see `record`), by kind. */
  written?: Record<string, Piece>
  /** Where the rest of its files are, when it came from a pack. */
  stored?: Stored
  /** The digest of the key and the authors, once worked out: every output key starts with it. */
  outputsKey?: string
}

/** An entry in an open pack. */
interface Stored {
  packed: PackedEntry
  pack: PackReader
}

/** Past this many packs, a build rewrites what it used into one. */
const MAX_PACKS = 8

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
 * build starts with `begin(config)` and ends with `end()`.
 */
export class BuildCache {
  readonly dir: string | undefined
  /** Sources looked up (`read`: of those, the ones read from disk; the rest were known by their stamps), found in the cache, and files reused from it (`carried`: of those, the ones carried from the previous output instead of written), since `begin`. */
  readonly stats = { sources: 0, read: 0, hits: 0, files: 0, carried: 0 }
  private readonly memory: Map<string, Entry> | undefined
  private configDigest = ''
  private pending = new WeakMap<Article, { entry: Entry; dirty: boolean }>()
  private readonly environment: string
  private packs: PackReader[] = []
  private stored = new Map<string, Stored>()
  /** Keys this build read from a pack: what a rewrite keeps. */
  private used = new Set<string>()
  private writer: PackWriter | undefined
  private stamps: SourceStamps | undefined

  constructor(options: BuildCacheOptions) {
    this.dir = options.dir
    this.memory = options.memory ? new Map() : undefined
    this.environment = options.environment ?? environmentFingerprint()
  }

  /** Start a build with this resolved config: keys from here on include it. */
  begin(config: ResolvedConfig): void {
    this.end()
    // Where the output goes does not change a byte of it.
    const { out: _out, ...keyed } = config
    this.configDigest = createHash('sha256').update(stableJson(keyed)).digest('hex')
    this.pending = new WeakMap()
    Object.assign(this.stats, { sources: 0, read: 0, hits: 0, files: 0, carried: 0 })
    if (!this.dir) return
    const env = createHash('sha256').update(this.environment).digest('hex').slice(0, 16)
    const folder = path.join(this.dir, env)
    try {
      mkdirSync(folder, { recursive: true })
      // Entries of another dateline, Node or dependency set can never match again.
      for (const name of readdirSync(this.dir)) if (name !== env && /^[0-9a-f]{16}$/.test(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true })
      // Oldest first, so a newer pack's entry for the same key wins (they are equal anyway).
      for (const name of readdirSync(folder).filter((name) => name.endsWith(PACK_SUFFIX)).sort()) {
        const pack = PackReader.open(path.join(folder, name))
        if (!pack) continue
        this.packs.push(pack)
        for (const packed of pack.entries) this.stored.set(packed.key, { packed, pack })
      }
      this.writer = new PackWriter(folder)
      // Per site: what each source file was when its digest was taken.
      this.stamps = new SourceStamps(path.join(this.dir, 'sources', `${createHash('sha256').update(config.root).digest('hex').slice(0, 16)}.json`))
    } catch {
      this.writer = undefined // an unwritable cache folder only costs speed
    }
  }

  /**
   * The build is over: put its pack in place and let go of the packs read.
   * When packs pile up, or most of what they hold went unused, the entries
   * this build used are rewritten into its pack and the old packs deleted.
   */
  end(): void {
    this.stamps?.save()
    this.stamps = undefined
    const writer = this.writer
    const packs = this.packs
    this.writer = undefined
    this.packs = []
    const stored = this.stored
    this.stored = new Map()
    const used = this.used
    this.used = new Set()
    if (!writer) return
    const rewrite = packs.length + 1 > MAX_PACKS || stored.size > 2 * (used.size + writer.size)
    if (rewrite) {
      for (const key of used) {
        const entry = readStored(stored.get(key)!)
        if (entry) writer.add(entry)
      }
    }
    const written = writer.finish()
    for (const pack of packs) {
      pack.close()
      if (rewrite && written) {
        try {
          unlinkSync(pack.file)
        } catch {
          // another build deleted it first
        }
      }
    }
  }

  /** The key of one source file from the digest of its bytes (`sourceDigest`); `context`: what else its normalization read (the list pages above it). */
  keyOf(file: string, digest: string, context = ''): string {
    return createHash('sha256').update(`${this.environment}\0${this.configDigest}\0${file}\0${context}\0${digest}`).digest('hex')
  }

  /** The digest of source `file` (at `absolute`) without reading it, when its stat says it is the file an earlier build read. */
  knownDigest(file: string, absolute: string): string | undefined {
    return this.stamps?.known(file, absolute)
  }

  /** Source `file` was read; `stat`: how it was just before. The next build need not read it while it stays so. */
  sourceRead(file: string, stat: SourceStat, digest: string): void {
    this.stats.read++
    this.stamps?.read(file, stat, digest)
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
    if (entry.stored) this.used.add(key)
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
    const entry = this.pending.get(article)?.entry
    const content = entry && this.outputOf(entry, kind)
    if (content !== undefined) this.stats.files++
    return content
  }

  /** Whether `output(article, kind)` would find a file (without counting it as reused). */
  has(article: Article, kind: string): boolean {
    const entry = this.pending.get(article)?.entry
    return entry !== undefined && (entry.outputs[kind] !== undefined || entry.written?.[kind] !== undefined || entry.stored?.packed.outputs[kind] !== undefined)
  }

  /**
   * What fixes the bytes of `article`'s file of this kind: its entry's key
   * (source, path, config, environment), the registry authors it read, and
   * the kind. The output manifest carries a file from the previous output
   * only when this is unchanged.
   */
  outputKey(article: Article, kind: string): string | undefined {
    const entry = this.pending.get(article)?.entry
    if (!entry) return undefined
    // One hash per article, not per file: its files' keys differ by kind.
    entry.outputsKey ??= createHash('sha256').update(`${entry.key}\0${stableJson(entry.authors)}`).digest('hex').slice(0, 32)
    return `${entry.outputsKey}:${kind}`
  }

  /** Every cached rendering of `article` whose kind starts with `prefix`, without the prefix. */
  outputsStartingWith(article: Article, prefix: string): [string, string][] {
    const entry = this.pending.get(article)?.entry
    if (!entry) return []
    // Called for every article of a build: most have no such rendering, so look before making anything.
    const kinds: string[] = []
    for (const kind in entry.outputs) if (kind.startsWith(prefix)) kinds.push(kind)
    if (entry.written) for (const kind in entry.written) if (kind.startsWith(prefix) && !(kind in entry.outputs)) kinds.push(kind)
    if (entry.stored) for (const kind in entry.stored.packed.outputs) if (kind.startsWith(prefix) && !(kind in entry.outputs) && !(entry.written && kind in entry.written)) kinds.push(kind)
    const found: [string, string][] = []
    for (const kind of kinds) {
      const content = this.outputOf(entry, kind)
      if (content !== undefined) found.push([kind.slice(prefix.length), content])
    }
    return found
  }

  /**
   * Remember something rendered from `article` alone. With a pack being
   * written (and no entries kept in memory) it goes to the pack at once and
   * the entry keeps only where: held until the article's last file, the
   * rendered text of every article was promoted to V8's old generation and
   * left for the major GC, which at 100,000 articles let the heap grow by
   * more than a gigabyte.
   */
  record(article: Article, kind: string, content: string): void {
    const pending = this.pending.get(article)
    if (!pending || this.outputOf(pending.entry, kind) === content) return
    const { entry } = pending
    const piece = this.memory ? undefined : this.writer?.append(content)
    if (piece) {
      ;(entry.written ??= {})[kind] = piece
      delete entry.outputs[kind]
    } else entry.outputs[kind] = content
    pending.dirty = true
  }

  /** Every file of `article` is rendered: store its entry if anything is new, and let go of it. */
  finish(article: Article): void {
    const pending = this.pending.get(article)
    if (!pending) return
    this.pending.delete(article)
    if (pending.dirty) this.write(pending.entry)
  }

  private read(key: string): Entry | undefined {
    const remembered = this.memory?.get(key)
    if (remembered) return remembered
    const stored = this.stored.get(key)
    if (!stored) return undefined
    const text = stored.pack.read(stored.packed.normalized)
    if (text === undefined) return undefined
    try {
      const normalized = JSON.parse(text) as CachedNormalization
      if (!normalized || !Array.isArray(normalized.diagnostics)) return undefined
      return { key, authors: stored.packed.authors, normalized, outputs: {}, stored }
    } catch {
      return undefined
    }
  }

  private write(entry: Entry): void {
    // Whatever it had in a pack comes along: the new pack holds the whole entry.
    if (entry.stored) for (const kind of Object.keys(entry.stored.packed.outputs)) if (!entry.written?.[kind]) this.outputOf(entry, kind)
    this.used.delete(entry.key)
    const { stored: _stored, outputsKey: _outputs, ...whole } = entry
    this.memory?.set(entry.key, whole)
    // A body read from its source file is not stored: the key already holds those bytes, and the loader reads it from there again.
    const { article } = entry.normalized
    const normalized = JSON.stringify(article && hasBodyFromFile(article) ? { ...entry.normalized, article: withoutBody(article) } : entry.normalized)
    this.writer?.add({ key: entry.key, authors: entry.authors, normalized, outputs: entry.outputs, ...(entry.written ? { written: entry.written } : {}) })
  }

  /** One rendered file of an entry, read from a pack on first use; undefined when it has none or the pack no longer matches. */
  private outputOf(entry: Entry, kind: string): string | undefined {
    let content = entry.outputs[kind]
    if (content !== undefined) return content
    const written = entry.written?.[kind]
    if (written) return this.writer?.read(written)
    if (entry.stored) {
      const piece = entry.stored.packed.outputs[kind]
      content = piece && entry.stored.pack.read(piece)
      if (content !== undefined) entry.outputs[kind] = content
    }
    return content
  }
}

/** A whole entry of an open pack, for rewriting it into a new one; undefined when a piece no longer matches. */
function readStored({ packed, pack }: Stored): { key: string; authors: Record<string, string | null>; normalized: string; outputs: Record<string, string> } | undefined {
  const normalized = pack.read(packed.normalized)
  if (normalized === undefined) return undefined
  const outputs: Record<string, string> = {}
  for (const [kind, piece] of Object.entries(packed.outputs)) {
    const content = pack.read(piece)
    if (content === undefined) return undefined
    outputs[kind] = content
  }
  return { key: packed.key, authors: packed.authors, normalized, outputs }
}

const authorDigests = new WeakMap<Author, string>()

/** What a registry author resolved to, as an entry keeps it: a digest of its JSON (a pack's index names two authors for each of 100,000 entries). */
function authorDigest(author: Author): string {
  let digest = authorDigests.get(author)
  if (digest === undefined) authorDigests.set(author, (digest = createHash('sha256').update(stableJson(author)).digest('base64url').slice(0, 22)))
  return digest
}
