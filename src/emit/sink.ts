/**
 * The sink the renderers write into, declared here where they use it: a tiny
 * file system of named byte streams plus whole-file writes. `write/` provides
 * the folder (staging) and memory implementations; the renderers never know
 * which one they fill.
 */
import { once } from 'node:events'
import { createGzip } from 'node:zlib'

/** One file being written. `write` returns a promise when the writer should wait (backpressure). */
export interface SinkFile {
  write(chunk: string | Uint8Array): void | Promise<void>
  close(): Promise<void>
  /** Give up on the file after a failure: release its handle; what was written may stay behind (the caller discards it). */
  abort(): void
}

/** Where the sitemap writers put their files. Names are relative, with `/` separators. */
export interface SitemapSink {
  /** Create (or truncate) the file `name`. */
  open(name: string): Promise<SinkFile>
  /** Move a closed file to another name, replacing what is there. */
  rename(from: string, to: string): Promise<void>
  /** Delete a closed file (no error when it is missing). */
  remove(name: string): Promise<void>
}

/**
 * Where a build writes its files: the sitemap writers' sink (named byte
 * streams, for files too big to hold) plus `write` for whole files. Paths are
 * `/`-separated and relative to the output root.
 */
export interface OutputSink extends SitemapSink {
  write(file: string, content: string | Uint8Array): Promise<void>
}

/**
 * A file that gzips what is written to it into `target`. Node's gzip header
 * carries no timestamp, so the same text gives the same bytes.
 */
export function gzipSinkFile(target: SinkFile): SinkFile {
  const gzip = createGzip()
  const pumped = (async () => {
    for await (const chunk of gzip) await target.write(chunk as Buffer)
    await target.close()
  })()
  // Surface a failing target on the next write instead of hanging on 'drain'.
  let failure: unknown
  pumped.catch((error: unknown) => {
    failure = error
    gzip.destroy()
  })
  return {
    write(chunk) {
      if (failure) throw failure
      if (!gzip.write(chunk)) {
        return Promise.race([once(gzip, 'drain').then(() => undefined), pumped.then(() => undefined)])
      }
    },
    async close() {
      if (failure) throw failure
      gzip.end()
      await pumped
    },
    abort() {
      failure ??= new Error('aborted')
      gzip.destroy()
      target.abort()
    },
  }
}
