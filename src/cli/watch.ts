/**
 * `--watch`: rebuild when a source changes. chokidar 4 follows files that
 * editors save by rename (vim, `sed -i`, `git checkout`), which Node's
 * recursive `fs.watch` loses track of; changes are collected for 100 ms so a
 * save of several files is one rebuild, and a change during a rebuild gets
 * one more rebuild after it, never a lost update.
 */
import path from 'node:path'
import { watch } from 'chokidar'
import type { CliIo } from './io.js'

export interface WatchOptions {
  /** The site root. */
  root: string
  /** Whether a change to `file` (relative to root, platform separators) matters. */
  relevant: (file: string) => boolean
  /** Folders never watched (the output), absolute. */
  ignore: () => readonly string[]
  /** Run one rebuild. */
  rebuild: () => Promise<number>
  /** Milliseconds of quiet before a rebuild. Default 100. */
  debounceMs?: number
  /** Stops watching (default: Ctrl-C). */
  signal?: AbortSignal
}

/** What changed, for the line printed before a rebuild: `articles/a.md` or `articles/a.md and 2 more`. */
export function describeChanges(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(', ')
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown
}

/** Watch and rebuild until interrupted; resolves to 0. */
export async function watchAndRebuild(io: CliIo, options: WatchOptions): Promise<number> {
  const { root, relevant, rebuild } = options
  const changed = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = false
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    do {
      again = false
      const files = [...changed].sort()
      changed.clear()
      io.stdout(`dateline: changed ${describeChanges(files.map((file) => file.split(path.sep).join('/')))}; rebuilding\n`)
      await rebuild()
    } while (again || changed.size)
    running = false
  }
  const watcher = watch(root, {
    ignoreInitial: true,
    // Editors that save by writing a temporary file and renaming it: one "change", not unlink + add.
    atomic: true,
    ignored: (file) => {
      const relative = path.relative(root, file)
      if (!relative) return false
      if (options.ignore().some((folder) => file === folder || file.startsWith(folder + path.sep))) return true
      return relative.split(path.sep).some((part) => part === 'node_modules' || (part.startsWith('.') && part !== '.'))
    },
  })
  watcher.on('all', (event, file) => {
    if (event === 'addDir') return
    const relative = path.relative(root, file)
    if (!relevant(relative)) return
    changed.add(relative)
    clearTimeout(timer)
    timer = setTimeout(() => void run(), options.debounceMs ?? 100)
  })
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve)
    watcher.once('error', reject)
  })
  io.stdout(`dateline: watching ${path.relative(io.cwd, root) || '.'} (Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    if (options.signal) options.signal.addEventListener('abort', stop, { once: true })
    else process.once('SIGINT', stop)
  })
  clearTimeout(timer)
  await watcher.close()
  return 0
}
