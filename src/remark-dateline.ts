/**
 * A remark plugin that puts an article's dateline metadata and JSON-LD on
 * `file.data.dateline`, for builds (Astro, Eleventy, Next) that run their own
 * unified pipeline. The frontmatter comes from where the pipeline left it:
 * Astro's `file.data.astro.frontmatter`, `file.data.matter` (vfile-matter), or
 * the file's own text; dates are read from the source file as written.
 *
 * Findings are vfile messages. Astro shows none of them (and caches entries),
 * so inside Astro the `dateline-kit/astro` integration fails the build instead.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { renderHead } from './emit/head.js'
import { articleJsonLd } from './emit/jsonld.js'
import { loadAuthorRegistry } from './load/authors.js'
import { normalizeArticle, type ArticleStatus, type NormalizeResult } from './load/article.js'
import { isObject } from './util/is-object.js'
import { splitFrontmatter } from './load/frontmatter.js'
import { articleFromData } from './load/from-data.js'
import { resolveConfig } from './load/inline-config.js'
import type { DatelineConfig, ResolvedConfig } from './model/config.js'
import type { Article } from './model/types.js'
import { DatelineError } from './util/diagnostic.js'

export interface RemarkDatelineOptions {
  /** The site config, as in `dateline.config.*`. */
  config: DatelineConfig
  /** Site root for relative paths (authors file, content). Default: the working directory. */
  root?: string
  /** "Now" in epoch ms for scheduled articles. Default: the clock. */
  now?: number
}

/** What the plugin puts on `file.data.dateline`. */
export interface DatelineFileData {
  status: ArticleStatus
  article?: Article
  /** The `@graph` document, ready for `JSON.stringify`. */
  jsonLd?: ReturnType<typeof articleJsonLd>
  /** The ready `<head>` fragment. */
  head?: string
}

declare module 'vfile' {
  interface DataMap {
    dateline: DatelineFileData
    /** vfile-matter's parsed frontmatter. */
    matter: Record<string, unknown>
    /** What Astro's markdown pipeline sets. */
    astro: { frontmatter?: Record<string, unknown> }
  }
}

/** Attach dateline's article model, JSON-LD and head fragment to each processed file. */
const remarkDateline: Plugin<[RemarkDatelineOptions], Root> = function (options) {
  const root = path.resolve(options.root ?? '.')
  let resolved: { config: ResolvedConfig; registry: ReturnType<typeof loadAuthorRegistry>['registry'] } | undefined
  const setup = () => {
    if (!resolved) {
      const config = resolveConfig(options.config, { root })
      const { registry, diagnostics } = loadAuthorRegistry(config)
      const problem = diagnostics.find((d) => d.severity === 'error')
      if (problem) throw new DatelineError(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`, 2, diagnostics)
      resolved = { config, registry }
    }
    return resolved
  }
  return (_tree, file: VFile) => {
    const { config, registry } = setup()
    const name = file.path ? path.relative(root, path.resolve(file.cwd, file.path)).split(path.sep).join('/') : 'article.md'
    const result = normalizeFile(file, name, { config, registry, nowMs: options.now ?? Date.now() })
    for (const d of result.diagnostics) {
      const message = file.message(d.message, { line: d.line, column: d.column }, `dateline:${d.rule}`)
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined
    }
    const data: DatelineFileData = { status: result.status }
    if (result.article) {
      data.article = result.article
      data.jsonLd = articleJsonLd(result.article, config)
      data.head = renderHead(result.article, config)
    }
    file.data.dateline = data
  }
}

/** The article of `file`, from the frontmatter the pipeline parsed or from the file's text. */
function normalizeFile(file: VFile, name: string, context: Parameters<typeof normalizeArticle>[2]): NormalizeResult {
  const text = String(file.value)
  const data = [file.data.astro?.frontmatter, file.data.matter].find(isObject)
  if (!data) return normalizeArticle(name, text, context)
  // The pipeline stripped the frontmatter (Astro): the file on disk has it as written.
  const hasOwn = splitFrontmatter(text).frontmatter !== undefined
  const source = hasOwn ? text : readSource(file)
  const body = hasOwn ? undefined : text
  return articleFromData({ data, file: name, ...(source !== undefined ? { source } : {}), ...(body !== undefined ? { body } : {}) }, { config: context.config, registry: context.registry, now: context.nowMs })
}

function readSource(file: VFile): string | undefined {
  if (!file.path) return undefined
  try {
    return readFileSync(path.resolve(file.cwd, file.path), 'utf8')
  } catch {
    return undefined
  }
}

export default remarkDateline
