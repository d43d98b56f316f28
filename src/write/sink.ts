/**
 * The I/O seam of every writer (whole files and streamed sitemaps): a sink is a tiny file system of named
 * byte streams. `sitemapFolderSink` writes into a folder (the build's staging
 * folder); `sitemapMemorySink` keeps the files as buffers (for `dateline check`
 * and tests). The writers stream through either without knowing which.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { DatelineError } from '../util/diagnostic.js'
import { once } from 'node:events'
import { gunzipSync } from 'node:zlib'
import type { SitemapSink } from '../emit/sink.js'

export { gzipSinkFile, type SinkFile, type SitemapSink } from '../emit/sink.js'

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
      // Created anew, never truncated in place: what is there may be a hard link into the live output.
      await rm(target, { force: true })
      const stream = createWriteStream(target, { flags: 'wx' })
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
