/**
 * Writing output as one transaction: everything goes into a staging folder
 * beside `out`, which replaces `out` only when the whole build succeeded. A
 * failed build leaves the previous output byte for byte; no path can leave the
 * staging folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { insideRoot, sitemapFolderSink, sitemapMemorySink, type SitemapMemorySink, type SitemapSink } from './sink.js'

export { insideRoot }
import { DatelineError } from '../util/diagnostic.js'

/**
 * Where a build writes its files: the sitemap writers' sink (named byte
 * streams, for files too big to hold) plus `write` for whole files. Paths are
 * `/`-separated and relative to the output root.
 */
export interface OutputSink extends SitemapSink {
  write(file: string, content: string | Uint8Array): Promise<void>
}


function withWrite<T extends SitemapSink>(sink: T, guard: (file: string) => void): T & OutputSink {
  return Object.assign(sink, {
    async write(file: string, content: string | Uint8Array) {
      guard(file)
      const handle = await sink.open(file)
      await handle.write(content)
      await handle.close()
    },
  })
}

/**
 * A sink writing into a folder on disk. Whole files are written synchronously:
 * a build writes tens of thousands of small files, and awaiting each one left
 * the core idle for seconds.
 */
export function folderSink(root: string): OutputSink {
  const made = new Set<string>()
  return Object.assign(sitemapFolderSink(root), {
    async write(file: string, content: string | Uint8Array) {
      const target = insideRoot(root, file)
      const dir = path.dirname(target)
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(target, content)
    },
  })
}

/** A sink keeping files in memory (for `dateline check` and tests). */
export function memorySink(): SitemapMemorySink & OutputSink {
  return withWrite(sitemapMemorySink(), (file) => insideRoot('/', file))
}

export interface StagedOutputOptions {
  /** A folder whose contents are copied in first (static assets), if it exists. */
  copyFrom?: string
}

/**
 * Run `fill` against a fresh staging folder, then swap it in for `out`. If
 * `fill` throws, the staging folder is removed and `out` is untouched.
 */
export async function writeStaged<T>(out: string, fill: (sink: OutputSink) => Promise<T>, options: StagedOutputOptions = {}): Promise<T> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const staging = path.join(parent, `.${base}.dateline-staging-${process.pid}`)
  const previous = path.join(parent, `.${base}.dateline-previous-${process.pid}`)
  try {
    await rm(staging, { recursive: true, force: true })
    await mkdir(staging, { recursive: true })
  } catch (error) {
    throw new DatelineError(`cannot create the staging folder beside ${out}: ${(error as Error).message}`, 2)
  }
  let result: T
  try {
    if (options.copyFrom && (await isFolder(options.copyFrom))) await cp(options.copyFrom, staging, { recursive: true })
    result = await fill(folderSink(staging))
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  try {
    const hadOut = await exists(out)
    if (hadOut) await rename(out, previous)
    try {
      await rename(staging, out)
    } catch (error) {
      if (hadOut) await rename(previous, out)
      throw error
    }
    if (hadOut) await rm(previous, { recursive: true, force: true })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw new DatelineError(`cannot move the new output into ${out}: ${(error as Error).message}`, 2)
  }
  return result
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory()
  } catch {
    return false
  }
}
