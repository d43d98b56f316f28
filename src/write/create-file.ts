/**
 * Creating one output file, the same way on any thread: the build's main
 * thread (the folder sink) and the workers that write an article's files.
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatelineError } from '../util/diagnostic.js'

/**
 * Create `target` with `content`, and its folder when missing; whatever is
 * at `target` (a static file, a carried hard link into the live output) is
 * replaced, never written into. The encoding is named so that Node writes a
 * string from C++: without it, each file's text became a Buffer on the heap
 * first, and at 100,000 articles those buffers, promoted and left for the
 * major GC, grew the heap by more than a gigabyte.
 */
export function createFile(target: string, content: string | Uint8Array): void {
  const options = { flag: 'wx', encoding: 'utf8' } as const
  try {
    writeFileSync(target, content, options)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') mkdirSync(path.dirname(target), { recursive: true })
    else if (code === 'EEXIST') unlinkSync(target)
    else throw error
    writeFileSync(target, content, options)
  }
}

/** A failure to write output `file` (relative to the output folder), said so that it names the file. */
export function cannotWrite(file: string, error: unknown): DatelineError {
  return new DatelineError(`cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
}
