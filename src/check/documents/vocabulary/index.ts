/**
 * The schema.org vocabulary that `dateline check` validates against, pinned to one release and
 * shipped as compact data (data/schemaorg-<release>.json, built by scripts/build-vocabulary.mjs).
 * Loaded once per process; subclass closures are computed on first use and memoized.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../../../util/package-root.js'

/** Release the checks are pinned to. */
export const SCHEMA_ORG_RELEASE = '30.0'

interface VocabularyData {
  release: string
  classes: Record<string, string[]>
  dataTypes: string[]
  properties: Record<string, [domain: string[], range: string[]]>
  members: Record<string, string[]>
  supersededBy: Record<string, string>
  pending: string[]
  attic: string[]
}

export type TermKind = 'class' | 'property' | 'member'

export class Vocabulary {
  readonly release: string
  private readonly classes: Map<string, readonly string[]>
  private readonly properties: Map<string, { domain: readonly string[]; range: readonly string[] }>
  private readonly members: Map<string, readonly string[]>
  private readonly superseded: Map<string, string>
  private readonly pendingTerms: Set<string>
  private readonly atticTerms: Set<string>
  private readonly dataTypeRoots: Set<string>
  private readonly ancestorCache = new Map<string, ReadonlySet<string>>()

  constructor(data: VocabularyData) {
    this.release = data.release
    this.classes = new Map(Object.entries(data.classes))
    this.properties = new Map(
      Object.entries(data.properties).map(([name, [domain, range]]) => [name, { domain, range }]),
    )
    this.members = new Map(Object.entries(data.members))
    this.superseded = new Map(Object.entries(data.supersededBy))
    this.pendingTerms = new Set(data.pending)
    this.atticTerms = new Set(data.attic)
    this.dataTypeRoots = new Set(data.dataTypes)
  }

  isClass(name: string): boolean {
    return this.classes.has(name)
  }

  isProperty(name: string): boolean {
    return this.properties.has(name)
  }

  /** An enumeration member (e.g. `InStock`) or `True` / `False`. */
  isMember(name: string): boolean {
    return this.members.has(name)
  }

  /** The enumerations (or `Boolean`) a member belongs to. */
  memberOf(name: string): readonly string[] {
    return this.members.get(name) ?? []
  }

  /** `cls` and all its superclasses (empty for an unknown class). */
  ancestors(cls: string): ReadonlySet<string> {
    let cached = this.ancestorCache.get(cls)
    if (cached) return cached
    const result = new Set<string>()
    const stack = [cls]
    while (stack.length > 0) {
      const current = stack.pop()!
      if (result.has(current)) continue
      const parents = this.classes.get(current)
      if (!parents) continue
      result.add(current)
      for (const parent of parents) stack.push(parent)
    }
    cached = result
    this.ancestorCache.set(cls, cached)
    return cached
  }

  isSubclassOf(cls: string, ancestor: string): boolean {
    return this.ancestors(cls).has(ancestor)
  }

  /** A data type (Text, URL, Number, Integer, Date, DateTime, Time, Boolean, Quantity, Distance, …). */
  isDataType(cls: string): boolean {
    for (const a of this.ancestors(cls)) if (this.dataTypeRoots.has(a)) return true
    return false
  }

  /** `schema:domainIncludes` (empty when the vocabulary gives none). */
  domain(property: string): readonly string[] {
    return this.properties.get(property)?.domain ?? []
  }

  /** `schema:rangeIncludes`. */
  range(property: string): readonly string[] {
    return this.properties.get(property)?.range ?? []
  }

  supersededBy(term: string): string | undefined {
    return this.superseded.get(term)
  }

  isPending(term: string): boolean {
    return this.pendingTerms.has(term)
  }

  /** Retired: moved to the attic layer. */
  isAttic(term: string): boolean {
    return this.atticTerms.has(term)
  }

  classNames(): Iterable<string> {
    return this.classes.keys()
  }

  propertyNames(): Iterable<string> {
    return this.properties.keys()
  }
}

let shared: Vocabulary | undefined

/** The shipped vocabulary (read and parsed once per process). */
export function loadVocabulary(): Vocabulary {
  if (!shared) {
    const file = path.join(packageRoot(), 'data', `schemaorg-${SCHEMA_ORG_RELEASE}.json`)
    shared = new Vocabulary(JSON.parse(readFileSync(file, 'utf8')) as VocabularyData)
  }
  return shared
}
