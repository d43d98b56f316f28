/**
 * Normalizing article sources as `WorkerPool` work. The main thread reads
 * each file and looks it up in the build cache, in order (`startSource`);
 * only what the cache misses is normalized, on a worker or on the main
 * thread, by the same pure function (`loadTask`). The loader then takes the
 * results in source order, so findings, cache entries and articles come out
 * as they would on one thread.
 */
import path from 'node:path'
import type { BuildCache, CachedNormalization } from '../cache/store.js'
import { sourceDigest, type SourceStat } from '../cache/stamps.js'
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Author } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import type { PoolTask } from '../util/worker-pool.js'
import { normalizeArticle } from './article.js'
import type { AuthorRegistry } from './author-entries.js'

/** What every source of one load shares (sent to each worker once). */
export interface LoadShared {
  config: ResolvedConfig
  registry: AuthorRegistry
  nowMs: number
}

/** One source to normalize: its path, bytes and what the list pages above it say. */
export interface LoadInput {
  file: string
  /**
   * Its bytes, checked to be UTF-8, decoded by the thread that normalizes it: a
   * decoded text held here until a worker took it was promoted to the old
   * generation (at 100,000 articles, ~1 GB left for the major GC).
   */
  bytes: Uint8Array
  context: { listSection?: string; unrendered?: boolean }
}

/** A normalization, the article without its body (the loader reads that from the file when needed), and the registry ids it looked up, in order. */
export interface LoadOutput {
  normalized: CachedNormalization
  lookups: string[]
}

export const loadTask: PoolTask<LoadInput, LoadOutput> = {
  kind: 'load',
  run({ file, bytes, context }, shared) {
    const { config, registry, nowMs } = shared as LoadShared
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
    // The build cache stores which authors an article read: record them here, replay them on the main thread.
    const lookups: string[] = []
    const byId = {
      get(id: string) {
        lookups.push(id)
        return registry.byId.get(id)
      },
    } as unknown as Map<string, Author>
    const result = normalizeArticle(file, text, { config, registry: { byId }, nowMs, ...context })
    const { status } = result
    const normalized: CachedNormalization = { ...result, status: status === 'published' || status === 'scheduled' || status === 'expired' ? 'dated' : status }
    // A rest copy without the body: it is not sent back, the loader reads it from the file again when an output needs it.
    if (normalized.article) {
      const { body: _body, ...article } = normalized.article
      normalized.article = article as Article
    }
    return { normalized, lookups }
  },
}

/** A source as the loader starts it: read, and found in the cache or made ready to normalize. */
export interface StartedSource {
  file: string
  absolute: string
  /** Findings from reading it (unreadable, too large, not UTF-8). */
  diagnostics: Diagnostic[]
  /** Its cache key (when there is a cache). */
  key?: string
  /** What the cache holds for it. */
  cached?: CachedNormalization
  /** What to normalize, when neither a read problem nor the cache settled it. */
  input?: LoadInput
}

/** A source file's bytes, and its stat from just before they were read. */
export interface SourceBytes {
  bytes: Buffer
  stat: SourceStat
}

/** How the loader reads a source and checks its bytes (`site.ts`). */
export interface SourceReader {
  root: string
  cache: BuildCache | undefined
  registry: AuthorRegistry
  readSource(absolute: string, file: string, diagnostics: Diagnostic[]): SourceBytes | undefined
  /** Whether `bytes` are UTF-8 (if not, a finding says where). */
  isUtf8(bytes: Buffer, file: string, diagnostics: Diagnostic[]): boolean
  context(file: string): LoadInput['context']
}

/**
 * Read `file` and look it up in the cache; run on the main thread, in source
 * order. A file whose stat says it is unchanged is not even read: the cache
 * knows its digest.
 */
export function startSource(file: string, reader: SourceReader): StartedSource {
  const absolute = path.join(reader.root, file)
  const started: StartedSource = { file, absolute, diagnostics: [] }
  const { cache } = reader
  const context = reader.context(file)
  let source: SourceBytes | undefined
  let digest = cache?.knownDigest(file, absolute)
  if (digest === undefined) {
    source = reader.readSource(absolute, file, started.diagnostics)
    if (!source) return started
    if (cache) cache.sourceRead(file, source.stat, (digest = sourceDigest(source.bytes)))
  }
  if (cache) {
    // What the list pages above the file say is part of its source, for the cache.
    started.key = cache.keyOf(file, digest!, JSON.stringify(context))
    const cached = cache.lookup(started.key, reader.registry)
    if (cached) return Object.assign(started, { cached })
    if (!source) {
      // Known by its stamp but not in the cache: read it, and key it by what was read.
      source = reader.readSource(absolute, file, started.diagnostics)
      if (!source) return started
      cache.sourceRead(file, source.stat, (digest = sourceDigest(source.bytes)))
      started.key = cache.keyOf(file, digest, JSON.stringify(context))
    }
  }
  if (reader.isUtf8(source!.bytes, file, started.diagnostics)) started.input = { file, bytes: source!.bytes, context }
  return started
}
