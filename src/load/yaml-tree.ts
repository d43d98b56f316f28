/**
 * One walk over a parsed YAML tree that records where each key path starts
 * and stops at the first thing dateline does not read: a map or list nested
 * past `MAX_NESTING_DEPTH`, a key given twice, or a tag for a value that is
 * not text, a number, a boolean, a list or a map (`!!binary`, `!!timestamp`,
 * `!!set`, …), which would otherwise reach the fields as a byte array or a
 * `Date` and be reported as "got a map".
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml'
import type { Position } from '../model/types.js'
import { MAX_NESTING_DEPTH } from '../util/limits.js'
import { type RuleMeta } from '../util/rule.js'
import { yamlDuplicateKey, yamlSyntax, yamlUnsupportedTag } from './source-rules.js'

/** What stopped the walk, with where. */
export interface YamlTreeProblem {
  at: Position
  message: string
  rule: RuleMeta
}

// The YAML 1.2 core schema's tags: the values dateline reads.
const CORE = 'tag:yaml.org,2002:'
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => CORE + name))

/**
 * Record positions of every key path (dot-joined; `path#value` for the value)
 * into `into`; the first problem found, if any.
 */
export function walkYamlTree(root: unknown, into: Map<string, Position>, position: (offset: number) => Position): YamlTreeProblem | undefined {
  const start = (node: unknown): Position | undefined => {
    const range = (node as Node | null)?.range
    return range ? position(range[0]) : undefined
  }
  // `keyAt`: where the key of a map value is, which is where a finding about the value points.
  const walk = (node: unknown, path: string, depth: number, keyAt?: Position): YamlTreeProblem | undefined => {
    const tagProblem = unsupportedTag(node, path, keyAt ?? start(node))
    if (tagProblem) return tagProblem
    if (!isMap(node) && !isSeq(node)) return undefined
    if (depth > MAX_NESTING_DEPTH) {
      const top = path.split('.')[0]
      return { at: start(node) ?? position(0), message: `${top ? `${top}: ` : ''}lists and maps are nested deeper than ${MAX_NESTING_DEPTH} levels here; flatten the data`, rule: yamlSyntax }
    }
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const childPath = `${path}.${index}`
        const where = start(item)
        if (where) into.set(childPath, where)
        const problem = walk(item, childPath, depth + 1)
        if (problem) return problem
      }
      return undefined
    }
    const seen = new Map<string, Position | undefined>()
    for (const pair of node.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const childPath = path ? `${path}.${key}` : key
      const where = start(pair.key)
      if (seen.has(key)) {
        const first = seen.get(key)
        return { at: where ?? position(0), message: `"${childPath}" is given twice${first ? ` (first on line ${first.line})` : ''}; keep one`, rule: yamlDuplicateKey }
      }
      seen.set(key, where)
      if (where) into.set(childPath, where)
      const valueAt = start(pair.value)
      if (valueAt) into.set(`${childPath}#value`, valueAt)
      const problem = unsupportedTag(pair.key, childPath, where) ?? walk(pair.value, childPath, depth + 1, where)
      if (problem) return problem
    }
    return undefined
  }
  return walk(root, '', 1)
}

function unsupportedTag(node: unknown, path: string, at: Position | undefined): YamlTreeProblem | undefined {
  const tag = (node as Node | null)?.tag
  if (!tag || !tag.startsWith(CORE) || CORE_TAGS.has(tag)) return undefined
  const name = tag.slice(CORE.length)
  const what = name === 'binary' ? 'a binary value (!!binary, base64 bytes)' : `a !!${name} value`
  return {
    at: at ?? { line: 1, column: 1 },
    message: `${path || 'the YAML'}: ${what} is not supported; dateline reads text, numbers, booleans, lists and maps: remove the tag${name === 'timestamp' ? ' (dates are plain text, e.g. 2023-10-11T09:30:00)' : ''}`,
    rule: yamlUnsupportedTag,
  }
}
