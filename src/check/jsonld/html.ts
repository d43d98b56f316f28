/**
 * Finding the JSON-LD in an HTML page: every `<script type="application/ld+json">` block with
 * the position of its text in the page, and the script elements whose type only looks like it.
 * Uses parse5's tokenizer (not the tree builder): the same tokenization browsers do, at a third
 * of the cost of a full parse with locations, which matters for thousands of pages.
 */
import { parse, Tokenizer, TokenizerMode, type TokenHandler, type DefaultTreeAdapterTypes } from 'parse5'

/** One `<script>` element's text and where that text starts in the page. */
export interface ScriptBlock {
  /** The raw text between `<script …>` and `</script>` (entities are not decoded in scripts). */
  text: string
  /** 1-based line and column of the first character of `text` in the page. */
  line: number
  column: number
  /** The `type` attribute as written. */
  type: string
  /** Where the `type` attribute is (the start tag when absent). */
  typeLine: number
  typeColumn: number
}

export interface ExtractedScripts {
  /** Blocks whose type is `application/ld+json`, in document order. */
  jsonLd: ScriptBlock[]
  /** Blocks whose type looks like JSON-LD but is not (search engines ignore them). */
  lookalikes: ScriptBlock[]
}

const RAWTEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const RCDATA = new Set(['title', 'textarea'])

/** `application/ld+json`, any case, surrounding whitespace and parameters allowed. */
export function isJsonLdType(type: string): boolean {
  const essence = type.split(';', 1)[0]!.trim().toLowerCase()
  return essence === 'application/ld+json'
}

/** Types people write when they mean `application/ld+json`. */
export function isLookalikeType(type: string, text: string): boolean {
  const t = type.toLowerCase().replace(/\s+/g, '')
  if (isJsonLdType(type)) return false
  if (/(^|[/+._-])ld[+._-]?json|json[+._-]?ld($|[;+._-])/.test(t)) return true
  // Plain JSON carrying a JSON-LD document: looks right, but search engines skip it.
  return (t === 'application/json' || t === 'text/json') && text.includes('"@context"')
}

/** Every script block in `html`, split into JSON-LD and look-alikes. */
export function extractScripts(html: string): ExtractedScripts {
  const jsonLd: ScriptBlock[] = []
  const lookalikes: ScriptBlock[] = []
  let foreignDepth = 0
  let open:
    | { type: string; typeLine: number; typeColumn: number; start: number; line: number; column: number }
    | undefined

  const close = (end: number): void => {
    if (!open) return
    const block: ScriptBlock = {
      text: html.slice(open.start, end),
      line: open.line,
      column: open.column,
      type: open.type,
      typeLine: open.typeLine,
      typeColumn: open.typeColumn,
    }
    open = undefined
    if (isJsonLdType(block.type)) jsonLd.push(block)
    else if (isLookalikeType(block.type, block.text)) lookalikes.push(block)
  }

  const handler: TokenHandler = {
    onStartTag(token) {
      const name = token.tagName
      if (name === 'svg' || name === 'math') {
        if (!token.selfClosing) foreignDepth++
        tokenizer.inForeignNode = foreignDepth > 0
        return
      }
      if (foreignDepth > 0) return
      if (name === 'script') {
        tokenizer.state = TokenizerMode.SCRIPT_DATA
        const location = token.location!
        const typeAttr = token.attrs.find((a) => a.name === 'type')
        const typeLocation = location.attrs?.['type'] ?? location
        open = {
          type: typeAttr?.value ?? '',
          typeLine: typeLocation.startLine,
          typeColumn: typeLocation.startCol,
          start: location.endOffset,
          line: location.endLine,
          column: location.endCol,
        }
      } else if (RAWTEXT.has(name)) tokenizer.state = TokenizerMode.RAWTEXT
      else if (RCDATA.has(name)) tokenizer.state = TokenizerMode.RCDATA
      else if (name === 'plaintext') tokenizer.state = TokenizerMode.PLAINTEXT
    },
    onEndTag(token) {
      const name = token.tagName
      if ((name === 'svg' || name === 'math') && foreignDepth > 0) {
        foreignDepth--
        tokenizer.inForeignNode = foreignDepth > 0
      } else if (name === 'script' && open) close(token.location!.startOffset)
    },
    onEof() {
      close(html.length)
    },
    onComment() {},
    onDoctype() {},
    onCharacter() {},
    onNullCharacter() {},
    onWhitespaceCharacter() {},
  }
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler)
  tokenizer.write(html, true)
  return { jsonLd, lookalikes }
}

/** An element carrying a given class, and whether it sits inside another such element. */
export interface ClassedElement {
  line: number
  column: number
  /** Inside another element with one of the classes asked about. */
  nested: boolean
}

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/**
 * Elements of the page that carry any of `classNames`, in document order. Parses the whole page
 * (with locations) — call it only when a check needs the DOM, e.g. paywall markup.
 */
export function elementsWithClasses(html: string, classNames: readonly string[]): Map<string, ClassedElement[]> {
  const found = new Map<string, ClassedElement[]>(classNames.map((c) => [c, []]))
  const wanted = new Set(classNames)
  const document = parse(html, { sourceCodeLocationInfo: true })
  const visit = (node: ParentNode, insideDepth: number): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      const element = child as Element
      const classAttr = element.attrs.find((a) => a.name === 'class')?.value
      let matched = false
      if (classAttr) {
        for (const cls of classAttr.split(/[\t\n\f\r ]+/)) {
          if (!wanted.has(cls)) continue
          const location = element.sourceCodeLocation
          found.get(cls)!.push({ line: location?.startLine ?? 0, column: location?.startCol ?? 0, nested: insideDepth > 0 })
          matched = true
        }
      }
      const content = element.tagName === 'template' ? (element as DefaultTreeAdapterTypes.Template).content : element
      visit(content, insideDepth + (matched ? 1 : 0))
    }
  }
  visit(document, 0)
  return found
}
