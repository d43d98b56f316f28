/**
 * Split an article file into frontmatter and markdown body, keeping line
 * numbers. Three fences, as Hugo reads them: `---` YAML, `+++` TOML, and a
 * JSON object `{ … }` at the very top.
 */

export type FrontmatterFormat = 'yaml' | 'toml' | 'json'

export interface SplitSource {
  /** How the frontmatter is written; undefined when the file has none. */
  format: FrontmatterFormat | undefined
  /** The frontmatter text (for JSON, the object with its braces), or undefined. */
  frontmatter: string | undefined
  /** Line (1-based) where the frontmatter text starts. */
  frontmatterLine: number
  body: string
  /** Line (1-based) where the body starts. */
  bodyLine: number
  /** When a fence opens but never closes: the fence's name, for the message. */
  unclosed?: string
}

const FENCES = { yaml: /^---[ \t]*\r?\n/, toml: /^\+\+\+[ \t]*\r?\n/ } as const
const CLOSERS = { yaml: /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m, toml: /^\+\+\+[ \t]*(?:\r?\n|$)/m } as const

/** Frontmatter at the start (a BOM and blank lines are allowed before it, as Hugo and Zola allow them). */
export function splitFrontmatter(text: string): SplitSource {
  const whole = text.startsWith('\uFEFF') ? text.slice(1) : text
  const blank = /^(?:[ \t]*\r?\n)*/.exec(whole)![0]
  const skipped = blank ? lineCount(blank) : 0
  const split = splitAtTop(whole.slice(blank.length))
  if (split.format === undefined) return { format: undefined, frontmatter: undefined, frontmatterLine: 1, body: whole, bodyLine: 1, ...(split.unclosed ? { unclosed: split.unclosed } : {}) }
  return { ...split, frontmatterLine: split.frontmatterLine + skipped, bodyLine: split.bodyLine + skipped }
}

function splitAtTop(source: string): SplitSource {
  for (const format of ['yaml', 'toml'] as const) {
    const open = FENCES[format].exec(source)
    if (!open) continue
    const rest = source.slice(open[0].length)
    const close = CLOSERS[format].exec(rest)
    if (!close) return { format: undefined, frontmatter: undefined, frontmatterLine: 2, body: source, bodyLine: 1, unclosed: format === 'yaml' ? '---' : '+++' }
    const frontmatter = rest.slice(0, close.index)
    const body = rest.slice(close.index + close[0].length)
    return { format, frontmatter, frontmatterLine: 2, body, bodyLine: 2 + lineCount(frontmatter) + 1 }
  }
  if (source.startsWith('{')) {
    const end = jsonObjectEnd(source)
    if (end === -1) return { format: undefined, frontmatter: undefined, frontmatterLine: 1, body: source, bodyLine: 1, unclosed: '{' }
    const frontmatter = source.slice(0, end)
    // The rest of the closing brace's line belongs to the frontmatter, as in Hugo.
    const newline = source.indexOf('\n', end)
    const body = newline === -1 ? '' : source.slice(newline + 1)
    return { format: 'json', frontmatter, frontmatterLine: 1, body, bodyLine: newline === -1 ? 1 : lineCount(source.slice(0, newline + 1)) + 1 }
  }
  return { format: undefined, frontmatter: undefined, frontmatterLine: 1, body: source, bodyLine: 1 }
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') || text === '' ? 1 : 0)
}

/** Index just after the `}` that closes the object opening at 0 (strings and escapes skipped), or -1. */
function jsonObjectEnd(text: string): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return -1
}
