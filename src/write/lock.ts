/**
 * One build at a time changes `out`. A swap replaces the whole folder in a few
 * renames, but a patch (`patch.ts`) moves files into the live folder one by
 * one, and its "unchanged" files were judged against `out` as it was: another
 * build's swap or patch in between would mix two outputs. So every commit
 * (swap, patch, recovery) holds `.<out>.dateline-lock`, a file made with
 * O_EXCL holding the owner's pid. A lock whose process is gone is taken over.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { DatelineError } from '../util/diagnostic.js'
import { isRunning } from './swap.js'

/** How long a build waits for another one's commit before giving up. */
const WAIT_MS = 120_000
const POLL_MS = 25
/** Locks this process holds: a lock naming our pid but none of these is a dead process's (a container restarts with the same pids). */
const held = new Set<string>()

/** The lock file of `out`. */
export function lockFile(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.dateline-lock`)
}

/** Run `commit` holding the lock of `out`. */
export async function withOutputLock<T>(out: string, commit: () => Promise<T>): Promise<T> {
  const file = lockFile(out)
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`
  const started = Date.now()
  held.add(token)
  while (!take(file, token)) {
    if (Date.now() - started > WAIT_MS) {
      throw new DatelineError(`another dateline build has been writing ${out} for ${WAIT_MS / 1000} s (${file}); wait for it, or delete that file if no build is running`, 2)
    }
    await sleep(POLL_MS)
  }
  try {
    return await commit()
  } finally {
    release(file, token)
    held.delete(token)
  }
}

/** Remove the lock of `out` when the build that held it is gone (it was killed). */
export function removeDeadLock(out: string): void {
  clearIfDead(lockFile(out))
}

/** Take over the lock `file` when its owner is gone. */
function clearIfDead(file: string): void {
  const owner = ownerOf(file)
  if (owner !== undefined && !isAlive(owner)) takeOver(file)
}

function take(file: string, token: string): boolean {
  try {
    writeFileSync(file, token, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new DatelineError(`cannot lock the output folder (${file}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
    }
  }
  clearIfDead(file)
  return false
}

/** Move a dead build's lock aside (one rename, so only one run takes it over) and delete it. */
function takeOver(file: string): void {
  const aside = `${file}-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    renameSync(file, aside)
    unlinkSync(aside)
  } catch {
    // taken over by another run first
  }
}

function release(file: string, token: string): void {
  try {
    if (readFileSync(file, 'utf8') === token) unlinkSync(file)
  } catch {
    // gone already
  }
}

/** The token (`<pid>-<random>`) in a lock file; undefined when there is none (or it is being written). */
function ownerOf(file: string): string | undefined {
  try {
    const token = readFileSync(file, 'utf8')
    return /^\d+-[0-9a-f]+$/.test(token) ? token : undefined
  } catch {
    return undefined
  }
}

function isAlive(token: string): boolean {
  const pid = Number(token.split('-')[0])
  return pid === process.pid ? held.has(token) : isRunning(pid)
}
