/**
 * Pack files: the build cache's storage. A build appends every entry it makes
 * to one new pack (a temporary file, renamed into place when the build ends),
 * so a cold build of 10,000 articles writes one file instead of 10,000, and a
 * warm one reads one index instead of opening 10,000 files.
 *
 * A pack is the entries' pieces (normalized article, each rendered file) one
 * after another, then a JSON index of where each piece lies with its
 * checksum, then a one-line trailer locating the index. A reader checks the
 * index against its checksum and each piece when it reads it, so a truncated
 * or edited pack is ignored (whole or piece by piece) and never trusted.
 */
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'

/** Where one piece lies in its pack: byte offset, byte length, checksum. */
export type Piece = [offset: number, length: number, sum: string]

/** One entry of a pack's index. */
export interface PackedEntry {
  key: string
  /** Registry ids the article looked up, with what each resolved to (null: not in the registry). */
  authors: Record<string, string | null>
  /** The normalized article, as JSON. */
  normalized: Piece
  /** Rendered files by kind. */
  outputs: Record<string, Piece>
}

/** What a writer stores: the entry with its pieces as text, or as pieces of this pack already (`PackWriter.append`). */
export interface EntryText {
  key: string
  authors: Record<string, string | null>
  normalized: string
  outputs: Record<string, string>
  /** Rendered files appended to this pack before the entry, by kind. */
  written?: Record<string, Piece>
}

const MAGIC = 'DATELINE-PACK-1'
/** The trailer is at most this long: magic, two numbers, a checksum. */
const TRAILER_MAX = 128
/** Pack files end in this. */
export const PACK_SUFFIX = '.pack'

function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22)
}

/** An open pack: its index, and its pieces read on demand. */
export class PackReader {
  readonly entries: PackedEntry[]

  private constructor(
    readonly file: string,
    private readonly fd: number,
    entries: PackedEntry[],
  ) {
    this.entries = entries
  }

  /** Open a pack; undefined when it is gone, truncated, damaged or of another format. */
  static open(file: string): PackReader | undefined {
    let fd: number
    try {
      fd = openSync(file, 'r')
    } catch {
      return undefined
    }
    try {
      const size = fstatSync(fd).size
      const tail = readAt(fd, Math.max(0, size - TRAILER_MAX), Math.min(size, TRAILER_MAX)).toString('latin1')
      const trailer = new RegExp(`\\n${MAGIC} (\\d+) (\\d+) ([\\w-]{22})\\n$`).exec(tail)
      if (trailer) {
        const [offset, length] = [Number(trailer[1]), Number(trailer[2])]
        const index = offset + length <= size ? readAt(fd, offset, length) : undefined
        if (index && checksum(index) === trailer[3]) {
          const entries = JSON.parse(index.toString('utf8')) as PackedEntry[]
          if (Array.isArray(entries)) return new PackReader(file, fd, entries)
        }
      }
    } catch {
      // unreadable: as if it were not there
    }
    closeSync(fd)
    return undefined
  }

  /** The text of one piece, or undefined when it does not match its checksum. */
  read([offset, length, sum]: Piece): string | undefined {
    try {
      const bytes = readAt(this.fd, offset, length)
      return bytes.length === length && checksum(bytes) === sum ? bytes.toString('utf8') : undefined
    } catch {
      return undefined
    }
  }

  close(): void {
    try {
      closeSync(this.fd)
    } catch {
      // already closed
    }
  }
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, offset + done)
    if (read === 0) break
    done += read
  }
  return done === length ? buffer : buffer.subarray(0, done)
}

/**
 * A pack being written: entries are appended as the build finishes them (so
 * they are not all held in memory), and the pack appears under its final
 * name only when `finish` writes the index: a reader, or a second build at
 * the same time, sees a whole pack or none.
 */
export class PackWriter {
  private readonly index: PackedEntry[] = []
  private readonly temporary: string
  private fd: number | undefined
  private offset = 0
  /** Writing failed once: the pack is dropped, and nothing more goes in. */
  private failed = false

