/**
 * The folders a staged write makes beside `out`, named so that the next run
 * can tell what a killed build left and finish or undo its swap.
 *
 * `.<out>.dateline-<state>-<pid>-<token>`, where state is
 * - `staging`: being filled (never whole until renamed),
 * - `ready`: whole — renamed from `staging` once every file is written,
 * - `previous`: the old `out`, moved aside for the swap,
 * - `trash`: being deleted (renamed first, so a half-deleted folder is never
 *   taken for an output).
 * The swap is: staging → ready, out → previous, ready → out, previous →
 * trash, delete trash. Each step is one rename, so a kill at any point leaves
 * one of these states, and `recoverSwap` turns each into a whole `out`.
 *
 * A small difference is committed in place instead (`patch.ts`), with
 * - `patching`: the files that differ, being written (never whole),
 * - `journaling`, then `journal`: the file saying what the patch does, written before
 * - `patch`: the patching folder, renamed once whole; then applied to `out`.
 * A dead build's `patch` is applied by the next run, so `out` is the new
 * output; its `patching` folder is deleted, so `out` stays the old one.
 */
import { randomBytes } from 'node:crypto'
import { lstat, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { applyPatch, readJournal } from './patch.js'

export type SwapState = 'staging' | 'ready' | 'previous' | 'trash' | 'patching' | 'patch' | 'journaling' | 'journal'

/** The folders of one staged write, all beside `out`. */
export interface SwapFolders {
  /** `<pid>-<token>`: which build made them. */
  id: string
  staging: string
  ready: string
  previous: string
  trash: string
  patching: string
  patch: string
  journaling: string
  journal: string
}

/** Builds of this process still at work: a folder with our pid but not listed here is a dead process's (a container restarts with the same pids). */
const active = new Set<string>()

/** Fresh folder names for one staged write of `out`; the build is live until `release`. */
export function swapFolders(out: string): SwapFolders {
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`
  active.add(id)
  const folder = (state: SwapState) => swapFolder(out, state, id)
  return { id, staging: folder('staging'), ready: folder('ready'), previous: folder('previous'), trash: folder('trash'), patching: folder('patching'), patch: folder('patch'), journaling: folder('journaling'), journal: folder('journal') }
}

/** The write of `folders` is over (swapped in or given up): its leftovers are fair game for later runs. */
export function release(folders: SwapFolders): void {
  active.delete(folders.id)
}

function swapFolder(out: string, state: SwapState, id: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.dateline-${state}-${id}`)
}

/** Delete a folder: renamed aside first (one atomic step), so a kill mid-delete leaves a `trash` folder, never a partial output. */
export async function discard(folder: string, trash: string): Promise<void> {
  try {
    await rename(folder, trash)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return // gone already (another run cleaned it)
    throw error
  }
  await rm(trash, { recursive: true, force: true })
}

interface Leftover {
  state: SwapState
  pid: number
  id: string
  folder: string
}

/** The swap folders of `out` in its parent (this dateline's, and the older `-<pid>` names without a token). */
async function leftovers(out: string): Promise<Leftover[]> {
  let names: string[]
  try {
    names = await readdir(path.dirname(out))
  } catch {
    return []
  }
  const prefix = `.${path.basename(out)}.dateline-`
  const found: Leftover[] = []
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const match = /^(staging|ready|previous|trash|patching|patch|journaling|journal)-(\d+)(?:-([0-9a-f]+))?$/.exec(name.slice(prefix.length))
    if (!match) continue
    found.push({ state: match[1] as SwapState, pid: Number(match[2]), id: `${match[2]}-${match[3] ?? ''}`, folder: path.join(path.dirname(out), name) })
  }
  return found.sort((a, b) => a.folder.localeCompare(b.folder))
}

/** Whether the process that made a folder may still be writing it. */
function isLive(leftover: Leftover): boolean {
  return leftover.pid === process.pid ? active.has(leftover.id) : isRunning(leftover.pid)
}

/** Whether another process `pid` is running (the swap folders and the output lock name their maker by pid). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** What `recoverSwap` did: the folder it moved into `out` (if any) and how many dead folders it removed. */
export interface Recovery {
  restored?: { from: SwapState; folder: string }
  removed: number
}

/**
 * Finish or undo the swap of a build that was killed, and remove what dead
 * builds left beside `out`. Folders of live builds (another `dateline build`
 * at work) are left alone. When `out` is missing and a dead build had moved
 * it aside: its `ready` folder (a whole new output) becomes `out` — the swap
 * is finished — else its `previous` folder is put back. A `ready` folder of a
 * first build (no earlier `out`) killed just before its swap is finished too.
 */
export async function recoverSwap(out: string): Promise<Recovery> {
  const dead = (await leftovers(out)).filter((leftover) => !isLive(leftover))
  const recovery: Recovery = { removed: 0 }
  if (!dead.length) return recovery
  // A whole patch of a dead build: finish applying it (its folder and journal are removed below).
  for (const patch of dead.filter((leftover) => leftover.state === 'patch')) {
    const journal = dead.find((leftover) => leftover.state === 'journal' && leftover.id === patch.id)
    const steps = journal && readJournal(journal.folder)
    if (steps && (await exists(out))) {
      applyPatch(out, patch.folder, steps)
      recovery.restored = { from: 'patch', folder: patch.folder }
    }
  }
  if (!(await exists(out))) {
    const of = (state: SwapState) => dead.filter((leftover) => leftover.state === state)
    const movedAside = new Set(of('previous').map((leftover) => leftover.id))
    const candidates = [...of('ready').filter((ready) => movedAside.has(ready.id)), ...of('previous'), ...of('ready')]
    for (const candidate of candidates) {
      try {
        await rename(candidate.folder, out)
      } catch {
        continue // taken by another run recovering at the same time, or `out` reappeared
      }
      recovery.restored = { from: candidate.state, folder: candidate.folder }
      dead.splice(dead.indexOf(candidate), 1)
      break
    }
  }
  for (const leftover of dead) {
    const trash = leftover.state === 'trash' ? leftover.folder : swapFolder(out, 'trash', `${process.pid}-${randomBytes(4).toString('hex')}`)
    try {
      if (trash === leftover.folder) await rm(trash, { recursive: true, force: true })
      else await discard(leftover.folder, trash)
      recovery.removed++
    } catch {
      // Cannot remove it now (permissions): the next run tries again; it is never taken for `out`.
    }
  }
  return recovery
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch {
    return false
  }
}
