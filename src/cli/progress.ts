/**
 * A one-line progress display on a terminal: `loading articles 340/1000, 1.2s`,
 * rewritten in place on stderr. It appears only once the work has taken
 * about a second (fast runs stay quiet), at most ten times a second, and
 * never when stderr is not a terminal or with --quiet.
 */
export interface Progress {
  /** Report `done` of `total` for `phase` (e.g. "loading", "checking"). */
  update(phase: string, done: number, total: number): void
  /** Erase the line (before the summary is printed). */
  clear(): void
}

export interface ProgressOptions {
  /** Where the line goes (stderr). */
  write: (text: string) => void
  /** Whether to show anything: stderr is a terminal and not --quiet. */
  enabled: boolean
  /** Milliseconds before the first line. Default 1000. */
  delayMs?: number
  /** Clock in ms. Default `performance.now`. */
  now?: () => number
}

/** A progress line; a no-op when disabled. */
export function createProgress(options: ProgressOptions): Progress {
  if (!options.enabled) return { update: () => {}, clear: () => {} }
  const now = options.now ?? (() => performance.now())
  const started = now()
  const delay = options.delayMs ?? 1000
  let lastDrawn = -Infinity
  let shown = false
  return {
    update(phase, done, total) {
      const t = now()
      if (t - started < delay || (t - lastDrawn < 100 && done !== total)) return
      lastDrawn = t
      shown = true
      options.write(`\r\x1b[2K${phase} ${done}/${total}, ${((t - started) / 1000).toFixed(1)}s`)
    },
    clear() {
      if (shown) options.write('\r\x1b[2K')
      shown = false
    },
  }
}
