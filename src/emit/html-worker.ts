/** A worker thread that renders article bodies to HTML for `HtmlPool` (messages in, HTML out). */
import { parentPort } from 'node:worker_threads'
import type { Article } from '../model/types.js'
import { articleHtml, type ArticleHtmlOptions } from './html.js'

parentPort?.on('message', ({ id, article, options }: { id: number; article: Article; options: ArticleHtmlOptions }) => {
  try {
    parentPort!.postMessage({ id, html: articleHtml(article, options) })
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message })
  }
})
