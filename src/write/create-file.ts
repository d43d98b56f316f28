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
 * replaced, never written into.
 */
export function createFile(target: string, content: string | Uint8Array): void {
  try {
    writeFileSync(target, content, { flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') mkdirSync(path.dirname(target), { recursive: true })
    else if (code === 'EEXIST') unlinkSync(target)
    else throw error
    writeFileSync(target, content, { flag: 'wx' })
  }
}

/** A failure to write output `file` (relative to the output folder), said so that it names the file. */
export function cannotWrite(file: string, error: unknown): DatelineError {
  return new DatelineError(`cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
}
