/** `dateline preview [ROOT | PATH…]`: the HTML report of how articles look in search, social cards and feed readers. */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { findConfigFile } from '../load/config.js'
import { preview } from '../preview/index.js'
import { DatelineError } from '../util/diagnostic.js'
import { plural } from '../util/plural.js'
import { startCommand } from './args.js'
import type { CliIo } from './io.js'
import { nowOption } from './options.js'
import { createProgress } from './progress.js'

export const PREVIEW_HELP = `Usage: dateline preview [ROOT | PATH...] [options]

Writes a self-contained HTML report (index.html plus a page per article) of
how each article looks where readers meet it: the Google result (title and
description cut at their estimated pixel width), Facebook, X and LinkedIn
cards with the real og:image and its size checks, the feed item, the JSON-LD
graph, and every "dateline check" finding in place. Opens from disk, loads
nothing from the network.

Without PATH, or with a ROOT folder that has a dateline config: previews the
site's sources (nothing is written but the report). With PATHs (built pages,
feeds, sitemaps, folders): previews those files.

Options:
  --out DIR        where to write the report (default: dateline-preview);
                   an earlier report there is replaced, any other folder
                   with files in it is refused
  --config FILE    the site config instead of ROOT/dateline.config.*
  --site-url URL   with PATHs: the site's URL, mapped to the folders given
                   to find og:image files (default: the pages' origin)
  --now ISO        "now" as for check (also DATELINE_NOW)
  --quiet          print only errors
  -h, --help       show this help

Exit codes: 0 written (findings do not fail a preview; use check for that);
2 usage, config or I/O failure.
`

/** Run the preview command; resolves to the exit code. */
export async function runPreview(argv: string[], io: CliIo): Promise<number> {
  const line = startCommand('preview', argv, io, {
    out: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'site-url': { type: 'string' },
    now: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  }, PREVIEW_HELP)
  if (typeof line === 'number') return line
  const { values, positionals, fail } = line
  const nowParsed = nowOption(values.now, io.env)
  if (!nowParsed.ok) return fail(nowParsed.message)
  const siteUrl = values['site-url']
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) return fail(`--site-url must be an absolute http(s) URL, not "${siteUrl}"`)
  const out = path.resolve(io.cwd, values.out ?? 'dateline-preview')
  const configFile = values.config === undefined ? undefined : path.resolve(io.cwd, values.config)
  const first = positionals[0] ? path.resolve(io.cwd, positionals[0]) : io.cwd
  const siteMode = positionals.length === 0 || (positionals.length === 1 && isFolder(first) && (configFile !== undefined || findConfigFile(first) !== undefined))
  const progress = createProgress({ write: io.stderr, enabled: !values.quiet && (io.tty?.stderr ?? false) })
  const options = { cwd: io.cwd, onProgress: progress.update, ...(nowParsed.now !== undefined ? { now: nowParsed.now } : {}), ...(configFile ? { configFile } : {}), ...(siteUrl ? { siteUrl } : {}) }
  try {
    const { report, files } = await preview(siteMode ? { root: first } : { paths: positionals }, out, options).finally(() => progress.clear())
    if (!values.quiet) {
      const findings = report.articles.reduce((n, a) => n + a.findings.length, report.siteFindings.length)
      const shown = path.relative(io.cwd, out) || '.'
      io.stdout(`dateline: previewed ${plural(report.articles.length, 'article')} (${plural(findings, 'finding')}), ${plural(files.length, 'page')} -> ${path.join(shown, 'index.html')}\n`)
    }
    return 0
  } catch (error) {
    if (error instanceof DatelineError) {
      for (const d of error.diagnostics) io.stderr(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]\n`)
      return fail(error.message)
    }
    return fail(`unexpected failure: ${(error as Error)?.message ?? String(error)}`)
  }
}

function isFolder(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory()
}
