/**
 * A staging sink that makes the staging folder only once the output turns
 * out to differ from the previous one. A warm build where nothing changed
 * then writes nothing at all, where it used to hard-link 20,000 unchanged
 * files into a new folder, swap it in and delete the old one.
 *
 * Until the first difference it only checks: a file the manifest says the
 * previous output still holds is noted (not carried yet), a whole file
 * written is compared with the previous one's bytes, a streamed file
 * (sitemaps) is kept in memory. At the first difference it makes the staging
 * folder (static files first, as `writeStaged` does), puts everything noted
 * so far into it from the previous output, and from then on is the ordinary
 * folder sink. At the end `unchanged()` says whether the output folder
 * already is, file for file, what this build would have swapped in.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { SinkFile } from '../emit/sink.js'
import { DatelineError } from '../util/diagnostic.js'
import type { OutputManifest } from './carry.js'
import type { CarryingSink, FolderSink } from './output.js'
import type { StaticFiles } from './public.js'
import { insideRoot } from './sink.js'
import { WrittenFiles } from './written-files.js'

/** What the build put at one name while only checking. */
type Noted = { from: 'previous'; key?: string } | { from: 'memory'; bytes: Buffer }

/** Options for `deferredSink`. */
export interface DeferredSinkOptions {
  /** The live output folder, compared against. */
  out: string
  /** Its manifest: which files are unchanged. */
  manifest: OutputManifest
  /** Static files (`public/`), compared with `out` at the end. */
  staticFiles?: StaticFiles
  /** Make the staging folder (with the static files in it) and the ordinary sink over it: called at the first difference. */
  stage: () => Promise<FolderSink>
}

/** The deferred sink, and whether it made the staging folder. */
export interface DeferredSink extends CarryingSink {
  /** After the build: whether `out` is already exactly this build's output; if not, the staging folder is made and whole. */
  unchanged(): Promise<boolean>
  /** Whether the staging folder exists (the output differs). */
  readonly staged: boolean
}

export function deferredSink(options: DeferredSinkOptions): DeferredSink {
  const { manifest } = options
  const out = path.resolve(options.out)
  const noted = new Map<string, Noted>()
  let written = new WrittenFiles()
  let sink: CarryingSink | undefined

  /** The output differs: make the staging folder and put in what was noted so far. */
  async function stage(): Promise<CarryingSink> {
    if (sink) return sink
    const staged = await options.stage()
    for (const [name, what] of noted) {
      if (what.from === 'memory') {
        await staged.write(name, what.bytes)
        continue
      }
      try {
        staged.place(name, (target) => manifest.place(name, target))
      } catch (error) {
        throw new DatelineError(`cannot carry "${name}" from ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (was the output folder changed during the build?)`, 2)
      }
      if (what.key !== undefined) staged.made(name, what.key)
    }
    noted.clear()
    written = new WrittenFiles()
    sink = staged
    return staged
  }

  /** Claim `file` while only checking: a second output of that name is refused, as the folder sink does. */
  function claim(file: string): void {
    written.claim(file, insideRoot(out, file))
  }

  /** The bytes of `name` in the previous output, if it is a regular file there. */
  function previous(name: string): Buffer | undefined {
    try {
      return readFileSync(insideRoot(out, name))
    } catch {
      return undefined
    }
  }

  const deferred: DeferredSink = {
    get staged() {
      return sink !== undefined
    },
    carry(file, key) {
      if (sink) return sink.carry(file, key)
      if (!manifest.holds(file, key)) return false
      claim(file)
      noted.set(file, { from: 'previous', key })
      return true
    },
    made(file, key) {
      if (sink) return sink.made(file, key)
      // Written and equal to the previous file: noted by `write` already; the manifest learns its key.
      const was = noted.get(file)
      if (was?.from === 'previous') was.key = key
      manifest.made(file, key)
    },
    async write(file, content) {
      if (sink) return sink.write(file, content)
      claim(file)
      const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
      if (previous(file)?.equals(bytes)) {
        noted.set(file, { from: 'previous' })
        return
      }
      // The first difference: from here on this is the folder sink (which claims the name again).
      const staged = await stage()
      await staged.write(file, content)
    },
    async open(name) {
      if (sink) return sink.open(name)
      insideRoot(out, name)
      return memoryFile(name)
    },
    async rename(from, to) {
      if (sink) return sink.rename(from, to)
      const what = noted.get(from)
      if (!what) throw new Error(`no file "${from}" to rename`)
      noted.delete(from)
      noted.set(to, what)
    },
    async remove(name) {
      if (sink) return sink.remove(name)
      noted.delete(name)
    },
    async unchanged() {
      if (!sink && (await sameAsPrevious())) return true
      await stage()
      return false
    },
  }

  /** A streamed file kept in memory until the build ends or the output differs. */
  function memoryFile(name: string): SinkFile {
    const chunks: Buffer[] = []
    let target: SinkFile | undefined
    return {
      async write(chunk) {
        if (target) return target.write(chunk)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
      },
      async close() {
        if (target) return target.close()
        // Staged meanwhile: the file goes to the folder; else it is noted in memory.
        if (sink) {
          const file = await sink.open(name)
          for (const chunk of chunks) await file.write(chunk)
          return file.close()
        }
        noted.set(name, { from: 'memory', bytes: Buffer.concat(chunks) })
      },
      abort() {
        chunks.length = 0
      },
    }
  }

  /** Whether `out` holds exactly the noted files and the static files, and nothing else. */
  async function sameAsPrevious(): Promise<boolean> {
    const expected = new Set<string>()
    for (const [name, what] of noted) {
      if (what.from === 'memory' && !previous(name)?.equals(what.bytes)) return false
      expected.add(name)
    }
    const folders = new Set<string>(options.staticFiles?.folders ?? [])
    for (const file of options.staticFiles?.files ?? []) {
      if (expected.has(file.target)) continue // an output of that name replaces it
      let same = false
      try {
        same = readFileSync(file.source).equals(readFileSync(insideRoot(out, file.target)))
      } catch {
        // missing on either side
      }
      if (!same) return false
      expected.add(file.target)
    }
    for (const name of expected) for (let folder = path.posix.dirname(name); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder)
    // Nothing else: no file or folder a swap would have removed, nothing that is not a regular file.
    let found = 0
    try {
      for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
        // parentPath is `out` or under it: its tail is the folder's relative name.
        const folder = entry.parentPath.length > out.length ? entry.parentPath.slice(out.length + 1).split(path.sep).join('/') : ''
        const name = folder ? `${folder}/${entry.name}` : entry.name
        if (entry.isDirectory() ? !folders.has(name) : !entry.isFile() || !expected.has(name)) return false
        if (entry.isFile()) found++
      }
    } catch {
      return false
    }
    return found === expected.size
  }

  return deferred
}
