/** Collecting diagnostics with positions mapped from a JSON-LD block back into its file. */
import type { Diagnostic } from '../../../util/diagnostic.js'
import type { RuleMeta } from '../rule.js'

import type { Position } from '../../../model/types.js'

export class Report {
  readonly diagnostics: Diagnostic[] = []
  constructor(readonly file: string) {}

  add(rule: RuleMeta, at: Position, message: string): void {
    this.diagnostics.push({ file: this.file, line: at.line, column: at.column, severity: rule.severity, message, rule: rule.id })
  }
}
