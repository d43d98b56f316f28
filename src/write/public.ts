/**
 * The static files of `public/`, copied into the output as regular files.
 * A symbolic link is followed only when its real target lies inside the site
 * root: the file (or folder, recursively) it points to is copied. A link
 * leaving the site (`/etc/passwd`), a dangling link, a loop and anything that
 * is not a file or folder (a FIFO, a socket) are skipped with a warning, so
 * the output never holds a link and never depends on where it was built.
 *
 * Scanning happens before the build writes anything (its warnings join the
 * build's, and `--strict` fails on them); copying reads the real paths the
 * scan resolved.
 */
import { constants } from 'node:fs'
import { copyFile, lstat, mkdir, readdir, readlink, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { DatelineError, type Diagnostic } from '../util/diagnostic.js'
import { defineRule, PACKAGE_URL } from '../util/rule.js'

/** Raised by `Scan.skip` (public.ts). */
export const publicNotCopied = defineRule({
  id: 'public/not-copied',
  severity: 'warning',
  helpUrl: PACKAGE_URL,
  description: 'Every entry of `public/` is a file or folder inside the site: a symbolic link is copied as the file or folder it points to only when that lies inside the site root.',
  docs: {
    why: 'A link to `/etc/passwd` or `/etc` would publish the build machine\'s files; dangling links and loops cannot be copied; a copied link would point at a path of the build machine.',
    fix: 'Copy the file into the site, or point the link at a file inside the site root; remove dangling links and loops.',
  },
})

/** One file to copy: `source` is its real path, `target` its `/`-separated path under `out`. */
export interface StaticFile {
  source: string
  target: string
}

/** What `scanStaticFiles` found: files and (possibly empty) folders to create, and what it skipped. */
export interface StaticFiles {
  files: StaticFile[]
  folders: string[]
  diagnostics: Diagnostic[]
}

/** Options for `scanStaticFiles`. */
export interface ScanStaticOptions {
  /** The site root: links must resolve inside it; diagnostics name files relative to it. */
  root: string
  /** The output folder: a link into it (or its staging folders) would copy the output into itself. */
  out?: string
}

/** The files of `folder` (the site's `public/`) to copy, following links that stay inside the site. None when it does not exist. */
export async function scanStaticFiles(folder: string, options: ScanStaticOptions): Promise<StaticFiles> {
  const found: StaticFiles = { files: [], folders: [], diagnostics: [] }
  let root: string
  try {
    root = await realpath(options.root)
    await lstat(folder)
  } catch {
    return found
  }
  const out = options.out && (await realpath(options.out).catch(() => path.resolve(options.out!)))
  const scan = new Scan(root, options.root, out, found)
  await scan.entry(folder, '', new Set())
  return found
}

class Scan {
  constructor(
    private readonly realRoot: string,
    private readonly root: string,
    private readonly out: string | undefined,
    private readonly found: StaticFiles,
  ) {}

  /** One entry at `file` (as reached), copied to `target`; `ancestors`: the real folders above it (up to `public/`), to catch loops. */
  async entry(file: string, target: string, ancestors: ReadonlySet<string>): Promise<void> {
    try {
      await this.visit(file, target, ancestors)
    } catch (error) {
      this.skip(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }

  private async visit(file: string, target: string, ancestors: ReadonlySet<string>): Promise<void> {
    let info = await lstat(file)
    let real = file
    if (info.isSymbolicLink()) {
      const link = await readlink(file)
      try {
        real = await realpath(file)
        info = await stat(real)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const why = code === 'ELOOP' ? 'which loops' : code === 'ENOENT' ? 'which does not exist' : `which cannot be read (${code})`
        return this.skip(file, `is a link to "${link}", ${why}`)
      }
      if (!inside(this.realRoot, real)) return this.skip(file, `is a link to "${link}", outside the site`)
      if (this.intoOutput(real)) return this.skip(file, `is a link to "${link}", into the output folder`)
      // A folder holding one of the folders above the link (its own folder, public/, the site root) would copy itself forever.
      if (info.isDirectory() && [...ancestors].some((above) => inside(real, above))) return this.skip(file, `is a link to "${link}", a folder that contains it (a loop)`)
    } else if (info.isDirectory()) {
      real = await realpath(file)
      // The output folder itself, met inside a linked folder (a link to the site root): never copied into itself.
      if (this.intoOutput(real)) return
    }
    if (info.isDirectory()) return this.folder(real, target, new Set([...ancestors, real]))
    if (info.isFile()) {
      this.found.files.push({ source: real, target })
      return
    }
    this.skip(file, 'is not a regular file or folder')
  }

  private async folder(real: string, target: string, ancestors: ReadonlySet<string>): Promise<void> {
    if (target) this.found.folders.push(target)
    for (const name of (await readdir(real)).sort()) await this.entry(path.join(real, name), target ? `${target}/${name}` : name, ancestors)
  }

  /** Whether `real` is the output folder, inside it, or one of its staging folders beside it. */
  private intoOutput(real: string): boolean {
    if (!this.out) return false
    const beside = path.relative(path.dirname(this.out), real)
    const first = beside.split(path.sep)[0] ?? ''
    return inside(this.out, real) || (!beside.startsWith('..') && !path.isAbsolute(beside) && first.startsWith(`.${path.basename(this.out)}.dateline-`))
  }

  private skip(file: string, why: string): void {
    const shown = inside(this.realRoot, file) ? path.relative(this.realRoot, file) : path.relative(this.root, file)
    const name = shown.split(path.sep).join('/')
    this.found.diagnostics.push({ file: name, line: 0, column: 0, severity: 'warning', message: `"${name}" ${why}; not copied`, rule: publicNotCopied.id })
  }
}

/** Whether `file` is `folder` or lies under it (both real paths). */
function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Copy what `scanStaticFiles` found into `folder` (the staging folder), as regular files; copy-on-write where the file system can. */
export async function copyStaticFiles(found: StaticFiles, folder: string): Promise<void> {
  for (const target of found.folders) await mkdir(path.join(folder, target), { recursive: true })
  for (const file of found.files) {
    try {
      await mkdir(path.dirname(path.join(folder, file.target)), { recursive: true })
      await copyFile(file.source, path.join(folder, file.target), constants.COPYFILE_FICLONE)
    } catch (error) {
      throw new DatelineError(`cannot copy ${file.source} to "${file.target}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
    }
  }
}
