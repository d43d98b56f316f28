/**
 * CommonMark + GFM parsers that leave out the GFM work a text cannot need.
 * micromark tries every construct wherever it may start, and two GFM ones
 * are tried almost everywhere: the email autolink literal at the start of
 * every word, the table at the start of every paragraph. On news bodies that
 * is ~40% of parsing. Each can only match around a character a text often
 * lacks, so a cheap scan of the text says when it cannot match, and the
 * parser without it gives the same tree. Likewise the autolink literal pass
 * over the finished tree (four regexps, each a walk over every text node)
 * runs only when some text holds what its patterns start with. A test
 * compares the trees, positions included, with remark-gfm's on generated
 * markdown.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'

/** A GFM micromark construct that can be left out, and whether a text could hold it. */
interface OptionalConstruct {
  /** The construct's `name` in micromark's extension tables. */
  name: string
  couldHold(markdown: string): boolean
}

const OPTIONAL: readonly OptionalConstruct[] = [
  // `a@b.co`: the literal `@` is what it consumes after the local part (an `&#64;` reference is not).
  { name: 'emailAutolink', couldHold: (markdown) => markdown.includes('@') },
  // A table needs a delimiter row holding a `|`, or, with one column and no pipe, a colon against a dash (`:-`, `-:`).
  { name: 'table', couldHold: (markdown) => markdown.includes('|') || markdown.includes(':-') || markdown.includes('-:') },
]

/** A micromark syntax extension as far as pruning reads it: tables from a character code to constructs. */
type SyntaxExtension = Record<string, unknown>
type ConstructTable = Record<string, { name?: string } | Array<{ name?: string }>>

/** `extension` without the constructs named in `left`. */
function withoutConstructs(extension: SyntaxExtension, left: ReadonlySet<string>): SyntaxExtension {
  const pruned: SyntaxExtension = { ...extension }
  for (const field of ['flow', 'text'] as const) {
    const table = extension[field] as ConstructTable | undefined
    if (!table) continue
    const kept: ConstructTable = {}
    for (const [code, constructs] of Object.entries(table)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]).filter((construct) => !left.has(construct.name ?? ''))
      if (list.length > 0) kept[code] = list
    }
    pruned[field] = kept
  }
  return pruned
}

type TreeTransform = (tree: Root) => Root | undefined | void
/** An mdast-util-from-markdown extension (or a list of them) as far as guarding reads it. */
type FromMarkdownExtension = { transforms?: TreeTransform[] } | FromMarkdownExtension[]

/** What each pattern of the autolink literal pass starts with: `http://`, `https://`, `www.` (any case), or the `@` of an address. */
const AUTOLINK_START = /https?:\/\/|www\.|@/i

/** Whether any text node in `node` holds the start of a literal autolink. */
function mayHoldAutolink(node: { type: string; value?: unknown; children?: unknown[] }): boolean {
  if (node.type === 'text') return AUTOLINK_START.test(node.value as string)
  return node.children?.some((child) => mayHoldAutolink(child as typeof node)) ?? false
}

/** `extension` with the autolink literal pass run only on trees that may need it. */
function guardAutolinkPass(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (Array.isArray(extension)) return extension.map(guardAutolinkPass)
  if (!extension.transforms) return extension
  const transforms = extension.transforms.map((transform): TreeTransform =>
    transform.name === 'transformGfmAutolinkLiterals' ? (tree) => (mayHoldAutolink(tree) ? transform(tree) : tree) : transform,
  )
  return { ...extension, transforms }
}

/** remark-gfm without the constructs named in `left`. */
function gfmWithout(this: Processor, left: ReadonlySet<string>): void {
  remarkGfm.call(this as never)
  const data = this.data()
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => withoutConstructs(extension as SyntaxExtension, left) as never)
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) => guardAutolinkPass(extension as FromMarkdownExtension) as never)
}

function createParser(left: ReadonlySet<string>) {
  return unified().use(remarkParse).use(gfmWithout, left).freeze()
}

/** One parser per set of constructs left out (at most four), made when first needed. */
const parsers = new Map<string, ReturnType<typeof createParser>>()

/** Parse `markdown` to mdast (CommonMark + GFM), skipping the GFM constructs it cannot hold. */
export function parseGfm(markdown: string): Root {
  const left = OPTIONAL.filter((construct) => !construct.couldHold(markdown)).map((construct) => construct.name)
  const key = left.join(' ')
  let parser = parsers.get(key)
  if (!parser) parsers.set(key, (parser = createParser(new Set(left))))
  return parser.runSync(parser.parse(markdown)) as Root
}
