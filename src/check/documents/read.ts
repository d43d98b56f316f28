/**
 * The one read step of `dateline check`, for files on disk and site mode's
 * outputs alike: gunzip (a `.gz` name) → UTF-8 (the first invalid byte is a
 * finding; the text is still checked) → detect the kind.
 */
import { firstInvalidUtf8, lineColumnOfByte } from '../../util/utf8.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind, type DocumentKind } from './detect.js'
import { finding } from './findings.js'
import { gunzipForCheck } from './gunzip.js'
import { checkInvalidUtf8 } from './input-rules.js'

/** A file ready to check, or the finding that stopped it. */
export type ReadForCheck =
  | {
      ok: true
      kind: DocumentKind
      text: string
      /** Uncompressed bytes. */
      bytes: number
      diagnostics: Diagnostic[]
      /** Set when the file is UTF-16 (read as such, and reported: the formats must be UTF-8). */
      utf16?: 'utf-16le' | 'utf-16be'
    }
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
  const name = options.name ?? file.replace(/\.gz$/i, '')
  const utf16 = utf16Encoding(plain)
  if (utf16) {
    // Read it as what it is, so its kind is known (and its content still checked), but say it must be UTF-8.
    const text = new TextDecoder(utf16).decode(plain)
    const message = `the file is ${utf16.toUpperCase()} text, not UTF-8 (sitemaps, feeds, JSON and HTML as served must be UTF-8); save it as UTF-8`
    const diagnostics = [finding(file, checkInvalidUtf8, { line: 1, column: 1 }, message)]
    return { ok: true, kind: detectKind(text, name), text, bytes: plain.length, diagnostics, utf16 }
  }
  const decoded = decodeUtf8(plain, file)
  return { ok: true, kind: detectKind(decoded.text, name), text: decoded.text, bytes: plain.length, diagnostics: decoded.diagnostics }
}

/** UTF-16 told by its byte-order mark, or (without one) by the zero high bytes of ASCII markup at the start. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const pairs = Math.min(32, Math.floor(bytes.length / 2))
  if (pairs < 4) return undefined
  let little = 0
  let big = 0
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i]!, bytes[2 * i + 1]!]
    if (a !== 0 && b === 0) little++
    else if (a === 0 && b !== 0) big++
  }
  return little === pairs ? 'utf-16le' : big === pairs ? 'utf-16be' : undefined
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
      diagnostics: [finding(file, checkInvalidUtf8, at, 'the file is not valid UTF-8 here; save it as UTF-8')],
    }
  }
}

