/**
 * `dateline check` reads thousands of small files; read one by one on the
 * main thread, their system calls were a tenth of a run, during which no
 * checking happened. A worker thread reads them ahead, in check order, while
 * the main thread checks the ones before (read-ahead-worker.ts). Findings do
 * not change: the worker only reads plain files; anything else, and any file
 * when the worker is not there, is read by `readInputFile` as before.
 */
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { MAX_CHECK_FILE_BYTES } from '../../util/limits.js'
import type { ReadAheadBatch, ReadAheadInput } from './read-ahead-worker.js'

/** Below this many files, starting a thread costs more than it saves. */
const MIN_FILES = 200

export class ReadAhead {
  private readonly worker: Worker
  /** Batches taken, and 1 to stop: see read-ahead-worker.ts. */
  private readonly counters = new Int32Array(new SharedArrayBuffer(8))
  private readonly batches = new Map<number, ReadAheadBatch>()
  private waiting: { first: number; resolve: () => void } | undefined
  private current: ReadAheadBatch | undefined
  private failed = false

  /**
   * A reader for `paths` (in the order they will be taken), or undefined when
   * it would not pay: few files, `DATELINE_WORKERS=0`, or dateline running
   * from its TypeScript source (tests), which has no worker file to start.
   */
  static for(paths: readonly string[]): ReadAhead | undefined {
    if (paths.length < MIN_FILES || process.env.DATELINE_WORKERS === '0' || !import.meta.url.endsWith('.js')) return undefined
    return new ReadAhead(paths)
  }

  private constructor(paths: readonly string[]) {
    const input: ReadAheadInput = { paths, maxBytes: MAX_CHECK_FILE_BYTES, batchFiles: 64, batchBytes: 1 << 20, window: 16, shared: this.counters.buffer as SharedArrayBuffer }
    this.worker = new Worker(fileURLToPath(new URL('./read-ahead-worker.js', import.meta.url)), { workerData: input })
    // Never what keeps the process alive: a check that stops early exits as before.
    this.worker.unref()
    this.worker.on('message', (batch: ReadAheadBatch) => {
      this.batches.set(batch.first, batch)
      if (this.waiting?.first === batch.first) this.wake()
    })
    // A failed reader costs speed only: every file is then read on the main thread.
    const fail = () => {
      this.failed = true
      this.wake()
    }
    this.worker.on('error', fail)
    this.worker.on('exit', fail)
  }

  /**
   * The bytes of file `index` (taken in increasing order), or undefined when
   * the caller must read it itself; a promise of them only when they are not
   * here yet (an async function would cost a promise for each of 30k files).
   */
  take(index: number): Uint8Array | undefined | Promise<Uint8Array | undefined> {
    let batch = this.current
    if (!batch || index >= batch.first + batch.spans.length) {
      if (!this.batches.has(index) && !this.failed) return new Promise<void>((resolve) => (this.waiting = { first: index, resolve })).then(() => this.take(index))
      batch = this.batches.get(index)
      if (!batch) return undefined
      this.batches.delete(index)
      this.current = batch
      Atomics.add(this.counters, 0, 1)
      Atomics.notify(this.counters, 0)
    }
    const span = batch.spans[index - batch.first]
    return span ? new Uint8Array(batch.buffer, span[0], span[1]) : undefined
  }

  /** Stop the thread (the files not taken are not read). */
  close(): void {
    Atomics.store(this.counters, 1, 1)
    Atomics.notify(this.counters, 0)
    void this.worker.terminate()
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = undefined
    waiting?.resolve()
  }
}
