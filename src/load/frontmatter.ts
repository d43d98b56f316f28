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
