/**
 * Small JSON files the build keeps for next time (the output manifest, the
 * source stamps): written under a temporary name and renamed into place, with
 * the JSON's SHA-256 on the last line, so a torn or edited file reads as none.
 * Neither reading nor writing ever fails a build: a file that cannot be read
 * or written only costs speed next time.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The value in `file`, or undefined when it is missing, damaged or not JSON. */
export function readCheckedJson(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8')
    const cut = text.lastIndexOf('\n')
    const json = text.slice(0, cut)
    if (cut < 0 || createHash('sha256').update(json).digest('hex') !== text.slice(cut + 1)) return undefined
    return JSON.parse(json) as unknown
  } catch {
    return undefined
  }
}

/** The text of a checked JSON file holding `value`. */
export function checkedJsonText(value: unknown): string {
  const json = JSON.stringify(value)
  return `${json}\n${createHash('sha256').update(json).digest('hex')}`
}

/** Write `value` to `file` whole or not at all. */
export function writeCheckedJson(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(temporary, checkedJsonText(value))
    renameSync(temporary, file)
  } catch {
    try {
      unlinkSync(temporary)
    } catch {
      // nothing was written
    }
  }
}
