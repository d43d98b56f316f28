/** Collecting diagnostics with positions mapped from a JSON-LD block back into its file. */
import type { Diagnostic } from '../../../util/diagnostic.js'
import type { RuleMeta } from '../rule.js'

/** A 1-based line and column in the checked file. */
export interface Place {
  line: number
  column: number
}

/** Where a block's text starts in its file (1:1 for a .jsonld file). */
export type Origin = Place

/** A position inside a block (momoa's `loc.start`) as a position in the file. */
export function placeIn(origin: Origin, loc: { line: number; column: number }): Place {
  return loc.line === 1
    ? { line: origin.line, column: origin.column + loc.column - 1 }
    : { line: origin.line + loc.line - 1, column: loc.column }
}

export class Report {
  readonly diagnostics: Diagnostic[] = []
  constructor(readonly file: string) {}

  add(rule: RuleMeta, at: Place, message: string): void {
    this.diagnostics.push({ file: this.file, line: at.line, column: at.column, severity: rule.severity, message, rule: rule.id })
  }
}
