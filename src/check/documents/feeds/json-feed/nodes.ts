/** Reading momoa's JSON syntax nodes: a member's key, a node's position. */
import type { MemberNode } from '@humanwhocodes/momoa'
import type { Position } from '../../../../model/types.js'

/** The key of an object member, as written. */
export function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}

/** Where `node` starts. */
export function at(node: { loc: { start: Position } }): Position {
  return { line: node.loc.start.line, column: node.loc.start.column }
}
