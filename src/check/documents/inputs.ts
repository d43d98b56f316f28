/**
 * Turn `dateline check` PATH arguments into files: a file as given, a folder
 * walked (skipping `node_modules` and dot-folders), a glob via tinyglobby.
 * Results are sorted, so reports do not depend on directory order.
 */
import { readdirSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { specialFileKind } from './read-file.js'

/** Extensions a folder walk picks up; content decides what each file is. */
export const CHECKED_EXTENSIONS = ['.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.json', '.jsonld', '.xml.gz']

export interface InputFile {
  /** Absolute path. */
  absolute: string
  /** As shown in reports: relative to the working folder when inside it, `/`-separated. */
  display: string
  /** Named on the command line (not found by walking a folder or matching a glob). */
  explicit: boolean
}

export interface ResolvedInputs {
  files: InputFile[]
  /** Arguments that name nothing: usage errors (exit 2). */
  problems: string[]
}

/** How a path is shown: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
  return shown.split(path.sep).join('/')
}

function wanted(name: string): boolean {
  const lower = name.toLowerCase()
  return CHECKED_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

async function walk(folder: string, out: string[]): Promise<void> {
  // Synchronous on purpose: a built site has a folder per page, and ten thousand awaited readdirs
  // cost three times the CPU of plain ones and leave the core idle between them.
  const entries = readdirSync(folder, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) await walk(full, out)
    else if (entry.isFile() && wanted(entry.name)) out.push(full)
  }
}

/** Resolve PATH arguments (files, folders, globs) against `cwd`. */
export async function resolveInputs(args: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const byPath = new Map<string, InputFile>()
  const problems: string[] = []
  const add = (absolute: string, explicit: boolean) => {
    const known = byPath.get(absolute)
    if (known) known.explicit ||= explicit
    else byPath.set(absolute, { absolute, display: displayPath(absolute, cwd), explicit })
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    let info
    try {
      info = await stat(absolute)
    } catch {
      info = undefined
    }
    if (info?.isFile()) {
      add(absolute, true)
    } else if (info?.isDirectory()) {
      const found: string[] = []
      try {
        await walk(absolute, found)
      } catch (error) {
        problems.push(`cannot read folder "${arg}": ${(error as Error).message}`)
        continue
      }
      for (const file of found) add(file, false)
    } else if (info) {
      // A FIFO, a device (/dev/zero) or a socket: reading it would block or never end.
      problems.push(`"${arg}" is ${specialFileKind(info)}, not a regular file; dateline check reads files, folders and globs`)
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] })
      if (matches.length === 0) problems.push(`no files match "${arg}"`)
      for (const match of matches.sort()) add(path.resolve(match), false)
    } else {
      problems.push(`no such file or folder: "${arg}"`)
    }
  }
  const files = [...byPath.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
  return { files, problems }
}
