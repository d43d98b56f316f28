/** Collects one file's diagnostics, each stamped with its rule's id and default severity. */
import type { Diagnostic, Severity } from '../../util/diagnostic.js'
import type { RuleMeta } from './rule.js'
import type { Position } from './xml-tree.js'

export class Findings {
  readonly diagnostics: Diagnostic[] = []

  constructor(readonly file: string) {}

  /** The findings in source order (line, then column; ties keep the order they were found in). */
  sorted(): Diagnostic[] {
    return this.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  }

  /** Report `message` under `rule` at `at` (line 0 = the whole file). */
  add(rule: RuleMeta, at: Position | undefined, message: string, severity: Severity = rule.severity): void {
    this.diagnostics.push({
      file: this.file,
      line: at?.line ?? 0,
      column: at?.column ?? 0,
      severity,
      message,
      rule: rule.id,
    })
  }
}

/** `message` plus a did-you-mean hint (from `hint()`), as two sentences; `message` alone without one. */
export function withHint(message: string, hintText: string): string {
  return hintText ? `${message}.${hintText}` : message
}
