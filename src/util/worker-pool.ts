/**
 * The one worker pool of a build: a list of items worked through on worker
 * threads a window ahead of the consumer (the build's main thread). The
 * consumer takes items in list order, so what the build does with a result,
 * and the bytes it writes, never depend on which thread computed it: a worker
 * and this thread run the same task function, and an item no worker could
 * do (none started, one failed, an input that cannot be cloned) runs here.
 *
 * A build's main thread does not run items while it waits: measured on 10k
 * articles with pages, that raised its CPU time from ~15 s to 30-50 s
 * (markdown garbage collected on a heap that holds the whole site) and the
 * build's total CPU with it, so one worker per core, with the main thread
 * only reading, assembling and writing, is faster. `dateline check`'s main
 * thread holds little but findings, so it works beside one worker fewer
 * (`PoolJob.help`).
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** Work a worker can do: `kind` names it for the worker entry (`src/worker.ts`); `run` is the same function on either side. */
export interface PoolTask<I, O> {
  kind: string
  run(input: I, shared: unknown): O
}

/** How a pool works through its items. */
export interface PoolJob<T, S, I, O> {
  task: PoolTask<I, O>
  /** Sent once to each worker (the config, render options); must survive `structuredClone`, else everything runs here. */
  shared: unknown
  /** Items in the order `take` asks for them. */
  items: readonly T[]
  /** On this thread, in item order, when an item is started: what the consumer gets back with the output. */
  start(item: T): S
  /** The task's input for a started item, or undefined when there is nothing to compute (a cache hit). */
  input(started: S): I | undefined
  /** What a worker is sent for an input (default: the input itself); `src/worker.ts` unpacks it for the task. */
  pack?(input: I): unknown
  /** Items in flight per worker: enough to keep it busy, few enough to hold little memory. */
  perWorker: number
  /**
   * Whether this thread runs items too, the next unstarted one, while it waits for a worker's. Pays when this
   * thread's heap is small (checking files); a build's holds the whole site, and garbage collected slowly (above).
   */
  help?: boolean
  /**
   * Items with something to compute that run on this thread before the workers start (default 32): fewer cost less
   * here than starting a worker, and a warm build, whose cache holds nearly every item, starts none. 0: start at once.
   */
  spawnAfter?: number
}

interface Slot<S, I, O> {
  started: S
  input: I | undefined
  output?: O
  /** On a worker and not back yet. */
  pending?: Promise<void>
  /** Its worker failed it: it runs here when taken (and throws here, with the real error, if the task does). */
  failed?: boolean
}

/**
 * How many workers for `items` items: `DATELINE_WORKERS` when set (0 = none),
 * else one per core (this thread mostly waits and writes; one fewer when
 * `thisThreadHelps`, see `PoolJob.help`), at most 4, and none below
 * `minItems`, where starting workers costs more than it saves. None when
 * dateline runs from its TypeScript source (tests), which a worker cannot load.
 */
export function workerCount(items: number, minItems: number, thisThreadHelps = false): number {
  if (!import.meta.url.endsWith('.js') || items === 0) return 0
  const forced = process.env.DATELINE_WORKERS
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16)
  const cores = availableParallelism()
  return items < minItems || cores < 2 ? 0 : Math.min(thisThreadHelps ? cores - 1 : cores, 4)
}

/** Whether `value` can be sent to a worker (an adapter's inline config may hold functions, which cannot). */
export function cloneable(value: unknown): boolean {
  try {
    structuredClone(value)
    return true
  } catch {
    return false
  }
}

interface WorkerEntry {
  worker: Worker
  inFlight: number
  dead: boolean
}

/** Items with something to compute before workers start, by default: fewer cost less on this thread than starting a worker (~0.3 s of loading). */
const SPAWN_AFTER = 32

const WORKER_FILE = fileURLToPath(new URL('../worker.js', import.meta.url))

export class WorkerPool<T, S, I, O> {
  private readonly workers: WorkerEntry[] = []
  private readonly slots = new Map<T, Slot<S, I, O>>()
  /** What to do when the message with this id comes back (undefined: the worker failed it). */
  private readonly settle = new Map<number, { entry: WorkerEntry; settle: (output: O | undefined) => void }>()
  private nextItem = 0
  private nextId = 0
  /** Items started here with something to compute, before any worker was started. */
  private misses = 0

