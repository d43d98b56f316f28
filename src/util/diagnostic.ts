/** A finding about an input: what is wrong, where, and how bad. Shared by build and check. */
export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  /** Path of the file the finding is about (as given, or relative to the site root). */
  file: string
  /** 1-based; 0 when the finding concerns the whole file. */
  line: number
  /** 1-based; 0 when unknown. */
  column: number
  severity: Severity
  /** What is wrong and how to fix it. */
  message: string
  /** Stable rule id, e.g. `frontmatter/unknown-key`. */
  rule: string
  /** Site mode: the outputs a build would write that the finding is about (`file` is their source). */
  outputs?: string[]
}

/** Thrown for failures that stop a command (bad config, I/O); carries the exit code. */
export class DatelineError extends Error {
  constructor(
    message: string,
    /** 1 content errors, 2 usage/config/I/O. */
    readonly exitCode: 1 | 2,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message)
    this.name = 'DatelineError'
  }
}

/** `file:line:col` (line/col left out when unknown). */
export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (!d.line) return d.file
  return d.column ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`
}
