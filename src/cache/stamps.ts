/**
 * Source stamps: what each article file was (size, modification and change
 * time, inode) when its digest was taken, so a warm build knows the digest
 * of an unchanged file without reading it. At 100,000 articles reading and
 * hashing ~450 MB of sources was most of a warm build.
 *
 * The stat is taken before the file is read, so an edit during or after the
 * read changes what the next build sees. A file modified within two seconds
 * of that stat is not stamped (git's "racily clean" entries): a write in the
 * same clock tick as the stat could leave every field the same (coarse file
 * system clocks, FAT's two seconds), and such a file is read again next time.
 */
import { createHash } from 'node:crypto'
import { statSync, type BigIntStats } from 'node:fs'
import { readCheckedJson, writeCheckedJsonFiles } from '../util/checked-json.js'
import { fileStamp, sameStamp, stamped, unstamped } from '../util/file-stamp.js'

/** A file's stat when it was read, and the time just before the stat. */
export interface SourceStat {
  info: BigIntStats
  /** `Date.now()` before the stat was taken. */
  at: number
}

/** The digest of a file's bytes and its stamp when read (`stamped`). */
type Stamp = string

const FORMAT = 2
/** A file modified this close to its stat may have been modified again in the same clock tick. */
const RACY_MS = 2000

/** The digest of a source's bytes (the cache keys hold it, and stamps remember it). */
export function sourceDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The stamps of one site's sources, read from `file` and saved back after the build. */
export class SourceStamps {
  private readonly before: Map<string, Stamp>
  private readonly now = new Map<string, Stamp>()
  /** Stamps taken by this build (not carried over from `before`). */
  private taken = 0

  constructor(
    /** Where the stamps are kept (in the cache folder). */
    readonly file: string,
  ) {
    this.before = readStamps(file)
  }

  /** The digest of the source `name` (at `absolute`) when its stat still matches its stamp; undefined when it must be read. */
  known(name: string, absolute: string): string | undefined {
    const was = this.before.get(name)
    if (was === undefined) return undefined
    const [digest, stamp] = unstamped(was)
    let info: BigIntStats
    try {
      info = statSync(absolute, { bigint: true })
    } catch {
      return undefined
    }
    if (!sameStamp(stamp, info)) return undefined
    this.now.set(name, was)
    return digest
  }

  /** The source `name` was read: its bytes have `digest`, and `stat` is how it was just before. */
  read(name: string, stat: SourceStat, digest: string): void {
    const { info } = stat
    if (Number(info.mtimeMs) >= stat.at - RACY_MS || Number(info.ctimeMs) >= stat.at - RACY_MS) return
    this.now.set(name, stamped(digest, fileStamp(info)))
    this.taken++
  }

  /** Keep the stamps of the sources this build saw; when they are the ones read (every source known, none gone), the file stays as it is. */
  save(): void {
    // `now` holds only names of `before` with their stamps unchanged, unless stamps were taken: same size, same stamps.
    if (this.taken === 0 && this.now.size === this.before.size) return
    writeCheckedJsonFiles(this.file, FORMAT, this.now)
  }
}

/** The stamps in `file`; none when it is missing, damaged or of another format. */
function readStamps(file: string): Map<string, Stamp> {
  const parsed = readCheckedJson(file) as { format?: number; files?: Record<string, Stamp> } | undefined
  return parsed?.format === FORMAT && parsed.files ? new Map(Object.entries(parsed.files)) : new Map()
}
