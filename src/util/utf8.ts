/** Finding invalid UTF-8, and where it is, so a message can name the line instead of showing U+FFFD. */

const strict = new TextDecoder('utf-8', { fatal: true })

/** Where the first invalid UTF-8 byte is (1-based line and column), or undefined when the bytes are valid. */
export function invalidUtf8At(bytes: Uint8Array): { line: number; column: number } | undefined {
  try {
    strict.decode(bytes)
    return undefined
  } catch {
    return lineColumnOfByte(bytes, Math.max(0, firstInvalidUtf8(bytes)))
  }
}

/** Offset (in bytes) of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80)
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800)
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000)
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** 1-based line and column of a byte offset. */
export function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * `text` as a string of its own. V8 keeps substrings as views of the string
 * they were cut from, so a short value parsed out of a file (a title, a
 * frontmatter key) would keep the whole file alive; a copy does not.
 */
export function ownString(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le')
}
