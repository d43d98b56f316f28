/**
 * Committing a small difference in place. When a warm build changes a few
 * files of a large output (one article edited: its page and JSON-LD, the
 * feeds, the sitemap), swapping in a whole new folder meant linking 20,000
 * unchanged files into it and deleting 20,000 old ones. A patch instead holds
 * only the files that differ, written aside in the patch folder, and a
 * journal: the names to move into `out` and the names to delete from it.
 *
 * The journal is written (whole or not at all) before the patch folder is
 * renamed to its `patch` state, so a `patch` folder always has its journal.
 * Applying is idempotent: a name already moved is skipped, a name already
 * deleted is not there. A build killed while applying is finished by the
 * next run (`recoverSwap`), as a killed swap is: `out` ends up the new output.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkedJsonText, readCheckedJson } from '../util/checked-json.js'

/** What applying a patch does to `out`, by `/`-separated names relative to it. */
export interface Journal {
  /** Files and folders to delete (a folder with all it holds): not in the new output, or in the way of a new file. */
  remove: string[]
  /** Files to move from the patch folder into `out`, replacing what is there. */
  put: string[]
}

const FORMAT = 1

/** Write the journal of a patch to `file`, whole or not at all: first under `temporary` (a name the next run removes if this one dies), then renamed. */
export function writeJournal(file: string, temporary: string, journal: Journal): void {
  writeFileSync(temporary, checkedJsonText({ format: FORMAT, ...journal }))
  renameSync(temporary, file)
}

/** The journal in `file`; undefined when it is missing or damaged. */
export function readJournal(file: string): Journal | undefined {
  const parsed = readCheckedJson(file) as ({ format?: number } & Partial<Journal>) | undefined
  if (parsed?.format !== FORMAT || !Array.isArray(parsed.remove) || !Array.isArray(parsed.put)) return undefined
  return { remove: parsed.remove, put: parsed.put }
}

/**
 * Apply the patch in `folder` to `out`: delete what the journal removes, then
 * move each new file in (one rename each, so a reader sees the old file or
 * the new one, never part of one). Deleting first clears a file standing
 * where a new folder goes; nothing deleted is in the new output.
 */
export function applyPatch(out: string, folder: string, journal: Journal): void {
  for (const name of journal.remove) rmSync(path.join(out, name), { recursive: true, force: true })
  const made = new Set<string>()
  for (const name of journal.put) {
    const target = path.join(out, name)
    const parent = path.dirname(target)
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    try {
      renameSync(path.join(folder, name), target)
    } catch (error) {
      // Moved already, by a run that was killed after it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}
