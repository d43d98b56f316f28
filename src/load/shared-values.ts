/**
 * One copy of the values many articles of a site repeat. Each article comes
 * back from a worker thread (structured clone) or from the build cache (JSON)
 * with its own copies of its authors, of its frontmatter positions (the same
 * in every file written by one template) and of short strings such as its
 * language, type, section and tags. At 100,000 articles those copies were a
 * good part of what the build holds from load to the last file written (and
 * V8 lets a heap grow to a multiple of what it holds), so the loader swaps
 * them for one shared copy each. Only equal values are shared, so nothing a
 * renderer reads changes.
 */
import type { Article, Author, Position } from '../model/types.js'

/** Longest string worth looking up: the repeated ones (language, type, section, tag) are short; titles and URLs are not repeated. */
const MAX_SHARED_STRING = 64

/** The shared copies of one load. */
export class SharedValues {
  private readonly strings = new Map<string, string>()
  /** Authors by id: usually one, several when articles describe one id differently. */
  private readonly authors = new Map<string, Author[]>()
  private readonly positions = new Map<string, Readonly<Record<string, Position>>>()
  private readonly tagLists = new Map<string, readonly string[]>()
  private lastPositions: Readonly<Record<string, Position>> | undefined

  /**
   * Replace `article`'s repeated values by the shared copies, in place: the
   * build cache knows the article by this very object, and a property set
   * to a value of the same kind keeps the object's shape.
   */
  share(article: Article): void {
    const mutable = article as { -readonly [K in keyof Article]: Article[K] }
    mutable.type = this.string(article.type)
    mutable.lang = this.string(article.lang)
    if (article.section !== undefined) mutable.section = this.string(article.section)
    if (article.tags.length) mutable.tags = this.tags(article.tags)
    if (article.authors.length) mutable.authors = article.authors.map((author) => this.author(author))
    mutable.positions = this.positionsOf(article.positions)
  }

  private string<T extends string>(value: T): T {
    if (value.length > MAX_SHARED_STRING) return value
    const known = this.strings.get(value)
    if (known !== undefined) return known as T
    this.strings.set(value, value)
    return value
  }

  private tags(tags: readonly string[]): readonly string[] {
    const key = JSON.stringify(tags)
    const known = this.tagLists.get(key)
    if (known) return known
    const shared = tags.map((tag) => this.string(tag))
    this.tagLists.set(key, shared)
    return shared
  }

  private author(author: Author): Author {
    // Looked up by id, then compared field by field (in order, so the shared copy serializes the same): no JSON per author.
    const known = this.authors.get(author.id)
    if (known) {
      for (const candidate of known) if (sameFields(candidate, author)) return candidate
      known.push(author)
    } else this.authors.set(author.id, [author])
    return author
  }

  private positionsOf(positions: Readonly<Record<string, Position>>): Readonly<Record<string, Position>> {
    // Articles written from one template follow each other: try the last one first.
    if (this.lastPositions && samePositions(this.lastPositions, positions)) return this.lastPositions
    const key = JSON.stringify(positions)
    let known = this.positions.get(key)
    if (!known) this.positions.set(key, (known = positions))
    this.lastPositions = known
    return known
  }
}

/** Whether two authors have the same fields in the same order, with equal values (`sameAs` element by element). */
function sameFields(a: Author, b: Author): boolean {
  const keys = Object.keys(a)
  const others = Object.keys(b)
  if (keys.length !== others.length) return false
  for (const [i, key] of keys.entries()) {
    if (others[i] !== key) return false
    const x = (a as unknown as Record<string, unknown>)[key]
    const y = (b as unknown as Record<string, unknown>)[key]
    if (x === y) continue
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((value, j) => value !== y[j])) return false
  }
  return true
}

/** Whether two position records name the same keys in the same order at the same places. */
function samePositions(a: Readonly<Record<string, Position>>, b: Readonly<Record<string, Position>>): boolean {
  const keys = Object.keys(a)
  const others = Object.keys(b)
  if (keys.length !== others.length) return false
  for (const [i, key] of keys.entries()) {
    if (others[i] !== key) return false
    const x = a[key]!
    const y = b[key]!
    if (x.line !== y.line || x.column !== y.column || Object.keys(x).length !== 2 || Object.keys(y).length !== 2) return false
  }
  return true
}
