/**
 * The build: load the site, emit every output into a staging folder, swap it
 * in. Emitting is a pure walk over the loaded site; all I/O goes through the
 * sink, so the same walk fills memory for `dateline check`.
 */
import path from 'node:path'
import { articleValues, releasePoints, renderPlannedFile, type RenderContext } from './emit/render.js'
import { SITEMAP_MEASURE } from './emit/sitemaps/xml.js'
import { BuildCache, defaultCacheDir } from './cache/store.js'
import { outFolderProblem } from './load/config-schema.js'
import { loadSite, type LoadSiteOptions, type ProgressCallback, type Site } from './load/site.js'
import { DATA_INDEX_FILE, PUBLIC_FOLDER } from './plan/layout.js'
import { planSite, type OutputPlan, type PlannedArticleFile, type PlannedFile } from './plan/plan.js'
import type { Article } from './model/types.js'
import { DatelineError, type Diagnostic } from './util/diagnostic.js'
import { plural } from './util/plural.js'
import { recoverOutput, writeStaged, type CarryingSink, type FolderSink, type OutputSink } from './write/output.js'
import { articleFilesTask, type ArticleFilesInput, type RenderedArticleFiles } from './write/article-files.js'
import { manifestFile } from './write/carry.js'
import { scanStaticFiles } from './write/public.js'
import { articleMessage } from './load/body.js'
import { WorkerPool, workerCount } from './util/worker-pool.js'

export interface BuildOptions extends Omit<LoadSiteOptions, 'cache'> {
  /** Output folder instead of the config's `out` (relative to the working directory). */
  out?: string
  /** Fail on warnings too. */
  strict?: boolean
  /**
   * The build cache: a folder (default `defaultCacheDir(root)`), an open
   * `BuildCache` (the watcher keeps one in memory), or `false` for none.
   */
  cache?: string | BuildCache | false
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
  const cache = openCache(root, options.cache)
  try {
    return await buildWith(root, options, cache)
  } finally {
    // Whatever happened, what this build put in the cache is kept (or dropped whole).
    cache?.end()
  }
}

