/**
 * The I/O seam of every writer (whole files and streamed sitemaps): a sink is a tiny file system of named
 * byte streams. `sitemapFolderSink` writes into a folder (the build's staging
 * folder); `sitemapMemorySink` keeps the files as buffers (for `dateline check`
 * and tests). The writers stream through either without knowing which.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { DatelineError } from '../util/diagnostic.js'
import { createGzip, gunzipSync } from 'node:zlib'

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

/** Resolve `file` inside `root`, refusing anything that would land outside it. */
export function insideRoot(root: string, file: string): string {
  const target = path.resolve(root, file)
  const relative = path.relative(root, target)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative) || file.includes('\0')) {
    throw new DatelineError(`refused to write "${file}": it is outside the output folder`, 2)
  }
  return target
}

/** A sink that writes files under `folder` (created as needed). */
export function sitemapFolderSink(folder: string): SitemapSink {
  const root = path.resolve(folder)
  return {
    async open(name) {
      const target = insideRoot(root, name)
      await mkdir(path.dirname(target), { recursive: true })
      const stream = createWriteStream(target)
      await once(stream, 'open')
      let failure: Error | undefined
      stream.on('error', (error) => {
        failure = error
      })
      return {
        write(chunk) {
          if (failure) throw failure
          if (!stream.write(chunk)) return once(stream, 'drain').then(() => undefined)
        },
        async close() {
          if (failure) throw failure
          stream.end()
          await once(stream, 'close')
          if (failure) throw failure
        },
        abort() {
          stream.destroy()
        },
      }
    },
    async rename(from, to) {
      const target = insideRoot(root, to)
      await mkdir(path.dirname(target), { recursive: true })
      await rename(insideRoot(root, from), target)
    },
    async remove(name) {
      await rm(insideRoot(root, name), { force: true })
    },
  }
}

/** A sink that keeps every file in memory; `files` maps names to bytes. */
export interface SitemapMemorySink extends SitemapSink {
  readonly files: Map<string, Buffer>
  /** A file as text (gunzipped when its name ends with `.gz`); throws when missing. */
  text(name: string): string
}

/** A sink that keeps the files in memory (for `dateline check` and tests). */
export function sitemapMemorySink(): SitemapMemorySink {
  const files = new Map<string, Buffer>()
  const existing = (name: string): Buffer => {
    const bytes = files.get(name)
    if (!bytes) throw new Error(`No sitemap file "${name}" was written`)
    return bytes
  }
  return {
    files,
    async open(name) {
      const chunks: Buffer[] = []
      files.set(name, Buffer.alloc(0))
      return {
        write(chunk) {
          chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
        },
        async close() {
          files.set(name, Buffer.concat(chunks))
        },
        abort() {},
      }
    },
    async rename(from, to) {
      const bytes = existing(from)
      files.delete(from)
      files.set(to, bytes)
    },
    async remove(name) {
      files.delete(name)
    },
    text(name) {
      const bytes = existing(name)
      return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
    },
  }
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
