/**
 * Test oracle: script blocks found with parse5's own tokenizer (switching it to the raw-text
 * states the way the tree builder does). The fast scanner in src/check/jsonld/html.ts must agree.
 */
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5'
import { isJsonLdType, isLookalikeType, type ExtractedScripts, type ScriptBlock } from '../../src/check/documents/jsonld/html.js'

const RAWTEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const RCDATA = new Set(['title', 'textarea'])

export function referenceExtract(html: string): ExtractedScripts {
  const jsonLd: ScriptBlock[] = []
  const lookalikes: ScriptBlock[] = []
  let foreignDepth = 0
  let open: Omit<ScriptBlock, 'text'> & { start: number } | undefined
  const close = (end: number): void => {
    if (!open) return
    const { start, ...rest } = open
    const block: ScriptBlock = { text: html.slice(start, end), ...rest }
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
        const typeLocation = location.attrs?.['type'] ?? location
        open = {
          type: token.attrs.find((a) => a.name === 'type')?.value ?? '',
          typeLine: typeLocation.startLine, typeColumn: typeLocation.startCol,
          start: location.endOffset, line: location.endLine, column: location.endCol,
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