/** `build` with its cache open. */
async function buildWith(root: string, options: BuildOptions, cache: BuildCache | undefined): Promise<BuildResult> {
  const { cache: _option, ...loadOptions } = options
  const site = await loadSite(root, { ...loadOptions, ...(cache ? { cache } : {}) })
  if (options.out) {
    site.config.out = path.resolve(options.out)
    const problem = outFolderProblem(site.config)
    if (problem) throw new DatelineError(`--out ${options.out}: ${problem}`, 2)
  }
  // Even a build that fails below puts back the whole output a killed build moved aside.
  await recoverOutput(site.config.out)
  // Links in public/ that leave the site are skipped with a warning, which --strict fails on like any other.
  const staticFiles = await scanStaticFiles(path.join(site.config.root, PUBLIC_FOLDER), { root: site.config.root, out: site.config.out })
  site.diagnostics.push(...staticFiles.diagnostics)
  const failing = site.diagnostics.filter((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'))
  if (failing.length) {
    const what = failing.some((d) => d.severity === 'error') ? plural(failing.length, 'content error') : `${plural(failing.length, 'warning')} (--strict)`
    throw new DatelineError(`build failed: ${what}; nothing was written`, 1, site.diagnostics)
  }
  const files = await writeStaged(site.config.out, (sink) => emitSite(site, sink, planBuild(site), cache, options.onProgress), {
    staticFiles,
    ...(cache?.dir ? { manifest: manifestFile(cache.dir, site.config.out) } : {}),
    ownedMarker: DATA_INDEX_FILE,
  })
  return { site, files, diagnostics: site.diagnostics }
}

/** The output plan of a loaded site, sitemaps split the way the renderer writes them. */
export function planBuild(site: Site): OutputPlan {
  return planSite(site, { sitemapMeasure: SITEMAP_MEASURE })
}

/** Write every output of a loaded site into `sink` (load → plan → render each planned file); returns the files written, sorted. */
export async function emitSite(site: Site, sink: OutputSink, plan: OutputPlan = planBuild(site), cache?: BuildCache, onProgress?: ProgressCallback): Promise<string[]> {
  const context: RenderContext = { config: site.config, now: plan.now, shared: articleValues(site.config) }
  const lastOfArticle = site.config.pages ? 'article-page' : 'article-head'
  const releaseAfter = releasePoints(plan.files)
  const bodies = context.shared.bodies.html
  // Feed items' HTML comes from the cache too (feeds are rendered before the articles' own files).
  if (cache) for (const article of site.articles) for (const [key, html] of cache.outputsStartingWith(article, FEED_HTML)) primeBody(bodies, article, key, html)
  // Each article's own files that the cache does not hold are rendered on worker threads, a window ahead of this
  // loop; into a fresh staging folder (`reserve`) they are created there too (a warm build's sink compares with `out` first).
  const own = new Map<Article, PlannedArticleFile[]>()
  for (const file of plan.files) {
    if (!isArticleFile(file) || cache?.has(file.article, file.kind)) continue
    const files = own.get(file.article)
    if (files) files.push(file)
    else own.set(file.article, [file])
  }
  const folder = 'reserve' in sink ? (sink as FolderSink) : undefined
  const start = (article: Article): ArticleFilesInput => ({
    article,
    files: own.get(article)!.map(({ kind, path }) => ({ kind, path, ...(folder ? { target: folder.reserve(path) } : {}) })),
    keep: cache !== undefined,
  })
  const size = workerCount(own.size, site.config.pages ? MIN_POOLED_PAGES : MIN_POOLED_ARTICLES)
  const pool = size > 0 ? new WorkerPool({ task: articleFilesTask, shared: site.config, items: [...own.keys()], start, input: (job) => job, pack: ({ article, ...rest }) => ({ article: articleMessage(article), ...rest }), perWorker: site.config.pages ? 4 : 16 }, size) : undefined
  let done: RenderedArticleFiles | undefined
  try {
    for (const [i, file] of plan.files.entries()) {
      onProgress?.('writing files', i, plan.files.length)
      if (isArticleFile(file) && file.kind === 'article-jsonld') done = pool && own.has(file.article) ? (await pool.take(file.article)).output : undefined
      const made = done && isArticleFile(file) && own.get(file.article)?.includes(file) ? { content: done[file.kind], written: folder !== undefined } : undefined
      await emitFile(file, context, sink, cache, lastOfArticle, made)
      for (const article of releaseAfter[i]!) context.shared.release(article)
    }
  } finally {
    await pool?.close()
  }
  return plan.files.map((file) => file.path).sort()
}

function isArticleFile(file: PlannedFile): file is PlannedArticleFile {
  return file.kind === 'article-jsonld' || file.kind === 'article-head' || file.kind === 'article-page'
}

/** A file a worker made (`articleFilesTask`): what it holds (when sent back), and whether it is in the sink already. */
interface MadeFile {
  content: string | undefined
  written: boolean
}

/** Write one planned file: from the cache when it holds the file, else as `made` on a worker, else rendered here; then remembered. */
async function emitFile(file: PlannedFile, context: RenderContext, sink: OutputSink, cache: BuildCache | undefined, lastOfArticle: string, made?: MadeFile): Promise<void> {
  if (!cache || !isArticleFile(file)) return made ? putMade(file, sink, made) : renderPlannedFile(file, context, sink)
  // An article's own files depend on it and the config alone: reuse what an earlier build rendered.
  const { article } = file
  if (file.kind === 'article-jsonld') {
    // The feeds are written by now: keep the HTML they rendered (a page renders its own, with the paywall wrapped).
    for (const [key, html] of context.shared.bodies.html.get(article) ?? []) if (key !== PAGE_HTML) cache.record(article, `${FEED_HTML}${key}`, html)
  }
  // What fixes the file's bytes: the staged sink carries it from the previous output when that still holds them.
  const key = 'carry' in sink ? cache.outputKey(article, file.kind) : undefined
  const staged = key === undefined ? undefined : (sink as CarryingSink)
  // Read from the cache only when it cannot be carried: a warm build then reads no rendered file at all.
  if (cache.has(article, file.kind) && staged?.carry(file.path, key!)) {
    cache.stats.files++
    cache.stats.carried++
  } else {
    const hit = cache.output(article, file.kind)
    if (hit !== undefined) await sink.write(file.path, hit)
    else if (made) {
      await putMade(file, sink, made)
      cache.record(article, file.kind, made.content!)
    } else await renderPlannedFile(file, context, recording(sink, (content) => cache.record(article, file.kind, content)))
    staged?.made(file.path, key!)
  }
  if (file.kind === lastOfArticle) cache.finish(article)
}

/** Put a file a worker made into the sink, unless the worker created it there. */
async function putMade(file: PlannedFile, sink: OutputSink, made: MadeFile): Promise<void> {
  if (!made.written) await sink.write(file.path, made.content!)
}

/** Below this many articles to render, starting workers costs more than they save: a page costs ~5 ms to render, JSON-LD and head ~0.2 ms. */
const MIN_POOLED_PAGES = 200
const MIN_POOLED_ARTICLES = 2000
const FEED_HTML = 'feed-html:'
/** The key of a page's body variant (`content|paywall`): a page keeps its own, the cache stores the page. */
const PAGE_HTML = 'full|wrap'

/** Hand the body renderer what was rendered elsewhere (an earlier build, a worker) for `article` with the options `key` (`content|paywall`). */
function primeBody(bodies: Map<Article, Map<string, string>>, article: Article, key: string, html: string): void {
  let variants = bodies.get(article)
  if (!variants) bodies.set(article, (variants = new Map()))
  variants.set(key, html)
}

/** `sink`, telling `seen` what each whole-file write holds. */
function recording(sink: OutputSink, seen: (content: string) => void): OutputSink {
  return Object.assign(Object.create(sink) as OutputSink, {
    write(file: string, content: string | Uint8Array) {
      if (typeof content === 'string') seen(content)
      return sink.write(file, content)
    },
  })
}

function openCache(root: string, option: BuildOptions['cache']): BuildCache | undefined {
  if (option === false) return undefined
  if (option instanceof BuildCache) return option
  return new BuildCache({ dir: path.resolve(option ?? defaultCacheDir(path.resolve(root))) })
}
