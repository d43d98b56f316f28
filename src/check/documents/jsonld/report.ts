/** Collecting diagnostics with positions mapped from a JSON-LD block back into its file. */
import type { Diagnostic } from '../../../util/diagnostic.js'
import type { RuleMeta } from '../rule.js'
import { detached } from '../../../util/detached.js'

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

/**
 * The place of a syntax node in the file, worked out only when read: most
 * properties and values a checker looks at have no finding, and a node's
 * line and column cost a search through the line starts.
 */
class NodePlace implements Place {
  private place: Place | undefined
  constructor(
    private readonly origin: Origin,
    private readonly node: { loc: { start: { line: number; column: number } } },
  ) {}

  get line(): number {
    return (this.place ??= placeIn(this.origin, this.node.loc.start)).line
  }

  get column(): number {
    return (this.place ??= placeIn(this.origin, this.node.loc.start)).column
  }
}

/** Where `node` (of a block starting at `origin`) is in the file: `placeIn(origin, node.loc.start)`, when read. */
export function placeOf(origin: Origin, node: { loc: { start: { line: number; column: number } } }): Place {
  return new NodePlace(origin, node)
}

export class Report {
  readonly diagnostics: Diagnostic[] = []
  constructor(readonly file: string) {}

  add(rule: RuleMeta, at: Place, message: string): void {
    // Findings outlive the file they are about: the message must not keep that file's text in memory.
    this.diagnostics.push({ file: this.file, line: at.line, column: at.column, severity: rule.severity, message: detached(message), rule: rule.id })
  }
}
