/**
 * Decompress a `.gz` input for checking without trusting its size: a gzip
 * bomb (a few MB that inflate to gigabytes) must not exhaust memory. Output
 * stops one byte past the sitemap limit, since anything larger is a
 * `sitemap/too-large` finding anyway and need not be read.
 */
import { constants, gunzipSync } from 'node:zlib'
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import { detectKind, KIND_NAMES, type DocumentKind } from './detect.js'
import { finding } from './findings.js'
import { SITEMAP_LIMITS, sitemapTooLarge } from './sitemaps/limits.js'

/** Most bytes a `.gz` input is inflated to: one past the sitemap limit, enough to know it is over. */
export const MAX_GUNZIPPED_BYTES = SITEMAP_LIMITS.bytes + 1

/** Compressed bytes inflated to tell what an oversized file is (deflate expands at most ~1,032×, so the head stays a few MB). */
const HEAD_INPUT_BYTES = 4096
const HEAD_OUTPUT_BYTES = 8 * 1024 * 1024

export type GunzipResult =
  /** The whole decompressed file. */
  | { ok: true; bytes: Uint8Array }
  /** The file inflates past the limit: its kind (from its head) and the finding to report instead of checking it. */
  | { ok: false; kind: DocumentKind; finding: Diagnostic }

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
}

/** What the start of an oversized gzip file is, inflating only its first few KB. */
function kindOfHead(compressed: Uint8Array, fileName: string): DocumentKind {
  try {
    const head = gunzipSync(compressed.subarray(0, HEAD_INPUT_BYTES), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: HEAD_OUTPUT_BYTES })
    return detectKind(new TextDecoder('utf-8').decode(head), fileName)
  } catch {
    return 'unknown'
  }
}

/**
 * Inflate `compressed`, the content of `file` (a display name, for messages).
 * A sitemap that inflates past `MAX_GUNZIPPED_BYTES` gives a `sitemap/too-large`
 * finding; any other file that large, or data that is not gzip, throws a
 * `DatelineError` with exit code 2 naming the file (SPEC §5: unreadable input).
 */
export function gunzipForCheck(compressed: Uint8Array, file: string): GunzipResult {
  try {
    return { ok: true, bytes: gunzipSync(compressed, { maxOutputLength: MAX_GUNZIPPED_BYTES }) }
  } catch (error) {
    if (!isTooLarge(error)) throw new DatelineError(`cannot read "${file}": ${(error as Error).message}`, 2)
  }
  const kind = kindOfHead(compressed, file.replace(/\.gz$/i, ''))
  const limit = SITEMAP_LIMITS.bytes.toLocaleString('en-US')
  if (kind === 'sitemap' || kind === 'sitemap-index' || kind === 'news-sitemap') {
    const message = `the file is more than ${limit} bytes uncompressed (it was not inflated further); the limit is ${limit} (50 MB): split it and list the parts in a sitemap index`
    return { ok: false, kind, finding: finding(file, sitemapTooLarge, undefined, message) }
  }
  const what = kind === 'unknown' ? 'it' : `this ${KIND_NAMES[kind]} file`
  throw new DatelineError(`cannot check "${file}": it inflates to more than ${limit} bytes (50 MB), more than dateline reads from a .gz file; ${what} may be a gzip bomb`, 2)
}
