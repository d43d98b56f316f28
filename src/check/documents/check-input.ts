/**
 * One input file of `dateline check` from disk to findings: read (never
 * blocking, never past the limit), gunzip, UTF-8, detect, check. The same
 * function runs on the main thread and, as `checkInputsTask`, on worker
 * threads, a run of consecutive files at a time; what it returns is plain
 * data, so a result from a worker is the one this thread would compute.
 */
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import type { PoolTask } from '../../util/worker-pool.js'
import { checkDocumentAs } from './check-document.js'
import { KIND_NAMES, type DocumentKind } from './detect.js'
import { checkUnknownKind } from './input-rules.js'
import type { InputFile } from './inputs.js'
import type { CheckOptions } from './options.js'
import { readForCheck } from './read.js'
import { readInputFile } from './read-file.js'

/** One checked file and what it was taken for. */
export interface CheckedFile {
  file: string
  kind: DocumentKind
}

/** What checking one input gave: the file as reported (none: skipped, not a document), and its findings. */
export interface InputCheck {
  checked?: CheckedFile
  diagnostics: Diagnostic[]
  /** Why the file could not be read (`readInputFile`'s error, exit 2); as data, so that the caller stops at the first such file in its order. */
  unreadable?: string
}

/** The error for a file named explicitly that is none of the kinds dateline checks. */
function unknownKindFinding(file: string, text: string): Diagnostic {
  const kinds = Object.values(KIND_NAMES).filter((name) => name !== 'unknown').join(', ')
  // A NUL in the first few KB: binary data (an image, a PDF, an archive), as git tells binary from text.
  const binary = text.slice(0, 8000).includes('\u0000')
  return { file, line: 0, column: 0, severity: checkUnknownKind.severity, rule: checkUnknownKind.id, message: `not checked: ${binary ? 'binary data, ' : ''}none of ${kinds}` }
}

/** Check one input file. */
export function checkInput(input: InputFile, options: CheckOptions): InputCheck {
  let file
  try {
    file = readInputFile(input.absolute, input.display)
  } catch (error) {
    if (error instanceof DatelineError) return { diagnostics: [], unreadable: error.message }
    throw error
  }
  const read = file.ok ? readForCheck(file.bytes, input.display) : file
  if (!read.ok) return { checked: { file: input.display, kind: read.kind }, diagnostics: [read.finding] }
  const { kind, text } = read
  if (kind === 'unknown') {
    // Named on the command line, a file that is none of the kinds must fail the check, not pass silently;
    // found by walking a folder, it is one of the site's other files (a manifest, OPML, a UTF-16 export) and is skipped.
    if (!input.explicit) return { diagnostics: [] }
    return { checked: { file: input.display, kind }, diagnostics: [read.utf16 ? read.diagnostics[0]! : unknownKindFinding(input.display, text)] }
  }
  return { checked: { file: input.display, kind }, diagnostics: [...read.diagnostics, ...checkDocumentAs(kind, text, input.display, options, read.bytes)] }
}

/** Consecutive input files checked on a `WorkerPool` thread (or this one), with the document options as the shared value. */
export const checkInputsTask: PoolTask<readonly InputFile[], InputCheck[]> = {
  kind: 'check',
  run: (inputs, options) => inputs.map((input) => checkInput(input, options as CheckOptions)),
}
