/**
 * The build: load the site, emit every output into a staging folder, swap it
 * in. Emitting is a pure walk over the loaded site; all I/O goes through the
 * sink, so the same walk fills memory for `dateline check`.
 */
import path from 'node:path'
import { articleValues, renderPlannedFile, type RenderContext } from './emit/render.js'
import { SITEMAP_MEASURE } from './emit/sitemaps/xml.js'
import { outFolderProblem } from './load/config-schema.js'
import { loadSite, type LoadSiteOptions, type Site } from './load/site.js'
import { DATA_INDEX_FILE, PUBLIC_FOLDER } from './plan/layout.js'
import { planSite, type OutputPlan } from './plan/plan.js'
import { DatelineError, type Diagnostic } from './util/diagnostic.js'
import { writeStaged, type OutputSink } from './write/output.js'

export interface BuildOptions extends LoadSiteOptions {
  /** Output folder instead of the config's `out` (relative to the working directory). */
  out?: string
  /** Fail on warnings too. */
  strict?: boolean
}

export interface BuildResult {
  site: Site
  /** Files written, relative to the output folder, `/`-separated, sorted. */
  files: string[]
  diagnostics: Diagnostic[]
}

export type { IndexEntry } from './emit/render.js'
export { DATA_FOLDER, pageFile, PUBLIC_FOLDER } from './plan/layout.js'

/**
 * Build the site in `root`. Content errors (or warnings with `strict`) throw a
 * `DatelineError` with exit code 1 and write nothing; the previous output stays.
 */
export async function build(root: string, options: BuildOptions = {}): Promise<BuildResult> {
  const site = await loadSite(root, options)
  if (options.out) {
    site.config.out = path.resolve(options.out)
    const problem = outFolderProblem(site.config)
    if (problem) throw new DatelineError(`--out ${options.out}: ${problem}`, 2)
  }
  const failing = site.diagnostics.filter((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'))
  if (failing.length) {
    const what = failing.some((d) => d.severity === 'error') ? 'content errors' : 'warnings (--strict)'
    throw new DatelineError(`build failed: ${failing.length} ${what}; nothing was written`, 1, site.diagnostics)
  }
  const files = await writeStaged(site.config.out, (sink) => emitSite(site, sink), {
    copyFrom: path.join(site.config.root, PUBLIC_FOLDER),
    ownedMarker: DATA_INDEX_FILE,
  })
  return { site, files, diagnostics: site.diagnostics }
}

/** The output plan of a loaded site, sitemaps split the way the renderer writes them. */
export function planBuild(site: Site): OutputPlan {
  return planSite(site, { sitemapMeasure: SITEMAP_MEASURE })
}

/** Write every output of a loaded site into `sink` (load → plan → render each planned file); returns the files written, sorted. */
export async function emitSite(site: Site, sink: OutputSink, plan: OutputPlan = planBuild(site)): Promise<string[]> {
  const context: RenderContext = { config: site.config, now: plan.now, shared: articleValues(site.config) }
  for (const file of plan.files) await renderPlannedFile(file, context, sink)
  return plan.files.map((file) => file.path).sort()
}
