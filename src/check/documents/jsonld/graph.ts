/**
 * The JSON-LD of one file (one .jsonld document, or every block of one HTML page) as a list of
 * node objects with their schema.org types and properties, still pointing at the syntax tree so
 * every finding has a position. Nodes with the same @id are one entity, across blocks.
 */
import type { DocumentNode, ObjectNode, StringNode, ValueNode, MemberNode } from '@humanwhocodes/momoa'
import { applyContext, EMPTY_CONTEXT, resolveKey, resolveVocabTerm, type ActiveContext, type ContextProblem } from './context.js'
import type { Findings } from '../findings.js'
import { hint } from '../../../util/did-you-mean.js'
import type { Position } from '../../../model/types.js'
import { positionOf } from '../position.js'
import { jsonSyntax } from '../../../util/json-rules.js'
import { jsonldInvalidKeywordValue, jsonldMissingContext, jsonldMissingType, jsonldUnknownContext, jsonldUnknownKeyword } from './rules.js'

export interface LdNode {
  object: ObjectNode
  origin: Position
  context: ActiveContext
  /** schema.org types (local names, as written after expansion), in order. */
  types: string[]
  /** The string nodes of `types`, index for index. */
  typeNodes: StringNode[]
  /** Some @type is from another vocabulary. */
  foreignTypes: boolean
  id?: string
  idNode?: StringNode
  properties: LdProperty[]
  /** A member of the top level or of an @graph (not nested under a property). */
  topLevel: boolean
  /** Only an @id: a reference to a node described elsewhere. */
  reference: boolean
  /** The schema.org property whose value this node is. */
  parentProperty?: string
}

export interface LdProperty {
  /** schema.org local name. */
  name: string
  key: StringNode
  values: LdValue[]
}

export type LdValue =
  | { kind: 'literal'; node: ValueNode }
  /** A value object: `{"@value": …}`; `node` is the @value. */
  | { kind: 'value'; node: ValueNode; object: ObjectNode }
  | { kind: 'node'; node: LdNode }

const KEYWORDS = [
  '@base', '@container', '@context', '@direction', '@graph', '@id', '@import', '@included', '@index', '@json',
  '@language', '@list', '@nest', '@none', '@prefix', '@propagate', '@protected', '@reverse', '@set', '@type',
  '@value', '@version', '@vocab',
]
const KEYWORD_SET = new Set(KEYWORDS)

export class Graph {
  readonly nodes: LdNode[] = []
  private readonly byId = new Map<string, LdNode[]>()
  /** typesOf for entities described more than once, by @id: the checks ask for each node's types many times. */
  private readonly typesById = new Map<string, readonly string[]>()

  add(node: LdNode): void {
    this.nodes.push(node)
    if (node.id !== undefined) {
      this.typesById.delete(node.id)
      const list = this.byId.get(node.id)
      if (list) list.push(node)
      else this.byId.set(node.id, [node])
    }
  }

  /** Every description of the entity `node` is part of (itself first). */
  descriptions(node: LdNode): readonly LdNode[] {
    if (node.id === undefined) return [node]
    const all = this.byId.get(node.id)!
    if (all.length === 1) return all
    return [node, ...all.filter((n) => n !== node)]
  }

  /** Some node with this @id says something beyond the @id. */
  isDescribed(id: string): boolean {
    const all = this.byId.get(id)
    return all !== undefined && all.some((n) => !n.reference)
  }

  /** The schema.org types of the entity (union over its descriptions). */
  typesOf(node: LdNode): readonly string[] {
    if (node.id === undefined) return node.types
    const all = this.byId.get(node.id)!
    if (all.length === 1) return node.types
    let union = this.typesById.get(node.id)
    if (!union) {
      const types = new Set<string>()
      for (const n of all) for (const t of n.types) types.add(t)
      this.typesById.set(node.id, (union = [...types]))
    }
    return union
  }

  /** Some description of the entity has a type of another vocabulary. */
  hasForeignTypes(node: LdNode): boolean {
    // The same descriptions as descriptions(node), without building that list: order does not matter here.
    return node.id === undefined ? node.foreignTypes : this.byId.get(node.id)!.some((n) => n.foreignTypes)
  }

  /** The values of `property` over every description of the entity. */
  values(node: LdNode, property: string): LdValue[] {
    const result: LdValue[] = []
    for (const n of this.descriptions(node)) for (const p of n.properties) if (p.name === property) result.push(...p.values)
    return result
  }

  /** The first `property` entry over every description (for its position). */
  property(node: LdNode, property: string): LdProperty | undefined {
    for (const n of this.descriptions(node)) for (const p of n.properties) if (p.name === property) return p
    return undefined
  }
}

/** Where a node's own findings point: its first @type, else its opening brace. */
export function anchorOf(node: LdNode): Position {
  const first = node.typeNodes[0]
  return positionOf(node.origin, first ?? node.object)
}

function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}

/** Reads one parsed block into `graph`, reporting JSON-LD structure problems. */
export function readBlock(document: DocumentNode, origin: Position, graph: Graph, findings: Findings): void {
  const reader = new BlockReader(origin, graph, findings)
  const body = document.body
  if (body.type === 'Object' || body.type === 'Array') {
    const objects = body.type === 'Object' ? [body] : body.elements.map((e) => e.value)
    for (const value of objects) {
      if (value.type !== 'Object') continue
      if (!hasContext(value)) {
        findings.add(jsonldMissingContext, positionOf(origin, value),
          'No @context: without it nothing here is schema.org. Add "@context": "https://schema.org".')
      }
      reader.readTop(value, EMPTY_CONTEXT)
    }
  } else {
    findings.add(jsonSyntax, positionOf(origin, body), 'A JSON-LD document must be an object or an array of objects.')
  }
}

