/**
 * One document's parses, made once and shared: site mode checks each output
 * with the document rules, cross-checks it and maps its findings to their
 * sources, and each of the three reads the same script blocks and JSON
 * values. The JSON tree (with positions) is built only when asked for.
 */
import type { DocumentNode } from '@humanwhocodes/momoa'
import { extractScripts, type ExtractedScripts } from './jsonld/html.js'
import { jsonTree } from './jsonld/json-tree.js'

/** Valid JSON text, parsed: its value, and its tree when a reader asks for positions. */
export class ParsedJson {
  private tree: DocumentNode | undefined
  constructor(
    /** The text without a byte order mark. */
    readonly source: string,
    readonly value: unknown,
  ) {}

  get document(): DocumentNode {
    return (this.tree ??= jsonTree(this.source))
  }
}

export class ParsedDocument {
  private scriptsOnce: ExtractedScripts | undefined
  private readonly json = new Map<string, ParsedJson | null>()

  constructor(readonly text: string) {}

  /** The page's script blocks (HTML). */
  scripts(): ExtractedScripts {
    return (this.scriptsOnce ??= extractScripts(this.text))
  }

  /** `text` (the document, or one of its script blocks) as JSON, parsed once; null when it is not valid JSON. */
  jsonOf(text: string = this.text): ParsedJson | null {
    let parsed = this.json.get(text)
    if (parsed === undefined) {
      parsed = parseJson(text)
      this.json.set(text, parsed)
    }
    return parsed
  }
}

/** `text` as JSON (a byte order mark skipped, as editors do), or null when `JSON.parse` refuses it. */
export function parseJson(text: string): ParsedJson | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return new ParsedJson(source, JSON.parse(source))
  } catch {
    return null
  }
}
