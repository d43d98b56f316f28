/**
 * An article's own files (JSON-LD, head fragment, page) as `WorkerPool`
 * work: each is a pure function of the article and the config
 * (`renderArticleFile`), so a file rendered on a worker has the bytes of one
 * rendered on the main thread. The build renders on workers only what the
 * cache does not hold.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import type { PlannedArticleFile } from '../plan/plan.js'
import type { PoolTask } from '../util/worker-pool.js'
import { articleValues, renderArticleFile } from './render.js'

/** The files of one article to render. */
export interface ArticleFilesInput {
  article: Article
  kinds: PlannedArticleFile['kind'][]
}

/** The rendered files, by kind. */
export type RenderedArticleFiles = Partial<Record<PlannedArticleFile['kind'], string>>

export const articleFilesTask: PoolTask<ArticleFilesInput, RenderedArticleFiles> = {
  kind: 'article-files',
  run({ article, kinds }, config) {
    // Shared by this article's files only: its graph goes into both its JSON-LD file and its head.
    const values = articleValues(config as ResolvedConfig)
    const files: RenderedArticleFiles = {}
    for (const kind of kinds) files[kind] = renderArticleFile(kind, article, config as ResolvedConfig, values)
    return files
  },
}
