/**
 * Writing output as one transaction: everything goes into a staging folder
 * beside `out`, which replaces `out` only when the whole build succeeded. A
 * failed build leaves the previous output byte for byte; no path can leave the
 * staging folder.
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { OutputSink, SitemapSink } from '../emit/sink.js'
import { insideRoot, sitemapFolderSink, sitemapMemorySink, type SitemapMemorySink } from './sink.js'
import { OutputManifest } from './carry.js'
import { copyStaticFiles, type StaticFiles } from './public.js'
import { discard, recoverSwap, release, swapFolders, type SwapFolders } from './swap.js'
import { deferredSink } from './deferred.js'
import { removeDeadLock, withOutputLock } from './lock.js'
import { applyPatch, writeJournal, type Journal } from './patch.js'
import { WrittenFiles } from './written-files.js'

export type { OutputSink } from '../emit/sink.js'

export { insideRoot }
import { DatelineError } from '../util/diagnostic.js'

/**
 * Add `write` to a sink, refusing a second write to the same file (two outputs
 * configured with one name, or a slug named like an output) and turning I/O
 * failures into a message that names the file.
 */
function withWrite<T extends SitemapSink>(sink: T, guard: (file: string) => string, put: (target: string, content: string | Uint8Array) => void | Promise<void>, written = new WrittenFiles()): T & OutputSink {
  return Object.assign(sink, {
    async write(file: string, content: string | Uint8Array) {
      const target = guard(file)
      written.claim(file, target)
      try {
        await put(target, content)
      } catch (error) {
        throw new DatelineError(`cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
      }
    },
  })
}

/** A folder sink that can also carry unchanged files from the previous output (see `OutputManifest`). */
export interface CarryingSink extends OutputSink {
  /**
   * The file `file` is made from `key` (a cache key fixing its bytes): carry
   * it from the previous output when that still holds it, returning true;
   * else return false and the caller writes it.
   */
  carry(file: string, key: string): boolean
  /** The file `file`, written by the caller, is made from `key`. */
  made(file: string, key: string): void
}

/**
 * A sink writing into a folder on disk. Whole files are written synchronously:
 * a build writes tens of thousands of small files, and awaiting each one left
 * the core idle for seconds. A file is always created anew (an existing one is
 * unlinked first, never written through: it may be a hard link into the live
 * output). With `manifest`, unchanged files can be carried from the previous output.
 */
export function folderSink(root: string, manifest?: OutputManifest): FolderSink {
  // Folders made so far: one mkdir per folder, not one per file (with pages, each page has its own folder).
  const made = new Set<string>()
  const folderOf = (target: string) => {
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    return target
  }
  const written = new WrittenFiles()
  const sink = withWrite(
    sitemapFolderSink(root),
    (file) => insideRoot(root, file),
    (target, content) => createFile(folderOf(target), content),
    written,
  )
  return Object.assign(sink, {
    root,
    carry(file: string, key: string): boolean {
      const target = insideRoot(root, file)
      // Checked first: carrying replaces what is at `target`.
      if (written.has(target)) written.claim(file, target)
      if (!manifest?.holds(file, key) || !manifest.carryTo(file, folderOf(target))) return false
      written.claim(file, target)
      return true
    },
    made(file: string, key: string): void {
      manifest?.made(file, key)
    },
    place(file: string, put: (target: string) => void): void {
      const target = insideRoot(root, file)
      written.claim(file, target)
      put(folderOf(target))
    },
  })
}

/** The folder sink: a carrying sink that can also take a file put there by other means. */
export interface FolderSink extends CarryingSink {
  /** The folder it writes into. */
  readonly root: string
  /** Claim `file` (a second write to it is refused) and let `put` create it at its path. */
  place(file: string, put: (target: string) => void): void
}

/**
 * Create `target` with `content`; whatever is at `target` (a static file, a carried hard link) is replaced, not written into.
 * The encoding is named so that Node writes a string from C++: without it, each file's text became a Buffer on the heap
 * first, and at 100,000 articles those buffers, promoted and left for the major GC, grew the heap by more than a gigabyte.
 */
function createFile(target: string, content: string | Uint8Array): void {
  const options = { flag: 'wx', encoding: 'utf8' } as const
  try {
    writeFileSync(target, content, options)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    unlinkSync(target)
    writeFileSync(target, content, options)
  }
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
  /** A warm build with more files than this differing fills a whole staging folder and swaps it in, rather than patching `out` in place (default 1,000). */
  maxPatch?: number
  /** Static files copied in first (`public/`, from `scanStaticFiles`); what the fill writes replaces them. */
  staticFiles?: StaticFiles
  /** The manifest file of `out` (in the build cache): with it, unchanged files are carried from the previous output. */
  manifest?: string
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
export async function writeStaged<T>(out: string, fill: (sink: CarryingSink) => Promise<T>, options: StagedOutputOptions = {}): Promise<T> {
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
    removeDeadLock(out)
    await withOutputLock(out, () => recoverSwap(out))
  } catch (error) {
    if (error instanceof DatelineError) throw error
    throw new DatelineError(`cannot recover the output of an interrupted build beside ${out}: ${(error as Error).message}`, 2)
  }
}

async function fillAndSwap<T>(out: string, folders: SwapFolders, fill: (sink: CarryingSink) => Promise<T>, options: StagedOutputOptions): Promise<T> {
  const { staging, ready, trash } = folders
  const manifest = options.manifest ? new OutputManifest(options.manifest, out) : undefined
  /** Make the staging folder with the static files in it, and the sink over it. */
  const stage = async () => {
    await makeFolder(staging, out)
    if (options.staticFiles) await copyStaticFiles(options.staticFiles, staging)
    return folderSink(staging, manifest)
  }
  let result: T
  try {
    if (manifest?.hasPrevious) {
      // A warm build: only what differs from `out` is written, into a patch folder or, when much differs, a staging folder.
      const sink = deferredSink({
        out,
        manifest,
        stage,
        patch: async () => (await makeFolder(folders.patching, out), folderSink(folders.patching, manifest)),
        ...(options.staticFiles ? { staticFiles: options.staticFiles } : {}),
        ...(options.maxPatch !== undefined ? { maxPatch: options.maxPatch } : {}),
      })
      result = await fill(sink)
      const difference = await sink.finish()
      if (difference.kind !== 'staged') {
        // Nothing to write and nothing to record: `out` is a whole output as it is.
        if (difference.kind === 'none' && !manifest.changed) return result
        await withOutputLock(out, async () => {
          // The patch, and the manifest, hold only if what was judged unchanged still is.
          if (!sink.verify()) throw new DatelineError(`files in ${out} changed during the build (another build, or a tool writing there); build again`, 2)
          if (difference.kind === 'patch') await commitPatch(out, folders, difference.journal)
          manifest.save({ unchanged: sink.unchanged() })
        })
        return result
      }
      await discard(folders.patching, trash)
    } else result = await fill(await stage())
    // The staging folder is whole: from here on a killed build's next run finishes the swap.
    await rename(staging, ready)
  } catch (error) {
    await discard(staging, trash)
    await discard(folders.patching, trash)
    throw error
  }
  await withOutputLock(out, () => swapIn(out, folders))
  // Stamped once the old output is gone: deleting it changed the link count (so the ctime) of carried files.
  manifest?.save()
  return result
}

/** Swap the whole `ready` folder in for `out` (see swap.ts). */
async function swapIn(out: string, { ready, previous, trash }: SwapFolders): Promise<void> {
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
}

/**
 * Apply the whole patch folder to `out` (see patch.ts): journal first, then
 * the folder renamed to its `patch` state, from which on a killed build's
 * next run finishes applying it.
 */
async function commitPatch(out: string, folders: SwapFolders, journal: Journal): Promise<void> {
  try {
    writeJournal(folders.journal, folders.journaling, journal)
  } catch (error) {
    await discard(folders.journaling, folders.trash)
    throw new DatelineError(`cannot write ${folders.journal}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
  }
  await rename(folders.patching, folders.patch)
  try {
    applyPatch(out, folders.patch, journal)
  } catch (error) {
    throw new DatelineError(`cannot move the new files into ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the next build finishes it`, 2)
  }
  await discard(folders.journal, folders.trash)
  await discard(folders.patch, folders.trash).catch(() => undefined)
}

/** Create the staging (or patch) folder beside `out`. */
async function makeFolder(folder: string, out: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    throw new DatelineError(`cannot create the staging folder beside ${out}: ${(error as Error).message}`, 2)
  }
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
