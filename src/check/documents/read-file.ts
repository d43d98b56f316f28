/**
 * The file-system edge of `dateline check`: read one input file, never more
 * than `MAX_CHECK_FILE_BYTES`, and never block on something that is not a
 * regular file (a FIFO would wait forever for a writer; /dev/zero never ends).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import { formatBytes, MAX_CHECK_FILE_BYTES } from '../../util/limits.js'
import { detectKind, type DocumentKind } from './detect.js'
import { SITEMAP_LIMITS, sitemapTooLarge } from './sitemaps/limits.js'

/** The file's bytes, or (for a sitemap over the limit) the finding to report instead of checking it. */
export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; kind: DocumentKind; finding: Diagnostic }

/** Bytes read from an oversized file to tell what it is (detection looks at the first 4 KB). */
const HEAD_BYTES = 64 * 1024

/** What a file that is not a regular file is, for messages (`a FIFO`). */
export function specialFileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'not a file or folder'
}

/**
 * Read `absolute` (shown as `display`). Not a regular file, unreadable, or
 * over the limit (other than a sitemap, which gets its own finding): a
 * `DatelineError` with exit code 2 naming the file (SPEC §5: unreadable input).
 */
export function readInputFile(absolute: string, display: string): FileRead {
  let fd: number | undefined
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(fd)
    if (!info.isFile()) throw new DatelineError(`cannot check "${display}": it is ${specialFileKind(info)}, not a regular file`, 2)
    if (info.size > MAX_CHECK_FILE_BYTES) return tooLarge(fd, formatBytes(info.size), display)
    // Up to one byte past the limit, whatever the size said: a file that grew is caught too.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, MAX_CHECK_FILE_BYTES) + 1)
    const length = readInto(fd, buffer)
    if (length > MAX_CHECK_FILE_BYTES) return tooLarge(fd, `more than ${formatBytes(MAX_CHECK_FILE_BYTES)}`, display)
    return { ok: true, bytes: buffer.subarray(0, length) }
  } catch (error) {
    if (error instanceof DatelineError) throw error
    throw new DatelineError(`cannot read "${display}": ${(error as Error).message}`, 2)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function readInto(fd: number, buffer: Buffer, position = 0): number {
  let length = 0
  for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, position + length)) > 0; ) length += n
  return length
}

/** A file over the limit: a sitemap (told by its head) is a `sitemap/too-large` finding; anything else is refused. */
function tooLarge(fd: number, sizeText: string, display: string): FileRead {
  const head = Buffer.allocUnsafe(HEAD_BYTES)
  const text = new TextDecoder('utf-8').decode(head.subarray(0, readInto(fd, head)))
  const kind = /\.gz$/i.test(display) ? 'unknown' : detectKind(text, display)
  if (kind === 'sitemap' || kind === 'sitemap-index' || kind === 'news-sitemap') {
    const message = `the file is ${sizeText} bytes (it was not read further); the limit is ${formatBytes(SITEMAP_LIMITS.bytes)} (50 MB): split it and list the parts in a sitemap index`
    return { ok: false, kind, finding: { file: display, line: 0, column: 0, severity: sitemapTooLarge.severity, rule: sitemapTooLarge.id, message } }
  }
  throw new DatelineError(`cannot check "${display}": the file is ${sizeText} bytes; dateline check reads files up to ${formatBytes(MAX_CHECK_FILE_BYTES)} bytes (64 MiB)`, 2)
}
