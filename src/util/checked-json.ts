/**
 * Small JSON files the build keeps for next time (the output manifest, the
 * source stamps): written under a temporary name and renamed into place, with
 * the JSON's SHA-256 on the last line, so a torn or edited file reads as none.
 * Neither reading nor writing ever fails a build: a file that cannot be read
 * or written only costs speed next time.
 */
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'

/** The value in `file`, or undefined when it is missing, damaged or not JSON. */
export function readCheckedJson(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8')
    const cut = text.lastIndexOf('\n')
    const json = text.slice(0, cut)
    if (cut < 0 || createHash('sha256').update(json).digest('hex') !== text.slice(cut + 1)) return undefined
    return JSON.parse(json) as unknown
  } catch {
    return undefined
  }
}

/** The text of a checked JSON file holding `value`. */
export function checkedJsonText(value: unknown): string {
  const json = JSON.stringify(value)
  return `${json}\n${createHash('sha256').update(json).digest('hex')}`
}

/** Write `value` to `file` whole or not at all. */
export function writeCheckedJson(file: string, value: unknown): void {
  writeWhole(file, (fd) => writeAllSync(fd, checkedJsonText(value)))
}

/**
 * Write `{"format":…,"files":{…}}` from `files`' entries to `file`, whole or
 * not at all, a piece at a time: the output manifest of 100,000 articles as
 * one string (with its copy for the checksum line) was ~60 MB more at the end
 * of a build, when the heap is at its largest. Reads back with `readCheckedJson`.
 */
export function writeCheckedJsonFiles(file: string, format: number, files: Iterable<readonly [string, string]>): void {
  writeWhole(file, (fd) => {
    const hash = createHash('sha256')
    const out = new ChunkedText(fd, hash)
    out.add(`{"format":${JSON.stringify(format)},"files":{`)
    let first = true
    for (const [name, value] of files) {
      out.add(`${first ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(value)}`)
      first = false
    }
    out.add('}}')
    out.flush()
    writeSync(fd, `\n${hash.digest('hex')}`)
  })
}

/** Text written to a file in chunks of about a megabyte, each also fed to `hash`. */
export class ChunkedText {
  private parts: string[] = []
  private size = 0

  constructor(
    private readonly fd: number,
    private readonly hash: { update(text: string): unknown },
  ) {}

  add(text: string): void {
    this.parts.push(text)
    this.size += text.length
    if (this.size >= 1 << 20) this.flush()
  }

  /** Write what was added so far. */
  flush(): void {
    if (!this.parts.length) return
    const text = this.parts.join('')
    this.parts = []
    this.size = 0
    this.hash.update(text)
    writeAllSync(this.fd, text)
  }
}

/** Write all of `text` at the file's position (a write may take only part of it). */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.byteLength(text)
  const done = writeSync(fd, text)
  if (done < bytes) {
    const rest = Buffer.from(text).subarray(done)
    for (let at = 0; at < rest.length; ) at += writeSync(fd, rest, at)
  }
}

/** Create `file` by `write` into a temporary file renamed into place; a failure leaves no file and is not thrown. */
function writeWhole(file: string, write: (fd: number) => void): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    const fd = openSync(temporary, 'wx')
    try {
      write(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch {
    try {
      unlinkSync(temporary)
    } catch {
      // nothing was written
    }
  }
}