  /**
   * A pool of up to `size` workers (0: every item runs on this thread; so
   * does everything when `job.shared` cannot be cloned). They start at the
   * `job.spawnAfter`th item with something to compute: a warm build, where the
   * cache holds nearly every item, starts none.
   */
  constructor(
    private readonly job: PoolJob<T, S, I, O>,
    private planned: number,
  ) {}

  /** How many worker threads run (none before enough items needed computing, or after a clone failure). */
  get size(): number {
    return this.workers.length
  }

  /** Enough items needed computing: start the workers (once). */
  private spawnAll(): void {
    const size = this.planned
    this.planned = 0
    if (size > 0 && cloneable(this.job.shared)) for (let i = 0; i < size; i++) this.workers.push(this.spawn())
  }

  /** The next item's started state and output (undefined: nothing to compute). Items must be taken in list order. */
  async take(item: T): Promise<{ started: S; output: O | undefined }> {
    // Not started yet: no worker had room (or there is none), so it runs here.
    const slot = this.slots.get(item) ?? this.startHere()
    while (slot.pending) {
      if (!this.job.help || this.nextItem >= this.job.items.length) await slot.pending
      else {
        this.runAhead()
        // Let the workers' messages in before looking again.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    this.slots.delete(item)
    this.fill()
    // A failed item runs here again, so its error is thrown in item order, with its real type.
    const output = slot.input === undefined ? undefined : slot.output !== undefined ? slot.output : this.job.task.run(slot.input, this.job.shared)
    return { started: slot.started, output }
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()))
  }

  /** Started items not yet taken, at most: those in flight and as many waiting for the consumer, so little is held in memory. */
  private capacity(): number {
    return 2 * this.workers.length * this.job.perWorker
  }

  /** Run the next unstarted item here, while a worker's is awaited; one that throws runs again when taken, to throw in item order. */
  private runAhead(): void {
    const slot = this.startHere()
    if (slot.input === undefined) return
    try {
      slot.output = this.job.task.run(slot.input, this.job.shared)
    } catch {
      slot.failed = true
    }
  }

  /** Start the next item, to be run on this thread. */
  private startHere(): Slot<S, I, O> {
    const item = this.job.items[this.nextItem++]
    if (item === undefined) throw new Error('WorkerPool: items taken out of order')
    const started = this.job.start(item)
    const slot: Slot<S, I, O> = { started, input: this.job.input(started) }
    this.slots.set(item, slot)
    if (slot.input !== undefined && this.planned > 0 && ++this.misses >= (this.job.spawnAfter ?? SPAWN_AFTER)) this.spawnAll()
    return slot
  }

  /** Hand unstarted items to workers with room. */
  private fill(): void {
    for (const entry of this.workers) {
      while (!entry.dead && entry.inFlight < this.job.perWorker && this.slots.size < this.capacity() && this.nextItem < this.job.items.length) {
        const slot = this.startHere()
        if (slot.input !== undefined) this.send(entry, slot)
      }
    }
  }

  private send(entry: WorkerEntry, slot: Slot<S, I, O>): void {
    const id = this.nextId++
    try {
      entry.worker.postMessage({ id, input: this.job.pack ? this.job.pack(slot.input!) : slot.input })
    } catch {
      return // not cloneable: it runs here when taken
    }
    entry.inFlight++
    slot.pending = new Promise((resolve) => {
      this.settle.set(id, {
        entry,
        settle: (output) => {
          entry.inFlight--
          if (output === undefined) slot.failed = true
          else slot.output = output
          delete slot.pending
          resolve()
        },
      })
    })
  }

  private spawn(): WorkerEntry {
    const worker = new Worker(WORKER_FILE, { workerData: { kind: this.job.task.kind, shared: this.job.shared } })
    const entry: WorkerEntry = { worker, inFlight: 0, dead: false }
    worker.on('message', ({ id, output, failed }: { id: number; output?: O; failed?: boolean }) => {
      const waiting = this.settle.get(id)
      this.settle.delete(id)
      waiting?.settle(failed ? undefined : output)
      this.fill()
    })
    // A worker that dies costs speed only: what it held runs here.
    const dead = () => {
      entry.dead = true
      for (const [id, waiting] of this.settle) {
        if (waiting.entry !== entry) continue
        this.settle.delete(id)
        waiting.settle(undefined)
      }
    }
    worker.on('error', dead)
    worker.on('exit', dead)
    return entry
  }
}
