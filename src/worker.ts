/**
 * The entry of a `WorkerPool` thread: runs one kind of task (named in
 * `workerData`) on each message. Task modules are imported by kind, so a
 * worker that loads articles never loads the markdown renderer.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ArticleFilesInput } from './write/article-files.js'
import type { ArticleMessage } from './load/body.js'

/** Each kind's task, as it runs here: the same `run` as on the main thread, after what the message carries is unpacked. */
const TASKS: Record<string, () => Promise<(input: unknown, shared: unknown) => unknown>> = {
  async 'article-files'() {
    const [{ articleFilesTask }, { articleFromMessage }] = await Promise.all([import('./write/article-files.js'), import('./load/body.js')])
    return (input, shared) => {
      const { article, ...rest } = input as Omit<ArticleFilesInput, 'article'> & { article: ArticleMessage }
      return articleFilesTask.run({ article: articleFromMessage(article), ...rest }, shared)
    }
  },
  async check() {
    const { checkInputsTask } = await import('./check/documents/check-input.js')
    return (input, shared) => checkInputsTask.run(input as Parameters<typeof checkInputsTask.run>[0], shared)
  },
  async load() {
    const { loadTask } = await import('./load/load-task.js')
    return (input, shared) => loadTask.run(input as Parameters<typeof loadTask.run>[0], shared)
  },
}

const { kind, shared } = workerData as { kind: string; shared: unknown }
const run = await TASKS[kind]!()

parentPort!.on('message', ({ id, input }: { id: number; input: unknown }) => {
  let output: unknown
  try {
    output = run(input, shared)
  } catch {
    // The pool runs the item again on the main thread, which reports the error as it would without workers.
    parentPort!.postMessage({ id, failed: true })
    return
  }
  parentPort!.postMessage({ id, output })
})