function hasContext(object: ObjectNode): boolean {
  return object.members.some((m) => keyOf(m) === '@context')
}

class BlockReader {
  constructor(
    private readonly origin: Position,
    private readonly graph: Graph,
    private readonly findings: Findings,
  ) {}

  /** A top-level object or an @graph member: a node, or a graph container. */
  readTop(object: ObjectNode, context: ActiveContext): void {
    this.readNode(object, context, true, undefined)
  }

  private contextOf(object: ObjectNode, context: ActiveContext): ActiveContext {
    for (const member of object.members) {
      if (keyOf(member) !== '@context') continue
      const problems: ContextProblem[] = []
      const result = applyContext(context, member.value, problems)
      for (const problem of problems) this.findings.add(jsonldUnknownContext, positionOf(this.origin, problem.node), problem.message)
      return result
    }
    return context
  }

  private readNode(object: ObjectNode, outer: ActiveContext, topLevel: boolean, parentProperty: string | undefined): LdNode {
    const context = this.contextOf(object, outer)
    const node: LdNode = {
      object, origin: this.origin, context, types: [], typeNodes: [], foreignTypes: false,
      properties: [], topLevel, reference: false, parentProperty,
    }
    let other = 0
    let graphOnly = false
    for (const member of object.members) {
      const key = keyOf(member)
      const term = resolveKey(context, key)
      if (term.kind === 'keyword') {
        this.readKeyword(node, member, term.keyword, context)
        if (term.keyword === '@graph' || term.keyword === '@included') graphOnly = true
        else if (term.keyword !== '@context' && term.keyword !== '@id') other++
        continue
      }
      other++
      const values = this.readValues(member.value, context, term.kind === 'schema' ? term.name : undefined)
      if (term.kind === 'schema') node.properties.push({ name: term.name, key: member.name as StringNode, values })
    }
    node.reference = node.id !== undefined && other === 0 && !graphOnly
    // An object holding only @context / @id and @graph is a graph container, not a node.
    if (!(graphOnly && other === 0)) {
      if (topLevel && node.types.length === 0 && !node.foreignTypes && !node.reference && node.properties.length > 0 && context.vocab === 'schema' && !context.unknown) {
        this.findings.add(jsonldMissingType, positionOf(this.origin, object),
          'This node has no @type, so no schema.org or Google rule applies to it. Add "@type".')
      }
      this.graph.add(node)
    }
    return node
  }

  private readKeyword(node: LdNode, member: MemberNode, keyword: string, context: ActiveContext): void {
    const value = member.value
    switch (keyword) {
      case '@context':
      case '@language':
      case '@index':
      case '@direction':
      case '@reverse':
      case '@nest':
        return
      case '@id':
        if (value.type === 'String') {
          node.id = value.value
          node.idNode = value
        } else this.invalid(value, '@id must be a string (an IRI).')
        return
      case '@type': {
        const list = value.type === 'Array' ? value.elements.map((e) => e.value) : [value]
        for (const item of list) {
          if (item.type !== 'String') {
            this.invalid(item, '@type must be a string or an array of strings.')
            continue
          }
          const term = resolveVocabTerm(context, item.value)
          if (term.kind === 'schema') {
            node.types.push(term.name)
            node.typeNodes.push(item)
          } else node.foreignTypes = true
        }
        return
      }
      case '@graph':
      case '@included': {
        const items = value.type === 'Array' ? value.elements.map((e) => e.value) : [value]
        for (const item of items) {
          if (item.type === 'Object') this.readNode(item, context, true, undefined)
          else this.invalid(item, `${keyword} must hold node objects.`)
        }
        return
      }
      default:
        if (!KEYWORD_SET.has(keyword)) {
          this.findings.add(jsonldUnknownKeyword, positionOf(this.origin, member.name),
            `"${keyword}" is not a JSON-LD keyword, so it is ignored.${hint(keyword, KEYWORDS)}`)
        }
    }
  }

  private invalid(value: ValueNode, message: string): void {
    this.findings.add(jsonldInvalidKeywordValue, positionOf(this.origin, value), message)
  }

  private readValues(value: ValueNode, context: ActiveContext, property: string | undefined, into: LdValue[] = []): LdValue[] {
    switch (value.type) {
      case 'Array':
        for (const element of value.elements) this.readValues(element.value, context, property, into)
        return into
      case 'Object': {
        let valueMember: MemberNode | undefined
        let listMember: MemberNode | undefined
        for (const member of value.members) {
          const key = keyOf(member)
          if (key === '@value') valueMember = member
          else if (key === '@list' || key === '@set') listMember = member
        }
        if (valueMember) into.push({ kind: 'value', node: valueMember.value, object: value })
        else if (listMember) this.readValues(listMember.value, context, property, into)
        else into.push({ kind: 'node', node: this.readNode(value, context, false, property) })
        return into
      }
      case 'Null':
        return into // JSON-LD ignores null values
      default:
        into.push({ kind: 'literal', node: value })
        return into
    }
  }
}
