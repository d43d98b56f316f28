/**
 * `dateline check` on files: resolve the PATHs, check each file
 * (`check-input.ts`), on worker threads when there are many, and collect the
 * findings in file order. `checkDocument` (`check-document.ts`) is the pure
 * text-in, findings-out step under it.
 */
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import { WorkerPool, workerCount } from '../../util/worker-pool.js'
import { checkInputsTask, type CheckedFile, type InputCheck } from './check-input.js'
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

/**
 * Below this many files, a worker costs more than it saves: it takes ~0.3 s to start, in which this thread checks
 * ~1,300 files, and then this thread waits for the files handed to it (measured: 881 files, 2.4 s alone, 3.3 s with one).
 */
const MIN_POOLED_FILES = 2000
/** Files per task sent to a worker: enough that messages cost little, few enough that the threads share the work evenly. */
const FILES_PER_TASK = 32

/** The document options alone: what crosses to the workers must be cloneable (`onProgress` is a function). */
function documentOptions({ now, siteUrl, policy, rules }: CheckOptions): CheckOptions {
  return { ...(now !== undefined ? { now } : {}), ...(siteUrl !== undefined ? { siteUrl } : {}), ...(policy !== undefined ? { policy } : {}), ...(rules !== undefined ? { rules } : {}) }
}

/**
 * The name files that hold the same JSON-LD share: a page `story/index.html`,
 * its head fragment `story.head.html`, its `story.jsonld`. Checked on one
 * thread, one after the other, a block both pages hold is checked once
 * (jsonld/index.ts keeps what each thread checked).
 */
function stem(display: string): string {
  const parts = display.split('/')
  const name = parts.at(-1)!.toLowerCase()
  const base = name.split('.')[0]!
  return base === 'index' && parts.length > 1 ? parts.at(-2)! : base
}

/** Indices of `files` in runs of `size`, files with the same stem together: the order they are checked in. */
function runsOf(files: readonly InputFile[], size: number): number[][] {
  const stems = files.map((file) => stem(file.display))
  const order = files.map((_, index) => index).sort((a, b) => (stems[a]! < stems[b]! ? -1 : stems[a]! > stems[b]! ? 1 : a - b))
  const runs: number[][] = []
  for (let i = 0; i < order.length; i += size) runs.push(order.slice(i, i + size))
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
  // Checking is CPU-bound: this thread and the workers each check whole files, and the results are put back in
  // file order, so the report is the one a single thread makes. Without workers (few files), all run here.
  const runs = runsOf(files, FILES_PER_TASK)
  const workers = workerCount(files.length, MIN_POOLED_FILES, true)
  const input = (run: number[]) => run.map((index) => files[index]!)
  const pool = new WorkerPool({ task: checkInputsTask, shared: documentOptions(options), items: runs, start: (run) => run, input, perWorker: 4, spawnAfter: 0, help: true }, workers)
  const results = new Array<InputCheck>(files.length)
  let done = 0
  try {
    for (const run of runs) {
      const { output } = await pool.take(run)
      for (const [i, index] of run.entries()) {
        options.onProgress?.('checking files', done++, files.length)
        results[index] = output![i]!
      }
    }
  } finally {
    await pool.close()
  }
  const diagnostics: Diagnostic[] = []
  const checked: CheckedFile[] = []
  for (const result of results) {
    // The first file in file order that could not be read stops the check, as it would checked alone.
    if (result.unreadable !== undefined) throw new DatelineError(result.unreadable, 2)
    if (result.checked) checked.push(result.checked)
    diagnostics.push(...result.diagnostics)
  }
  return { diagnostics: sortDiagnostics(selectFindings(diagnostics, { rules: options.rules ?? {} })), files: checked }
}
