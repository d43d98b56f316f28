/** Split an article file into YAML frontmatter and markdown body, keeping line numbers. */

export interface SplitSource {
  /** The YAML between the fences, or undefined when the file has none. */
  frontmatter: string | undefined
  /** Line (1-based) where the YAML starts. */
  frontmatterLine: number
  body: string
  /** Line (1-based) where the body starts. */
  bodyLine: number
}

/** `---` fenced frontmatter at the very start (a BOM is allowed before it). */
export function splitFrontmatter(text: string): SplitSource {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const open = /^---[ \t]*\r?\n/.exec(source)
  if (!open) return { frontmatter: undefined, frontmatterLine: 1, body: source, bodyLine: 1 }
  const rest = source.slice(open[0].length)
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest)
  if (!close) return { frontmatter: undefined, frontmatterLine: 2, body: source, bodyLine: 1 }
  const frontmatter = rest.slice(0, close.index)
  const body = rest.slice(close.index + close[0].length)
  const frontmatterLines = frontmatter.split('\n').length - (frontmatter.endsWith('\n') || frontmatter === '' ? 1 : 0)
  return { frontmatter, frontmatterLine: 2, body, bodyLine: 2 + frontmatterLines + 1 }
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
