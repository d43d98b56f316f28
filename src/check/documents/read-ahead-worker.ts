/**
 * The thread behind `ReadAhead`: reads the files it is given, in order, a
 * batch at a time into one buffer that it hands over (transferred, not
 * copied). Only plain cases are read here — a regular file within the limit
 * that did not grow while read; anything else (an error, a FIFO, a file too
 * large) is left to the main thread's `readInputFile`, so its findings and
 * errors are exactly those of a check without this thread.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'

export interface ReadAheadInput {
  paths: readonly string[]
  /** Files over this many bytes are left to the main thread. */
  maxBytes: number
  /** Files and bytes per batch (a batch ends at whichever comes first). */
  batchFiles: number
  batchBytes: number
  /** Batches read ahead of the ones the main thread has taken: the window that bounds memory. */
  window: number
  /** Two Int32 counters shared with the main thread: batches taken, and 1 to stop. */
  shared: SharedArrayBuffer
}

/** Where each file of a batch is in `buffer`, or null when the main thread reads it itself. */
export interface ReadAheadBatch {
  first: number
  spans: ([offset: number, length: number] | null)[]
  buffer: ArrayBuffer
}

const input = workerData as ReadAheadInput
const counters = new Int32Array(input.shared)
let next = 0

function openPlain(file: string): { fd: number; size: number } | undefined {
  let fd: number | undefined
  try {
    // O_NONBLOCK as in readInputFile: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(fd)
    if (info.isFile() && info.size <= input.maxBytes) return { fd, size: info.size }
  } catch {
    // left to the main thread, which reports it
  }
  if (fd !== undefined) closeSync(fd)
  return undefined
}

function readBatch(): void {
  const first = next
  const opened: ({ fd: number; size: number } | undefined)[] = []
  let bytes = 0
  while (next < input.paths.length && opened.length < input.batchFiles && bytes < input.batchBytes) {
    const file = openPlain(input.paths[next++]!)
    opened.push(file)
    // One byte past the size, as readInputFile reads: a file that grew is caught.
    if (file) bytes += file.size + 1
  }
  const buffer = new ArrayBuffer(bytes)
  const view = new Uint8Array(buffer)
  const spans: ReadAheadBatch['spans'] = []
  let offset = 0
  for (const file of opened) {
    if (!file) {
      spans.push(null)
      continue
    }
    let length = 0
    try {
      for (let n; length <= file.size && (n = readSync(file.fd, view, offset + length, file.size + 1 - length, length)) > 0; ) length += n
    } catch {
      length = -1
    } finally {
      closeSync(file.fd)
    }
    spans.push(length >= 0 && length <= file.size ? [offset, length] : null)
    offset += file.size + 1
  }
  const batch: ReadAheadBatch = { first, spans, buffer }
  parentPort!.postMessage(batch, [buffer])
}

// Shared counters, not messages, pace the reading: the main thread only bumps a number per batch it takes.
for (let batch = 0; next < input.paths.length; batch++) {
  for (;;) {
    if (Atomics.load(counters, 1) !== 0) process.exit(0)
    const taken = Atomics.load(counters, 0)
    if (batch - taken < input.window) break
    Atomics.wait(counters, 0, taken)
  }
  readBatch()
}
