/**
 * The one read step of `dateline check`, for files on disk and site mode's
 * outputs alike: gunzip (a `.gz` name) → UTF-8 (the first invalid byte is a
 * finding; the text is still checked) → detect the kind.
 */
import { firstInvalidUtf8, lineColumnOfByte } from '../../util/utf8.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind, type DocumentKind } from './detect.js'
import { gunzipForCheck } from './gunzip.js'
import { checkInvalidUtf8 } from './input-rules.js'

/** A file ready to check, or the finding that stopped it. */
export type ReadForCheck =
  | { ok: true; kind: DocumentKind; text: string; /** Uncompressed bytes. */ bytes: number; diagnostics: Diagnostic[] }
  | { ok: false; kind: DocumentKind; finding: Diagnostic }

/** How to read one file: by default its name (`file`) decides. */
export interface ReadOptions {
  /** Whether the bytes are gzip (a fetched document says so by its magic bytes). Default: `file` ends with `.gz`. */
  gzip?: boolean
  /** The name whose extension breaks ties in detection (a URL's path). Default: `file` without `.gz`. */
  name?: string
}

/** Read `bytes` of the file shown as `file` in findings. */
export function readForCheck(bytes: Uint8Array, file: string, options: ReadOptions = {}): ReadForCheck {
  let plain = bytes
  if (options.gzip ?? /\.gz$/i.test(file)) {
    const inflated = gunzipForCheck(bytes, file)
    if (!inflated.ok) return { ok: false, kind: inflated.kind, finding: inflated.finding }
    plain = inflated.bytes
  }
  const decoded = decodeUtf8(plain, file)
  return { ok: true, kind: detectKind(decoded.text, options.name ?? file.replace(/\.gz$/i, '')), text: decoded.text, bytes: plain.length, diagnostics: decoded.diagnostics }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')

/** Decode UTF-8, reporting the first invalid byte (the text is still checked, with U+FFFD in its place). */
function decodeUtf8(bytes: Uint8Array, file: string): { text: string; diagnostics: Diagnostic[] } {
  try {
    return { text: strictUtf8.decode(bytes), diagnostics: [] }
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes))
    const at = lineColumnOfByte(bytes, offset)
    return {
      text: lenientUtf8.decode(bytes),
      diagnostics: [{ file, ...at, severity: checkInvalidUtf8.severity, rule: checkInvalidUtf8.id, message: 'the file is not valid UTF-8 here; save it as UTF-8' }],
    }
  }
}

