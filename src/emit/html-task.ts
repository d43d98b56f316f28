/**
 * Page bodies as `WorkerPool` work: markdown to HTML is a pure function of
 * the article and the options, so a body rendered on a worker has the bytes
 * of one rendered on the main thread.
 */
import type { PoolTask } from '../util/worker-pool.js'
import type { Article } from '../model/types.js'
import { articleHtml, type ArticleHtmlOptions } from './html.js'

export const htmlTask: PoolTask<Article, string> = {
  kind: 'html',
  run: (article, options) => articleHtml(article, options as ArticleHtmlOptions),
}
