/**
 * The JSON-LD half of `dateline check`: a .jsonld / .json document or every JSON-LD block of an
 * HTML page, through four layers — JSON syntax, JSON-LD structure, the schema.org vocabulary
 * (release 30.0, offline) and Google's Article rules (plus dateline's own policy on request).
 */
import { createHash } from 'node:crypto'
import type { Diagnostic } from '../../../util/diagnostic.js'
import { loadVocabulary } from '../vocabulary/index.js'
import { GoogleChecker, type Policy } from './google.js'
import { extractEmbeddedItems } from './microdata.js'
import { Graph, readBlock } from './graph.js'
import { elementsWithClasses, extractScripts, type ClassedElement } from './html.js'
import { parseJsonStrict, tooDeep } from './json.js'
import { Findings } from '../findings.js'
import type { ParsedDocument } from '../parsed.js'
import { SchemaChecker } from './schema.js'
import type { Position } from '../../../model/types.js'
import { positionIn } from '../position.js'
import { jsonSyntax } from '../../../util/json-rules.js'
import { htmlScriptType } from './rules.js'

export { JSONLD_RULES } from './rules.js'
export { extractEmbeddedItems, type EmbeddedItem } from './microdata.js'
export { extractScripts, isJsonLdType, type ScriptBlock, type ExtractedScripts } from './html.js'
export type { Policy } from './google.js'

export interface CheckJsonLdOptions {
  /**
   * `google` (default): schema.org and Google's documented Article rules.
   * `dateline`: also dateline's stricter policy for its own output (headline, zoned
   * datePublished, author objects, absolute image URLs), as errors.
   */
  policy?: Policy
  /** "Now" in epoch ms: dates more than a day after it are implausible. Left out, only the before-1990 bound applies. */
  now?: number
}

/** One block of JSON-LD text and where it starts in its file. */
export interface JsonLdSource {
  text: string
  /** 1-based position of the first character of `text` in the file. */
  line: number
  column: number
}

/**
 * Checks JSON-LD blocks that belong together (one file, or the blocks of one page: `@id`
 * references resolve across them). `html` is the page, when there is one, for checks that
 * look at the markup (paywalled sections).
 */
export function checkJsonLdSources(sources: readonly JsonLdSource[], file: string, options: CheckJsonLdOptions = {}, html?: string, parsed?: ParsedDocument): Diagnostic[] {
  const findings = new Findings(file)
  checkInto(findings, sources, options, html, undefined, parsed)
  return findings.sorted()
}

/**
 * Findings of pages' single JSON-LD blocks already checked, by text and
 * options, with positions relative to the block. Sites repeat blocks (a
 * build's head fragment is the head of its page; an Organization block on
 * every page): each is checked once. A block whose check looked at the page
 * (paywalled sections) is not kept, since its findings depend on the page.
 */
const checkedBlocks = new Map<string, readonly Diagnostic[]>()
/** Entries kept before the cache starts over: a few MB of hashes and findings. */
const CHECKED_BLOCKS_MAX = 50_000

function checkBlockOnce(findings: Findings, block: JsonLdSource, options: CheckJsonLdOptions, html: string, parsed: ParsedDocument | undefined): void {
  const key = `${options.policy ?? 'google'}\0${options.now ?? ''}\0${createHash('sha1').update(block.text).digest('base64')}`
  let found = checkedBlocks.get(key)
  if (!found) {
    const local = new Findings(findings.file)
    let readPage = false
    checkInto(local, [{ text: block.text, line: 1, column: 1 }], options, html, () => (readPage = true), parsed)
    // Findings about the page's own elements are placed in the page, not the block: checked again in place.
    if (readPage) return checkInto(findings, [block], options, html, undefined, parsed)
    found = local.diagnostics
    if (checkedBlocks.size >= CHECKED_BLOCKS_MAX) checkedBlocks.clear()
    checkedBlocks.set(key, found)
  }
  for (const d of found) findings.diagnostics.push({ ...d, file: findings.file, ...positionIn(block, d) })
}

function checkInto(findings: Findings, sources: readonly JsonLdSource[], options: CheckJsonLdOptions, html: string | undefined, onReadPage?: () => void, parsed?: ParsedDocument): void {
  const graph = new Graph()
  for (const source of sources) {
    const origin: Position = { line: source.line, column: source.column }
    const document = parseJsonStrict(source.text, origin, findings, parsed)
    if (!document) continue
    try {
      readBlock(document, origin, graph, findings)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      findings.add(jsonSyntax, origin, tooDeep)
    }
  }
  if (graph.nodes.length === 0) return
  const vocabulary = loadVocabulary()
  new SchemaChecker(vocabulary, graph, findings).run()
  let classCache: Map<string, ClassedElement[]> | undefined
  new GoogleChecker(vocabulary, graph, findings, {
    policy: options.policy ?? 'google',
    ...(options.now !== undefined ? { now: options.now } : {}),
    // Only a whole page can show where its paywalled sections are; a head fragment cannot.
    elementsWithClasses:
      html === undefined || !/<body[\s>]/i.test(html)
        ? undefined
        : (classNames) => {
            onReadPage?.()
            // One parse per page, for all the classes asked about.
            if (!classCache || classNames.some((c) => !classCache!.has(c))) classCache = elementsWithClasses(html, classNames)
            return classCache
          },
  }).run()
}

/** Checks a .jsonld / .json file's text (its parses shared through `parsed`, when given). */
export function checkJsonLdText(text: string, file: string, options: CheckJsonLdOptions = {}, parsed?: ParsedDocument): Diagnostic[] {
  return checkJsonLdSources([{ text, line: 1, column: 1 }], file, options, undefined, parsed)
}

/** Checks every `<script type="application/ld+json">` block of an HTML page, and flags look-alike script types. */
export function checkHtml(html: string, file: string, options: CheckJsonLdOptions = {}, parsed?: ParsedDocument): Diagnostic[] {
  const { jsonLd, lookalikes } = parsed ? parsed.scripts() : extractScripts(html)
  const findings = new Findings(file)
  for (const block of lookalikes) {
    findings.add(htmlScriptType, { line: block.typeLine, column: block.typeColumn },
      `<script type="${block.type}"> looks like JSON-LD but search engines only read type="application/ld+json"; this block is ignored.`)
  }
  if (jsonLd.length === 1) checkBlockOnce(findings, jsonLd[0]!, options, html, parsed)
  else checkInto(findings, jsonLd, options, html, undefined, parsed)
  // Microdata and RDFa: the same rules on the JSON-LD they amount to, each finding moved to the element it is about.
  for (const item of extractEmbeddedItems(html)) {
    for (const d of checkJsonLdSources([{ text: item.json, line: 1, column: 1 }], file, options)) {
      const at = item.lines[d.line - 1] ?? item.lines[0]!
      findings.diagnostics.push({ ...d, line: at.line, column: at.column, message: `${item.syntax === 'rdfa' ? 'RDFa' : 'Microdata'}: ${d.message}` })
    }
  }
  return findings.sorted()
}