  constructor(
    /** The folder the pack goes in. */
    private readonly folder: string,
  ) {
    this.temporary = path.join(folder, `${uniqueName()}.tmp`)
  }

  /** How many entries were added. */
  get size(): number {
    return this.index.length
  }

  /** Append one entry. A pack that cannot be written only costs speed: it is dropped. */
  add(entry: EntryText): void {
    if (this.failed) return
    try {
      const outputs: Record<string, Piece> = { ...entry.written }
      const normalized = this.piece(entry.normalized)
      for (const [kind, content] of Object.entries(entry.outputs)) outputs[kind] = this.piece(content)
      this.index.push({ key: entry.key, authors: entry.authors, normalized, outputs })
    } catch {
      this.abort()
    }
  }

  /**
   * Append one piece now, to be named by an entry `add`ed later (`written`);
   * undefined when the pack cannot be written. A piece no entry names only
   * takes room.
   */
  append(text: string): Piece | undefined {
    if (this.failed) return undefined
    try {
      return this.piece(text)
    } catch {
      this.abort()
      return undefined
    }
  }

  /** The text of a piece `append`ed to this pack; undefined when it cannot be read back. */
  read([offset, length, sum]: Piece): string | undefined {
    if (this.fd === undefined) return undefined
    try {
      const bytes = readAt(this.fd, offset, length)
      return bytes.length === length && checksum(bytes) === sum ? bytes.toString('utf8') : undefined
    } catch {
      return undefined
    }
  }

  /** Write the index and put the pack in place; returns its file, or undefined when there was nothing to keep. */
  finish(): string | undefined {
    if (this.fd === undefined) return undefined
    // Pieces appended for entries that never came (a failed build): nothing to keep.
    if (this.index.length === 0) {
      this.abort()
      return undefined
    }
    try {
      // The index is written a megabyte at a time: as one string and a Buffer of it, 100,000 entries were ~80 MB more at the end of a build.
      const at = this.offset
      const hash = createHash('sha256')
      let parts: string[] = []
      let size = 0
      const flush = () => {
        const bytes = Buffer.from(parts.join(''))
        hash.update(bytes)
        this.writeAll(bytes)
        parts = []
        size = 0
      }
      this.index.forEach((entry, i) => {
        const text = `${i === 0 ? '[' : ','}${JSON.stringify(entry)}`
        parts.push(text)
        size += text.length
        if (size >= 1 << 20) flush()
      })
      parts.push(']')
      flush()
      const length = this.offset - at
      this.writeAll(Buffer.from(`\n${MAGIC} ${at} ${length} ${hash.digest('base64url').slice(0, 22)}\n`, 'latin1'))
      closeSync(this.fd)
      this.fd = undefined
      const file = path.join(this.folder, `${uniqueName()}${PACK_SUFFIX}`)
      renameSync(this.temporary, file)
      return file
    } catch {
      this.abort()
      return undefined
    }
  }

  /** Drop the pack being written: nothing more is added to it. */
  abort(): void {
    this.failed = true
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd)
      } catch {
        // already closed
      }
      this.fd = undefined
    }
    try {
      unlinkSync(this.temporary)
    } catch {
      // never created
    }
  }

  private piece(text: string): Piece {
    // Read and write: `read` gives back what was appended (a build asking for a file it rendered earlier).
    this.fd ??= openSync(this.temporary, 'wx+')
    const bytes = Buffer.from(text)
    const piece: Piece = [this.offset, bytes.length, checksum(bytes)]
    this.writeAll(bytes)
    return piece
  }

  private writeAll(bytes: Buffer): void {
    let done = 0
    while (done < bytes.length) done += writeSync(this.fd!, bytes, done, bytes.length - done, this.offset + done)
    this.offset += bytes.length
  }
}

/** A name no other build picks: the time first, so packs list oldest first. */
function uniqueName(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${randomBytes(4).toString('hex')}`
}
