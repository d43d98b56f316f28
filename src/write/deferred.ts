/**
 * The sink of a warm build: it writes only what differs from the previous
 * output. A build where nothing changed writes nothing at all; one where an
 * article was edited writes that article's files, the feeds and the sitemap
 * into a patch folder, which is then applied to `out` in place (`patch.ts`),
 * where a whole new folder used to be filled with 20,000 hard links, swapped
 * in, and the old one deleted.
 *
 * A file the manifest says the previous output still holds is noted, not
 * carried; a whole file written is compared with the previous one's bytes,
 * a streamed file (sitemaps) when it closes. What differs goes to the patch
 * folder. When more than `maxPatch` files differ (a changed config, a new
 * dateline), the patch would rewrite most of `out` file by file, so it turns
 * into an ordinary staging folder instead: static files first, everything
 * noted carried in, the patch's files moved over, and then a swap.
 *
 * Every file judged unchanged keeps its stamp (size, times, inode) as it was
 * judged: `verify()`, called holding the output lock just before the commit,
 * refuses a patch when any of them changed during the build (a tool, or
 * another build's swap), since the patch would then mix two outputs.
 */
import { closeSync, constants, copyFileSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, type BigIntStats } from 'node:fs'
import path from 'node:path'
import type { SinkFile } from '../emit/sink.js'
import { DatelineError } from '../util/diagnostic.js'
import { fileStamp, sameStamp, type FileStamp } from '../util/file-stamp.js'
import type { OutputManifest } from './carry.js'
import type { CarryingSink, FolderSink } from './output.js'
import type { Journal } from './patch.js'
import type { StaticFiles } from './public.js'
import { insideRoot } from './sink.js'
import { WrittenFiles } from './written-files.js'

/** A file left as it is in `out`: how it was when judged unchanged, and the key it was carried by. */
interface Kept {
  stamp: FileStamp
  key?: string
}

/** Options for `deferredSink`. */
export interface DeferredSinkOptions {
  /** The live output folder, compared against. */
  out: string
  /** Its manifest: which files are unchanged. */
  manifest: OutputManifest
  /** Static files (`public/`), compared with `out` at the end. */
  staticFiles?: StaticFiles
  /** Make the patch folder (empty) and the folder sink over it: called at the first difference. */
  patch: () => Promise<FolderSink>
  /** Make the staging folder (with the static files in it) and the folder sink over it: called when the patch grows past `maxPatch`. */
  stage: () => Promise<FolderSink>
  /** Past this many differing files, a whole staging folder replaces the patch. */
  maxPatch?: number
}

/** How the build's output differs from `out`, once it is all rendered. */
export type Difference =
  /** Not at all: nothing to commit. */
  | { kind: 'none' }
  /** In a few files: the patch folder and what applying it does. */
  | { kind: 'patch'; journal: Journal }
  /** In many: the staging folder is whole, to be swapped in. */
  | { kind: 'staged' }

/** The deferred sink. */
export interface DeferredSink extends CarryingSink {
  /** After the build: how the output differs from `out` (the patch or staging folder is whole). */
  finish(): Promise<Difference>
  /** Whether every file judged unchanged is still as it was (call holding the output lock, just before committing). */
  verify(): boolean
  /** The files left as they are in `out`, with their stamps as `verify` found them. */
  unchanged(): ReadonlyMap<string, FileStamp>
}

/** Past this many differing files the patch becomes a staging folder: see the file comment. */
const MAX_PATCH = 1000

