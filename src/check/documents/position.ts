/**
 * Where a finding is: the model's `Position` (1-based line and column) is the
 * one position type of check. JSON, HTML and XML positions that cost a search
 * are made lazy here, worked out only when a finding reads them: most nodes a
 * checker looks at have no finding.
 */
import type { Position } from '../../model/types.js'

/** A position inside a block whose text starts at `origin` (e.g. momoa's `loc.start`) as a position in the file. */
export function positionIn(origin: Position, loc: Position): Position {
  return loc.line === 1
    ? { line: origin.line, column: origin.column + loc.column - 1 }
    : { line: origin.line + loc.line - 1, column: loc.column }
}

/** A syntax node's position in the file, worked out when read (a node's line and column cost a search through the line starts). */
class NodePosition implements Position {
  private position: Position | undefined
  constructor(
    private readonly origin: Position,
    private readonly node: { loc: { start: Position } },
  ) {}

  get line(): number {
    return (this.position ??= positionIn(this.origin, this.node.loc.start)).line
  }

  get column(): number {
    return (this.position ??= positionIn(this.origin, this.node.loc.start)).column
  }
}

/** Where `node` (of a block starting at `origin`) is in the file: `positionIn(origin, node.loc.start)`, when read. */
export function positionOf(origin: Position, node: { loc: { start: Position } }): Position {
  return new NodePosition(origin, node)
}

/** A position that `find` looks up on the first read (e.g. in a tree built only when a finding needs one). */
class LookedUpPosition implements Position {
  private position: Position | undefined
  constructor(private readonly find: () => Position) {}

  get line(): number {
    return (this.position ??= this.find()).line
  }

  get column(): number {
    return (this.position ??= this.find()).column
  }
}

/** A position looked up by `find` only when read, then kept. */
export function lazyPosition(find: () => Position): Position {
  return new LookedUpPosition(find)
}
