/**
 * `dateline check` on files: resolve the PATHs, check each file
 * (`check-input.ts`), on worker threads when there are many, and collect the
 * findings in file order. `checkDocument` (`check-document.ts`) is the pure
 * text-in, findings-out step under it.
 */
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import { WorkerPool, workerCount } from '../../util/worker-pool.js'
import { checkInputsTask, type CheckedFile } from './check-input.js'
import { resolveInputs, type InputFile } from './inputs.js'
import type { CheckOptions } from './options.js'
import { selectFindings } from './rule-selection.js'

export { checkDocument, checkDocumentAs } from './check-document.js'
export type { CheckedFile } from './check-input.js'
export type { CheckOptions } from './options.js'
export type { DocumentKind } from './detect.js'

export interface CheckResult {
  /** Every finding, ordered by file, line, column. */
  diagnostics: Diagnostic[]
  /** Every file looked at (folder walks included), in report order. */
  files: CheckedFile[]
}

export interface CheckFilesOptions extends CheckOptions {
  /** Folder that relative PATHs and globs start from, and reports are relative to. Default: `process.cwd()`. */
  cwd?: string
  /** Called before each file (for a progress line). */
  onProgress?: (phase: string, done: number, total: number) => void
}

/** Order findings by file, line, column (stable for equal positions). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
}

/** Below this many files, starting worker threads costs more than it saves. */
const MIN_POOLED_FILES = 200
/** Files per task sent to a worker: enough that messages cost little, few enough that the threads share the work evenly. */
const FILES_PER_TASK = 32

/** The document options alone: what crosses to the workers must be cloneable (`onProgress` is a function). */
function documentOptions({ now, siteUrl, policy, rules }: CheckOptions): CheckOptions {
  return { ...(now !== undefined ? { now } : {}), ...(siteUrl !== undefined ? { siteUrl } : {}), ...(policy !== undefined ? { policy } : {}), ...(rules !== undefined ? { rules } : {}) }
}

/** `files` in runs of `size`, in order. */
function runsOf(files: readonly InputFile[], size: number): InputFile[][] {
  const runs: InputFile[][] = []
  for (let i = 0; i < files.length; i += size) runs.push(files.slice(i, i + size))
  return runs
}

/**
 * Check files, folders and globs. Paths that name nothing or cannot be read
 * throw a `DatelineError` with exit code 2 (SPEC §5: unreadable input).
 */
export async function checkFiles(paths: readonly string[], options: CheckFilesOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const { files, problems } = await resolveInputs(paths, cwd)
  if (problems.length) throw new DatelineError(problems.join('\n'), 2)
  const shared = documentOptions(options)
  const diagnostics: Diagnostic[] = []
  const checked: CheckedFile[] = []
  // Checking is CPU-bound: on workers, each checks whole files and this thread takes their results in file order,
  // so the report is the one a single thread makes. Without workers (few files), each runs here, synchronously.
  const runs = runsOf(files, FILES_PER_TASK)
  const pool = new WorkerPool({ task: checkInputsTask, shared, items: runs, start: (run) => run, input: (run) => run, perWorker: 4, spawnAfter: 0 }, workerCount(files.length, MIN_POOLED_FILES))
  let done = 0
  try {
    for (const run of runs) {
      const { output } = await pool.take(run)
      for (const result of output!) {
        options.onProgress?.('checking files', done++, files.length)
        if (result.checked) checked.push(result.checked)
        diagnostics.push(...result.diagnostics)
      }
    }
  } finally {
    await pool.close()
  }
  return { diagnostics: sortDiagnostics(selectFindings(diagnostics, { rules: options.rules ?? {} })), files: checked }
}
