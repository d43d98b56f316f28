/**
 * Carrying unchanged files from the previous output into the staging folder
 * instead of writing them again.
 *
 * After each successful swap a manifest (kept in the build cache folder, so
 * `out` holds only the site) records, per file whose bytes are fixed by a
 * cache key, that key and the file's size, mtime, ctime and inode as they are
 * in `out`. The next build carries a file only when its key is the same and
 * the file in `out` still has all four: a minifier or search indexer that
 * edited it after the build changes its ctime at least (which no tool can
 * set back), so it is written again from the cache.
 *
 * A carried file is a copy-on-write clone where the file system has them,
 * else a hard link, else a copy. A hard link shares its inode with the live
 * output, so nothing in the staging folder is ever opened for writing over
 * an existing file: the sink's writes create files exclusively and replace
 * (unlink, then create) what is there.
 */
import { createHash } from 'node:crypto'
import { constants, copyFileSync, existsSync, linkSync, lstatSync, unlinkSync, type BigIntStats } from 'node:fs'
import path from 'node:path'
import { readCheckedJson, writeCheckedJsonFiles } from '../util/checked-json.js'
import { fileStamp, sameContent, sameStamp, stamped, unstamped, type FileStamp } from '../util/file-stamp.js'

/** What the manifest keeps of one file: its key and how it was on disk (`stamped`). */
type Carried = string

const FORMAT = 3

/** The manifest of an output folder, inside the cache folder `dir`. */
export function manifestFile(dir: string, out: string): string {
  return path.join(dir, 'outputs', `${createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 16)}.json`)
}

/** How one carried file gets into staging; the first that works on this file system is kept for the rest of the build. */
type Method = 'clone' | 'link' | 'copy'

/**
 * The previous build's manifest of `out` and this build's, as the staging
 * folder fills. One per staged write.
 */
export class OutputManifest {
  private readonly before: Map<string, Carried>
  private readonly now = new Map<string, string>()
  /** How each carried file was when carried: a hard-linked file edited in `out` during the build changed in staging too. */
  private readonly carriedAs = new Map<string, FileStamp>()
  private method: Method = 'clone'
  /** Whether the previous build of `out` left a whole manifest and `out` is there: without them there is nothing to carry or keep. */
  readonly hasPrevious: boolean
  /** Files carried, for tests and the benchmark. */
  carried = 0

  constructor(
    /** The manifest file (in the cache folder). */
    readonly file: string,
    /** The live output folder files are carried from. */
    readonly out: string,
  ) {
    const before = readManifest(file)
    this.hasPrevious = before !== undefined && existsSync(out)
    this.before = before ?? new Map()
  }

  /**
   * Put the previous output's file `name`, which `holds` found unchanged, at
   * `target` (its folder exists); false when it cannot (the file went away
   * meanwhile, or the disk is full): the caller writes it instead, which
   * reports a real failure.
   */
  carryTo(name: string, target: string): boolean {
    try {
      this.place(name, target)
      return true
    } catch {
      this.carriedAs.delete(name)
      return false
    }
  }

  /**
   * Whether the previous output holds exactly the file `name` made from
   * `key`, without putting it anywhere yet (`carryTo` or `place`
   * does). Records `key` for the next manifest either way.
   */
  holds(name: string, key: string): boolean {
    this.now.set(name, key)
    const was = this.before.get(name)
    if (!was || !was.startsWith(key) || was.charCodeAt(key.length) !== 32) return false
    const stamp = was.slice(key.length + 1)
    let info: BigIntStats
    try {
      info = lstatSync(path.join(this.out, name), { bigint: true })
    } catch {
      return false
    }
    if (!info.isFile() || !sameStamp(stamp, info)) return false
    this.carriedAs.set(name, stamp)
    return true
  }

  /** How the file `name`, which `holds` found unchanged, was then. */
  stampOf(name: string): FileStamp | undefined {
    return this.carriedAs.get(name)
  }

  /** Put the previous output's file `name` at `target` (clone, link or copy; its folder exists); throws when it cannot. */
  place(name: string, target: string): void {
    this.put(path.join(this.out, name), target)
    if (this.carriedAs.has(name)) this.carried++
  }

  /** Whether this build's keys differ from the previous manifest's: if not, and nothing on disk changed, it need not be saved again. */
  get changed(): boolean {
    if (this.now.size !== this.before.size) return true
    for (const [name, key] of this.now) {
      const was = this.before.get(name)
      if (was === undefined || unstamped(was)[0] !== key) return true
    }
    return false
  }

  /** The file at `name` was written from `key` without carrying. */
  made(name: string, key: string): void {
    this.now.set(name, key)
  }

  /**
   * After the commit: record how each keyed file is in `out` now. The
   * files a patch left as they were (`unchanged`, verified just before the
   * commit) keep their stamps without a second stat. A manifest that cannot
   * be written only costs speed next time.
   */
  save(options: { unchanged?: ReadonlyMap<string, FileStamp> } = {}): void {
    writeCheckedJsonFiles(this.file, FORMAT, this.stamps(options.unchanged))
  }

  /** Each keyed file with its stamp as it is in `out` now (written out as they come: see `writeCheckedJsonFiles`). */
  private *stamps(unchanged: ReadonlyMap<string, FileStamp> | undefined): Generator<[string, Carried]> {
    for (const [name, key] of this.now) {
      // Left in place by a patch: the stamp just verified is how it is (a swap moves every carried file, so it is read again).
      const kept = unchanged?.get(name)
      if (kept !== undefined) {
        yield [name, stamped(key, kept)]
        continue
      }
      let info: BigIntStats
      try {
        info = lstatSync(path.join(this.out, name), { bigint: true })
      } catch {
        continue // gone already: not carried next time
      }
      const carried = this.carriedAs.get(name)
      const edited = carried !== undefined && !sameContent(carried, info)
      if (info.isFile() && !edited) yield [name, stamped(key, fileStamp(info))]
    }
  }

  private put(source: string, target: string): void {
    for (;;) {
      try {
        if (this.method === 'clone') copyFileSync(source, target, constants.COPYFILE_FICLONE_FORCE | constants.COPYFILE_EXCL)
        else if (this.method === 'link') linkSync(source, target)
        else copyFileSync(source, target, constants.COPYFILE_EXCL)
        return
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        // A static file from public/ of the same name: the output replaces it.
        if (code === 'EEXIST') unlinkSync(target)
        else if (this.method === 'clone') this.method = 'link' // no copy-on-write here (ext4, tmpfs)
        else if (this.method === 'link' && (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP' || code === 'EOPNOTSUPP')) this.method = 'copy'
        else throw error
      }
    }
  }
}

/** The files of a manifest; undefined when it is missing, damaged or of another format. */
function readManifest(file: string): Map<string, Carried> | undefined {
  const parsed = readCheckedJson(file) as { format?: number; files?: Record<string, Carried> } | undefined
  return parsed?.format === FORMAT && parsed.files && typeof parsed.files === 'object' ? new Map(Object.entries(parsed.files)) : undefined
}
