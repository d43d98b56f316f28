/**
 * Where in the sources a fact of the build comes from: an article's
 * frontmatter key, an entry of the authors registry, or a key of the config.
 * Site mode reports findings about what a build would write at these places,
 * since the outputs themselves may not exist on disk. Registry and config are
 * read for key positions only when a finding needs one.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ResolvedConfig } from '../../model/config.js'
import type { Article, Author, Position } from '../../model/types.js'
import { parseYaml, positionOf } from '../../load/yaml.js'

/** What caused a value in an output. */
export type SourceRef =
  /** Frontmatter keys (canonical names), the first one written wins; none or none written: the frontmatter start. `body`: the first body line. */
  | { kind: 'article'; article: Article; keys?: readonly string[] }
  /** An author of the article; `key` is a property of the author entry (`url`, `sameAs`, …). */
  | { kind: 'author'; article: Article; author: Author; key?: string }
  /** Dotted config paths (`site.logo`), the first one written wins; none: the config file's start. */
  | { kind: 'config'; keys?: readonly string[] }

/** A place in a source file: path relative to the site root. */
export interface SourcePlace extends Position {
  file: string
}

const START: Position = { line: 1, column: 1 }

export class SourcePlaces {
  private registry: Map<string, Position> | undefined
  private configKeys: ((key: string) => Position | undefined) | undefined

  constructor(private readonly config: ResolvedConfig) {}

  place(ref: SourceRef): SourcePlace {
    switch (ref.kind) {
      case 'article':
        return { file: ref.article.file, ...this.articleKey(ref.article, ref.keys ?? []) }
      case 'author':
        return this.author(ref.article, ref.author, ref.key)
      case 'config':
        return this.configPlace(ref.keys ?? [])
    }
  }

  private articleKey(article: Article, keys: readonly string[]): Position {
    for (const key of keys) {
      if (key === 'body') return { line: article.bodyLine, column: 1 }
      const at = article.positions[key]
      if (at) return at
    }
    return START
  }

  private author(article: Article, author: Author, key: string | undefined): SourcePlace {
    const registry = this.config.authors
    // Only a registry entry has a place of its own; an author written in the frontmatter is under `authors`.
    if (author.key === undefined || registry === undefined) return { file: article.file, ...this.articleKey(article, ['authors']) }
    const entry = key ? `${author.key}.${key}` : author.key
    if (typeof registry !== 'string') return this.configPlace([`authors.${entry}`, `authors.${author.key}`, 'authors'])
    this.registry ??= readPositions(registry)
    return { file: relative(this.config.root, registry), ...positionOf(this.registry, entry) }
  }

  private configPlace(keys: readonly string[]): SourcePlace {
    const configFile = this.config.configFile
    if (configFile === undefined) return { file: '.', line: 0, column: 0 }
    this.configKeys ??= configKeyFinder(configFile)
    // The first key written, else the nearest written parent of the first one.
    const tried = [...keys, ...ancestors(keys[0])]
    let found: Position | undefined
    for (const key of tried) if ((found = this.configKeys(key))) break
    return { file: relative(this.config.root, configFile), ...(found ?? START) }
  }
}

function ancestors(key: string | undefined): string[] {
  const parts = key?.split('.') ?? []
  return parts.slice(0, -1).map((_, i) => parts.slice(0, parts.length - 1 - i).join('.'))
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function readPositions(file: string): Map<string, Position> {
  try {
    const parsed = parseYaml(readFileSync(file, 'utf8'), file)
    return parsed.ok ? parsed.data.positions : new Map()
  } catch {
    return new Map()
  }
}

/**
 * Key positions of the config file. A JSON config is data, read as YAML for
 * positions (as the loader does). A TypeScript or JavaScript config is code:
 * its keys are found by name, each inside the previous one's lines, which is
 * right for the object literal a config file is.
 */
function configKeyFinder(file: string): (key: string) => Position | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return () => undefined
  }
  if (file.endsWith('.json')) {
    const parsed = parseYaml(text, file)
    const positions = parsed.ok ? parsed.data.positions : new Map<string, Position>()
    return (key) => positions.get(key)
  }
  const lines = text.split('\n')
  return (key) => {
    let from = 0
    let found: Position | undefined
    for (const name of key.split('.')) {
      const pattern = new RegExp(`(^|[\\s{,])(['"]?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\2\\s*:`)
      const index = lines.findIndex((line, i) => i >= from && pattern.test(line))
      if (index === -1) return undefined
      const match = pattern.exec(lines[index]!)!
      found = { line: index + 1, column: match.index + match[1]!.length + 1 }
      from = index + 1
    }
    return found
  }
}
