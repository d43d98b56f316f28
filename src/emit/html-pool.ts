/**
 * Article bodies rendered to HTML on worker threads, a window ahead of the
 * build, so a cold build with pages uses every core. Markdown to HTML is a
 * pure function of the article, so where it runs changes nothing in the
 * bytes; the build still writes every file in plan order.
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Article } from '../model/types.js'
import type { ArticleHtmlOptions } from './html.js'

/** Below this many bodies, starting workers costs more than it saves. */
const MIN_BODIES = 200
/** Bodies in flight per worker: enough to keep it busy, few enough to hold little memory. */
const WINDOW_PER_WORKER = 8

/**
 * How many workers: `DATELINE_WORKERS` when set (0 = none), else one fewer
 * than the cores (the main thread keeps writing JSON-LD, heads and pages),
 * at most 4, and none for fewer than `MIN_BODIES` bodies.
 */
function workerCount(bodies: number): number {
  const forced = process.env.DATELINE_WORKERS
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16)
  const cores = availableParallelism()
  return bodies < MIN_BODIES || cores < 2 ? 0 : Math.min(cores - 1, 4)
}

export class HtmlPool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>()
  private readonly ahead = new Map<Article, Promise<string>>()
  private nextId = 0
  private nextArticle = 0
  private turn = 0

  /**
   * A pool for rendering `articles` (in the order the build needs them) with
   * `options`, or undefined when workers would not pay: few articles, one
   * core, or dateline running from its TypeScript source (tests).
   */
  static for(articles: readonly Article[], options: ArticleHtmlOptions): HtmlPool | undefined {
    if (!articles.length || !import.meta.url.endsWith('.js')) return undefined
    const size = workerCount(articles.length)
    return size > 0 ? new HtmlPool(articles, options, size, fileURLToPath(new URL('./html-worker.js', import.meta.url))) : undefined
  }

  private constructor(
    private readonly articles: readonly Article[],
    private readonly options: ArticleHtmlOptions,
    size: number,
    workerFile: string,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(workerFile)
      worker.on('message', ({ id, html, error }: { id: number; html?: string; error?: string }) => {
        const waiting = this.waiting.get(id)
        this.waiting.delete(id)
        if (error !== undefined || html === undefined) waiting?.reject(new Error(error ?? 'no HTML'))
        else waiting?.resolve(html)
      })
      worker.on('error', (error) => {
        for (const waiting of this.waiting.values()) waiting.reject(error)
        this.waiting.clear()
      })
      return worker
    })
    this.fill()
  }

  /** `article`'s HTML once ready; undefined if the pool never had it or its worker failed (the build then renders it itself). */
  async ready(article: Article): Promise<string | undefined> {
    const pending = this.ahead.get(article)
    if (!pending) return undefined
    this.ahead.delete(article)
    this.fill()
    try {
      return await pending
    } catch {
      return undefined // a failed worker costs speed only
    }
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  private fill(): void {
    const window = this.workers.length * WINDOW_PER_WORKER
    while (this.ahead.size < window && this.nextArticle < this.articles.length) {
      const article = this.articles[this.nextArticle++]!
      const rendered = this.render(article)
      rendered.catch(() => {}) // awaited in ready(); never an unhandled rejection meanwhile
      this.ahead.set(article, rendered)
    }
  }

  private render(article: Article): Promise<string> {
    const id = this.nextId++
    const worker = this.workers[this.turn++ % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ id, article, options: this.options })
    })
  }
}
