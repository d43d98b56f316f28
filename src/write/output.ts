/**
 * Writing output as one transaction: everything goes into a staging folder
 * beside `out`, which replaces `out` only when the whole build succeeded. A
 * failed build leaves the previous output byte for byte; no path can leave the
 * staging folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { OutputSink, SitemapSink } from '../emit/sink.js'
import { insideRoot, sitemapFolderSink, sitemapMemorySink, type SitemapMemorySink } from './sink.js'
import { copyStaticFiles, type StaticFiles } from './public.js'
import { discard, recoverSwap, release, swapFolders, type SwapFolders } from './swap.js'

export type { OutputSink } from '../emit/sink.js'

export { insideRoot }
import { DatelineError } from '../util/diagnostic.js'

/**
 * Add `write` to a sink, refusing a second write to the same file (two outputs
 * configured with one name, or a slug named like an output) and turning I/O
 * failures into a message that names the file.
 */
function withWrite<T extends SitemapSink>(sink: T, guard: (file: string) => string, put: (target: string, content: string | Uint8Array) => void | Promise<void>): T & OutputSink {
  const written = new Set<string>()
  return Object.assign(sink, {
    async write(file: string, content: string | Uint8Array) {
      const target = guard(file)
      const key = target.normalize('NFC').toLowerCase()
      if (written.has(key)) throw new DatelineError(`two outputs would both be written to "${file}"; give one of them another name`, 2)
      written.add(key)
      try {
        await put(target, content)
      } catch (error) {
        throw new DatelineError(`cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
      }
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
  return withWrite(
    sitemapFolderSink(root),
    (file) => insideRoot(root, file),
    (target, content) => {
      const dir = path.dirname(target)
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(target, content)
    },
  )
}

/** A sink keeping files in memory (for `dateline check` and tests). */
export function memorySink(): SitemapMemorySink & OutputSink {
  const sink = sitemapMemorySink()
  return withWrite(
    sink,
    (file) => (insideRoot('/', file), file),
    (file, content) => {
      sink.files.set(file, Buffer.from(content))
    },
  )
}

export interface StagedOutputOptions {
  /** Static files copied in first (`public/`, from `scanStaticFiles`); what the fill writes replaces them. */
  staticFiles?: StaticFiles
  /**
   * A file every earlier output has (relative to `out`): a non-empty `out`
   * without it was not written by us and is never replaced.
   */
  ownedMarker?: string
}

/**
 * Run `fill` against a fresh staging folder, then swap it in for `out`. If
 * `fill` throws, the staging folder is removed and `out` is untouched. What a
 * killed earlier build left beside `out` is recovered first (`recoverSwap`).
 */
export async function writeStaged<T>(out: string, fill: (sink: OutputSink) => Promise<T>, options: StagedOutputOptions = {}): Promise<T> {
  await recoverOutput(out)
  if (options.ownedMarker && !(await isEmptyOrOwned(out, options.ownedMarker))) {
    throw new DatelineError(`refusing to replace ${out}: it has files but no ${options.ownedMarker}, so it is not an earlier output; empty it or choose another output folder`, 2)
  }
  const folders = swapFolders(out)
  try {
    return await fillAndSwap(out, folders, fill, options)
  } finally {
    release(folders)
  }
}

/**
 * Finish or undo the swap of a killed build and remove what dead builds left
 * beside `out` (see `recoverSwap`); the build calls it before anything else
 * so that even a failing build puts a whole `out` back.
 */
export async function recoverOutput(out: string): Promise<void> {
  try {
    await recoverSwap(out)
  } catch (error) {
    throw new DatelineError(`cannot recover the output of an interrupted build beside ${out}: ${(error as Error).message}`, 2)
  }
}

async function fillAndSwap<T>(out: string, folders: SwapFolders, fill: (sink: OutputSink) => Promise<T>, options: StagedOutputOptions): Promise<T> {
  const { staging, ready, previous, trash } = folders
  try {
    await mkdir(staging, { recursive: true })
  } catch (error) {
    throw new DatelineError(`cannot create the staging folder beside ${out}: ${(error as Error).message}`, 2)
  }
  let result: T
  try {
    if (options.staticFiles) await copyStaticFiles(options.staticFiles, staging)
    result = await fill(folderSink(staging))
    // The staging folder is whole: from here on a killed build's next run finishes the swap.
    await rename(staging, ready)
  } catch (error) {
    await discard(staging, trash)
    throw error
  }
  const hadOut = await exists(out)
  try {
    if (hadOut) await rename(out, previous)
    try {
      await rename(ready, out)
    } catch (error) {
      if (hadOut) await rename(previous, out)
      throw error
    }
  } catch (error) {
    await discard(ready, trash)
    throw new DatelineError(`cannot move the new output into ${out}: ${(error as Error).message}`, 2)
  }
  // The new output is in place; an old one that cannot be deleted now is removed by the next run.
  if (hadOut) await discard(previous, trash).catch(() => undefined)
  return result
}

async function isEmptyOrOwned(out: string, marker: string): Promise<boolean> {
  let entries: string[]
  try {
    entries = await readdir(out)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return true // nothing there yet
    // A file (an article, the config) must never be replaced by the output folder.
    if (code === 'ENOTDIR') throw new DatelineError(`refusing to replace ${out}: it is a file, not an output folder; choose a folder`, 2)
    throw new DatelineError(`cannot read the output folder ${out}: ${code ?? (error as Error).message}`, 2)
  }
  return entries.length === 0 || (await exists(path.join(out, marker)))
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}