export function deferredSink(options: DeferredSinkOptions): DeferredSink {
  const { manifest } = options
  const out = path.resolve(options.out)
  const maxPatch = options.maxPatch ?? MAX_PATCH
  /** Files left as they are in `out`. */
  const kept = new Map<string, Kept>()
  /** Files written to the patch folder. */
  const patched = new Set<string>()
  const written = new WrittenFiles()
  let patch: FolderSink | undefined
  let staged: FolderSink | undefined

  /** The patch folder's sink, made at the first difference; past `maxPatch` files, the staging folder's. */
  async function differing(): Promise<FolderSink> {
    if (staged) return staged
    patch ??= await options.patch()
    if (patched.size < maxPatch) return patch
    return toStaging(patch)
  }

  /** The patch grew too large: make the staging folder, carry everything kept into it and move the patch's files over. */
  async function toStaging(from: FolderSink): Promise<FolderSink> {
    const sink = await options.stage()
    for (const name of patched) sink.place(name, (target) => renameSync(path.join(from.root, name), target))
    for (const [name, { key }] of kept) {
      try {
        sink.place(name, (target) => manifest.place(name, target))
      } catch (error) {
        throw new DatelineError(`cannot carry "${name}" from ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (was the output folder changed during the build?)`, 2)
      }
      if (key !== undefined) sink.made(name, key)
    }
    kept.clear()
    patched.clear()
    staged = sink
    return sink
  }

  /** Write `bytes` at `name` unless `out` holds exactly them already. */
  async function put(name: string, bytes: Buffer): Promise<void> {
    const same = sameFile(insideRoot(out, name), bytes)
    if (same) {
      kept.set(name, { stamp: same })
      return
    }
    kept.delete(name)
    const sink = await differing()
    await sink.write(name, bytes)
    if (sink === patch) patched.add(name)
  }

  const deferred: DeferredSink = {
    carry(file, key) {
      if (staged) return staged.carry(file, key)
      if (!manifest.holds(file, key)) return false
      written.claim(file, insideRoot(out, file))
      kept.set(file, { stamp: manifest.stampOf(file)!, key })
      return true
    },
    made(file, key) {
      if (staged) return staged.made(file, key)
      const was = kept.get(file)
      if (was) was.key = key
      manifest.made(file, key)
    },
    async write(file, content) {
      if (staged) return staged.write(file, content)
      written.claim(file, insideRoot(out, file))
      await put(file, typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength))
    },
    async open(name) {
      if (staged) return staged.open(name)
      insideRoot(out, name)
      return memoryFile(name)
    },
    async rename(from, to) {
      if (staged) return staged.rename(from, to)
      if (patched.delete(from)) {
        await patch!.rename(from, to)
        patched.add(to)
        return
      }
      if (!kept.delete(from)) throw new Error(`no file "${from}" to rename`)
      // `out` holds it under its old name: what goes under the new one is those bytes.
      await put(to, readFileSync(insideRoot(out, from)))
    },
    async remove(name) {
      if (staged) return staged.remove(name)
      kept.delete(name)
      if (patched.delete(name)) await patch!.remove(name)
    },
    async finish() {
      if (staged) return { kind: 'staged' }
      const journal = await sameAsPrevious()
      if (staged) return { kind: 'staged' }
      if (!journal.put.length && !journal.remove.length) return { kind: 'none' }
      // A patch that only deletes still has its (empty) folder.
      patch ??= await options.patch()
      return { kind: 'patch', journal }
    },
    unchanged() {
      return new Map([...kept].map(([name, { stamp }]) => [name, stamp]))
    },
    verify() {
      for (const [name, { stamp }] of kept) {
        try {
          if (!sameStamp(stamp, lstatSync(insideRoot(out, name), { bigint: true }))) return false
        } catch {
          return false
        }
      }
      return true
    },
  }

  /** A streamed file kept in memory until it closes, then compared (or passed on if staging began meanwhile). */
  function memoryFile(name: string): SinkFile {
    const chunks: Buffer[] = []
    return {
      async write(chunk) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
      },
      async close() {
        if (!staged) return put(name, Buffer.concat(chunks))
        const file = await staged.open(name)
        for (const chunk of chunks) await file.write(chunk)
        return file.close()
      },
      abort() {
        chunks.length = 0
      },
    }
  }

  /**
   * Compare the static files with `out` (patching those that differ), then
   * list what `out` holds beyond the output: what the patch removes.
   */
  async function sameAsPrevious(): Promise<Journal> {
    const folders = new Set<string>(options.staticFiles?.folders ?? [])
    const expected = new Set<string>([...kept.keys(), ...patched])
    for (const file of options.staticFiles?.files ?? []) {
      if (expected.has(file.target)) continue // an output of that name replaces it
      expected.add(file.target)
      const bytes = readFileSync(file.source)
      const same = sameFile(insideRoot(out, file.target), bytes)
      if (same) {
        kept.set(file.target, { stamp: same })
        continue
      }
      const sink = await differing()
      if (sink !== patch) {
        // Staging began: it has the static files already.
        return { put: [], remove: [] }
      }
      sink.place(file.target, (target) => copyFileSync(file.source, target, constants.COPYFILE_FICLONE))
      patched.add(file.target)
    }
    for (const name of expected) for (let folder = path.posix.dirname(name); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder)
    const remove: string[] = []
    // Anything else goes: a file or folder the new output lacks, or something that is not a regular file where a file goes.
    const walk = (dir: string, prefix: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const name = prefix ? `${prefix}/${entry.name}` : entry.name
        if (entry.isDirectory() && folders.has(name)) walk(path.join(dir, entry.name), name)
        else if (!entry.isFile() || !expected.has(name)) remove.push(name)
      }
    }
    walk(out, '')
    return { put: [...patched].sort(), remove: remove.sort() }
  }

  return deferred
}

/** The stamp of the regular file at `file` if it holds exactly `bytes` (a link never counts); else undefined. */
function sameFile(file: string, bytes: Buffer): FileStamp | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return undefined
  }
  try {
    const info: BigIntStats = fstatSync(fd, { bigint: true })
    if (!info.isFile() || info.size !== BigInt(bytes.length)) return undefined
    return readFileSync(fd).equals(bytes) ? fileStamp(info) : undefined
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}
