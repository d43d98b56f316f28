/**
 * An article's markdown body, read from its source file when an output asks
 * for it instead of being held from load to the end of the build: a site's
 * bodies are most of its size (100k articles: ~1 GB as JS strings), and each
 * is needed by a few outputs of one article only, rendered one after another.
 * The file must still be what was loaded (its `contentHash`); a file edited
 * during the build stops it with a message rather than mixing two versions.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Article } from '../model/types.js'
import { DatelineError } from '../util/diagnostic.js'
import { splitFrontmatter } from './frontmatter.js'

/** Where an article's body is read from (a symbol: JSON, `structuredClone` and `Object.keys` leave it out). */
const SOURCE_FILE = Symbol('dateline.sourceFile')

type FileArticle = Pick<Article, 'file' | 'contentHash'> & { [SOURCE_FILE]: string }

// One getter for every article: V8 keeps objects that share an accessor on one fast shape, and
// gives each object with an accessor of its own a slow dictionary (~1.6 KB more per article).
const BODY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: FileArticle) {
    return readBody(this[SOURCE_FILE], this)
  },
}

/**
 * `article` with a `body` read from `absolute` (the file it was loaded from)
 * each time it is asked for. The same object when it has no body yet (a cached
 * article), else a copy without it: replacing a property in place would also
 * make the object a dictionary.
 */
export function bodyFromFile(article: Article | Omit<Article, 'body'>, absolute: string): Article {
  let target: Omit<Article, 'body'>
  if (Object.hasOwn(article, 'body')) target = withoutBody(article as Article)
  else target = article
  Object.defineProperty(target, SOURCE_FILE, { value: absolute, writable: true, configurable: true })
  return Object.defineProperty(target, 'body', BODY) as Article
}

/** Whether `article.body` is read from its file (such a body is not worth storing elsewhere). */
export function hasBodyFromFile(article: Article): boolean {
  return typeof Object.getOwnPropertyDescriptor(article, 'body')?.get === 'function'
}

function readBody(absolute: string, article: Pick<Article, 'file' | 'contentHash'>): string {
  let text: string
  try {
    text = readFileSync(absolute).toString('utf8')
  } catch (error) {
    throw new DatelineError(`${article.file}: could not be read again during the build (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was written`, 1)
  }
  if (createHash('sha256').update(text).digest('hex') !== article.contentHash) {
    throw new DatelineError(`${article.file}: changed on disk during the build; nothing was written, build again`, 1)
  }
  return splitFrontmatter(text).body
}

/**
 * `article` without its `body`, copied key by key: a rest copy
 * (`{ body, ...rest }`), like `JSON.stringify`, calls the getter, which reads
 * and hashes the file.
 */
export function withoutBody(article: Article): Omit<Article, 'body'> {
  const rest: Record<string, unknown> = {}
  for (const key of Object.keys(article)) if (key !== 'body') rest[key] = article[key as keyof Article]
  return rest as Omit<Article, 'body'>
}

/** An article as a worker gets it: without a body read from its file (the worker reads it there), else whole. */
export interface ArticleMessage {
  article: Article | Omit<Article, 'body'>
  source?: string
}

/** `article` ready for `postMessage`; the worker reads a body from the file itself, so this thread does not. */
export function articleMessage(article: Article): ArticleMessage {
  const source = (article as Partial<FileArticle>)[SOURCE_FILE]
  if (source === undefined || !hasBodyFromFile(article)) return { article }
  return { article: withoutBody(article), source }
}

/** The article of an `ArticleMessage`, its body read from the same file with the same checks. */
export function articleFromMessage(message: ArticleMessage): Article {
  return message.source === undefined ? (message.article as Article) : bodyFromFile(message.article, message.source)
}
