/**
 * How many warnings `dateline build` prints: at most `perFile` from one file
 * and `total` in all (a frontmatter of 100,000 misspelt keys printed 100,000
 * lines). Errors are always printed; the summary line counts every warning;
 * `dateline check --format json` lists them all.
 */
import type { Diagnostic } from '../util/diagnostic.js'
import { MAX_WARNINGS_SHOWN, MAX_WARNINGS_SHOWN_PER_FILE } from '../util/limits.js'

export interface WarningCap {
  /** Warnings printed from one file. Default: `MAX_WARNINGS_SHOWN_PER_FILE` (20). */
  perFile?: number
  /** Warnings printed in all. Default: `MAX_WARNINGS_SHOWN` (200). */
  total?: number
}

export interface CappedFindings {
  /** The findings to print, in their order. */
  shown: Diagnostic[]
  /** Files that reached the per-file cap, with how many of their warnings were left out. */
  moreInFile: Map<string, number>
  /** Warnings left out by the total cap (those of files not already counted in `moreInFile`), and in how many files. */
  moreElsewhere: { warnings: number; files: number }
}

/** Split `diagnostics` (infos excluded: the build prints none) into what to print and what to count. */
export function capWarnings(diagnostics: readonly Diagnostic[], cap: WarningCap = {}): CappedFindings {
  const perFile = cap.perFile ?? MAX_WARNINGS_SHOWN_PER_FILE
  const total = cap.total ?? MAX_WARNINGS_SHOWN
  const shown: Diagnostic[] = []
  const shownIn = new Map<string, number>()
  const moreInFile = new Map<string, number>()
  const elsewhere = new Set<string>()
  let shownTotal = 0
  let moreWarnings = 0
  for (const d of diagnostics) {
    if (d.severity === 'info') continue
    if (d.severity === 'error') {
      shown.push(d)
      continue
    }
    const inFile = shownIn.get(d.file) ?? 0
    if (inFile >= perFile) moreInFile.set(d.file, (moreInFile.get(d.file) ?? 0) + 1)
    else if (shownTotal >= total) {
      moreWarnings++
      elsewhere.add(d.file)
    } else {
      shown.push(d)
      shownIn.set(d.file, inFile + 1)
      shownTotal++
    }
  }
  return { shown, moreInFile, moreElsewhere: { warnings: moreWarnings, files: elsewhere.size } }
}
