/**
 * Preload (`node --import`) for the swap and patch tests: counts the renames
 * of the staged write's folders (`.<out>.dateline-<state>-…`, and `out`
 * itself) and of the files a patch moves into `out`, and
 * SIGKILLs the process at the one numbered KILL_AT_RENAME, before it happens
 * or, with KILL_AFTER=1, right after. With KILL_AT_RENAME=0 it only prints
 * how many there were (`renames: N`) on exit.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const at = Number(process.env.KILL_AT_RENAME ?? 0)
const after = process.env.KILL_AFTER === '1'
const swapFolder = /(^|[\\/])\.[^\\/]+\.dateline-(staging|ready|previous|trash|patching|patch|journaling|journal)-[^\\/]+$/
const inPatch = /(^|[\\/])\.[^\\/]+\.dateline-patch-[^\\/]+[\\/]/
let count = 0

function step(from, to) {
  if (!swapFolder.test(String(from)) && !swapFolder.test(String(to)) && !inPatch.test(String(from))) return false
  count++
  if (count === at && !after) process.kill(process.pid, 'SIGKILL')
  return count === at && after
}

const rename = fs.promises.rename
fs.promises.rename = async (from, to) => {
  const killAfter = step(from, to)
  await rename(from, to)
  if (killAfter) process.kill(process.pid, 'SIGKILL')
}
const renameSync = fs.renameSync
fs.renameSync = (from, to) => {
  const killAfter = step(from, to)
  renameSync(from, to)
  if (killAfter) process.kill(process.pid, 'SIGKILL')
}
syncBuiltinESMExports()
if (!at) process.on('exit', () => process.stderr.write(`renames: ${count}\n`))
