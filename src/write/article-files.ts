/**
 * An article's own files (JSON-LD, head fragment, page) as `WorkerPool`
 * work: rendered by `renderArticleFile`, a pure function of the article and
 * the config (so a file rendered on a worker has the bytes of one rendered
 * on the main thread), and, where the sink reserved a path for it (a fresh
 * staging folder), created right there: the main thread of a cold build
 * then neither renders nor writes them.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import type { PlannedArticleFile } from '../plan/plan.js'
import type { PoolTask } from '../util/worker-pool.js'
import { articleValues, renderArticleFile } from '../emit/render.js'
import { cannotWrite, createFile } from './create-file.js'

/** One file of the article to render. */
export interface ArticleFileJob {
  kind: PlannedArticleFile['kind']
  /** Its path relative to the output folder (for messages). */
  path: string
  /** Where to create it (reserved by the sink, its folder made); none: only render it. */
  target?: string
}

/** The files of one article to render. */
export interface ArticleFilesInput {
  article: Article
  files: ArticleFileJob[]
  /** Send back what was written, too (the build cache keeps it); what was only rendered always comes back. */
  keep: boolean
}

/** What came back, by kind. */
export type RenderedArticleFiles = Partial<Record<PlannedArticleFile['kind'], string>>

export const articleFilesTask: PoolTask<ArticleFilesInput, RenderedArticleFiles> = {
  kind: 'article-files',
  run({ article, files, keep }, shared) {
    const config = shared as ResolvedConfig
    // Shared by this article's files only: its graph goes into both its JSON-LD file and its head.
    const values = articleValues(config)
    const rendered: RenderedArticleFiles = {}
    for (const { kind, path, target } of files) {
      const content = renderArticleFile(kind, article, config, values)
      if (target !== undefined) {
        try {
          createFile(target, content)
        } catch (error) {
          throw cannotWrite(path, error)
        }
      }
      if (keep || target === undefined) rendered[kind] = content
    }
    return rendered
  },
}
