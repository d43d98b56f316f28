/** What `build` and `check` read the same way: the version, and "now" from `--now` or `DATELINE_NOW`. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../util/package-root.js'
import { parseDateTime } from '../model/dates.js'

/** The package's version, from its package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

/**
 * "Now" in epoch ms from `--now` (else `DATELINE_NOW`); undefined when neither
 * is given. An offset-less value is read as UTC.
 */
export function nowOption(flag: string | undefined, env: Record<string, string | undefined>): { ok: true; now: number | undefined } | { ok: false; message: string } {
  const text = flag ?? env.DATELINE_NOW
  if (text === undefined) return { ok: true, now: undefined }
  const result = parseDateTime(text, 'UTC')
  return result.ok ? { ok: true, now: result.value.epochMs } : { ok: false, message: `--now: ${result.reason}` }
}
