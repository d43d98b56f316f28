/** `dateline build [ROOT]`: SPEC §4. A thin shell over `build()`. */
import path from 'node:path'
import { build } from '../build.js'
import { BuildCache, defaultCacheDir } from '../cache/store.js'
import type { Skipped } from '../load/site.js'
import { DatelineError, formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { terminalStyle, type TerminalStyle } from '../report/style.js'
import { startCommand } from './args.js'
import type { CliIo } from './io.js'
import { createProgress } from './progress.js'
import { watchAndRebuild } from './watch.js'
import { nowOption } from './options.js'
import { plural } from '../util/plural.js'
import { MAX_WARNINGS_SHOWN } from '../util/limits.js'
import { capWarnings } from './warning-cap.js'

export const BUILD_HELP = `Usage: dateline build [ROOT] [options]

Reads the site in ROOT (default: the current folder) and writes JSON-LD, head
fragments, feeds, sitemaps and (with pages: true) pages under its "out" folder.

Options:
  --out DIR       write here instead of the config's "out"
  --config FILE   use this config file instead of ROOT/dateline.config.*
  --now ISO       the build's "now" (also DATELINE_NOW): decides scheduled
                  articles and the news-sitemap window; default: the clock
  --strict        warnings fail the build
  --watch         rebuild when a source changes (saves by rename too),
                  printing what changed; the cache stays in memory too
  --cache-dir DIR keep the build cache here (default: node_modules/.cache/dateline
                  in ROOT when ROOT has node_modules, else ROOT/.dateline-cache)
  --no-cache      neither read nor write the build cache
  --quiet         print only errors
  -h, --help      show this help

Exit codes: 0 built; 1 content errors; 2 usage, config or I/O failure.
`

/** Run the build command; resolves to the exit code. */
export async function runBuild(argv: string[], io: CliIo): Promise<number> {
  const line = startCommand('build', argv, io, {
    out: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
    strict: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  }, BUILD_HELP)
  if (typeof line === 'number') return line
  const { values, positionals, fail } = line
  if (positionals.length > 1) return fail(`expected at most one ROOT folder, got ${positionals.length}`)
  const nowParsed = nowOption(values.now, io.env)
  if (!nowParsed.ok) return fail(nowParsed.message)
  const now = nowParsed.now
  const root = path.resolve(io.cwd, positionals[0] ?? '.')
  const cacheDir = values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : defaultCacheDir(root)
  // One cache for every rebuild of a watch session, held in memory as well as on disk.
  const cache = values['no-cache'] ? false : values.watch ? new BuildCache({ dir: cacheDir, memory: true }) : cacheDir
  const once = () =>
    buildOnce(root, io, {
      ...(values.config ? { configFile: path.resolve(io.cwd, values.config) } : {}),
      ...(values.out ? { out: path.resolve(io.cwd, values.out) } : {}),
      ...(now !== undefined ? { now } : {}),
      strict: values.strict,
      quiet: values.quiet,
      cache,
    })
  const code = await once()
  if (!values.watch) return code
  const out = () => (values.out ? path.resolve(io.cwd, values.out) : lastOut)
  return watchAndRebuild(io, { root, rebuild: once, relevant: (file) => isSource(root, out(), file), ignore: () => [out()].filter((folder) => folder !== undefined) })
}

/** The output folder of the last successful build, so the watcher can ignore what it writes. */
let lastOut: string | undefined

// What a site is made of: articles, config, authors registry, static files.
const SOURCE_FILE = /\.(md|markdown|mdown|mkdn?|ya?ml|toml|json|[cm]?[jt]s)$/i

/** Whether a change to `file` (relative to `root`) can change the build's output. */
function isSource(root: string, out: string | undefined, file: string): boolean {
  const absolute = path.resolve(root, file)
  if (out && (absolute === out || absolute.startsWith(out + path.sep))) return false
  const parts = file.split(path.sep)
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return false
  return parts[0] === 'public' || SOURCE_FILE.test(file)
}

async function buildOnce(root: string, io: CliIo, options: { configFile?: string; out?: string; now?: number; strict: boolean; quiet: boolean; cache: string | BuildCache | false }): Promise<number> {
  const started = performance.now()
  const style = terminalStyle(io.env, io.tty?.stderr ?? false)
  const progress = createProgress({ write: io.stderr, enabled: !options.quiet && (io.tty?.stderr ?? false) })
  const show = (root: string, d: Diagnostic) => {
    progress.clear()
    printDiagnostic(io, root, d, options.quiet, style)
  }
  try {
    const result = await build(root, { ...options, onProgress: progress.update }).finally(() => progress.clear())
    lastOut = result.site.config.out
    // Info findings (a theme's own frontmatter keys) are for `dateline check`; the summary counts them.
    printCapped(result.diagnostics, (d) => show(root, d), io, root, options.quiet)
    if (!options.quiet) {
      const { articles, config } = result.site
      const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length
      const notes = result.diagnostics.filter((d) => d.severity === 'info').length
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      io.stdout(
        `dateline: built ${plural(articles.length, 'article')}${leftOut(result.site.skipped)}, ` +
          `${plural(warnings, 'warning')}${notes ? ` (${plural(notes, 'note')}: dateline check lists them)` : ''}, ` +
          `${plural(result.files.length, 'file')} in ${seconds}s -> ${relative(io.cwd, config.out)}\n`,
      )
    }
    return 0
  } catch (error) {
    if (error instanceof DatelineError) {
      printCapped(error.diagnostics, (d) => show(root, d), io, root, options.quiet)
      // Config errors carry their details as diagnostics; say them once.
      const summary = error.diagnostics.length && error.exitCode === 2 ? 'invalid config; nothing was built' : error.message
      io.stderr(`dateline: ${summary}\n`)
      return error.exitCode
    }
    io.stderr(`dateline: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`)
    return 2
  }
}

/** ` (left out: 2 drafts, …; skipped files: 3 list pages (_index.md), 40 not markdown (.png 38, .html 2))` or nothing. */
function leftOut(skipped: Skipped): string {
  const articles = [
    skipped.drafts && plural(skipped.drafts, 'draft'),
    skipped.scheduled && `${skipped.scheduled} scheduled`,
    skipped.expired && `${skipped.expired} expired (expiryDate)`,
    skipped.unlisted && `${skipped.unlisted} never rendered (permalink: false, build.render: never)`,
  ].filter(Boolean)
  const other = Object.entries(skipped.notMarkdown)
  const otherCount = other.reduce((sum, [, n]) => sum + n, 0)
  const files = [
    skipped.listPages && `${plural(skipped.listPages, 'list page')} (_index.md)`,
    otherCount && `${otherCount} not markdown (${other.map(([ext, n]) => `${ext} ${n}`).join(', ')})`,
  ].filter(Boolean)
  const parts = [articles.length && `left out: ${articles.join(', ')}`, files.length && `skipped files: ${files.join(', ')}`].filter(Boolean)
  return parts.length ? ` (${parts.join('; ')})` : ''
}

/** Print findings with warnings capped per file and in all; say how many were left out, and where. */
function printCapped(diagnostics: readonly Diagnostic[], show: (d: Diagnostic) => void, io: CliIo, root: string, quiet: boolean): void {
  const { shown, moreInFile, moreElsewhere } = capWarnings(diagnostics)
  shown.forEach(show)
  if (quiet) return
  const count = (n: number) => n.toLocaleString('en-US')
  for (const [file, more] of moreInFile) {
    const shownFile = relative(io.cwd, path.isAbsolute(file) ? file : path.join(root, file))
    io.stderr(`${shownFile}: … and ${count(more)} more ${more === 1 ? 'warning' : 'warnings'} in this file\n`)
  }
  if (moreElsewhere.warnings) {
    io.stderr(`dateline: … and ${count(moreElsewhere.warnings)} more ${moreElsewhere.warnings === 1 ? 'warning' : 'warnings'} in ${plural(moreElsewhere.files, 'other file')} (at most ${MAX_WARNINGS_SHOWN} are shown; dateline check lists them all)\n`)
  }
}

function printDiagnostic(io: CliIo, root: string, d: Diagnostic, quiet: boolean, style: TerminalStyle): void {
  if (quiet && d.severity !== 'error') return
  const file = relative(io.cwd, path.isAbsolute(d.file) ? d.file : path.join(root, d.file))
  io.stderr(`${formatLocation({ ...d, file })}: ${style.paint(d.severity, d.severity)}: ${d.message} ${style.paint('dim', `[${d.rule}]`)}\n`)
}

function relative(cwd: string, file: string): string {
  const r = path.relative(cwd, file)
  return r && !r.startsWith('..') ? r : file
}
