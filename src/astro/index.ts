/**
 * `dateline-kit/astro`: an Astro integration. It resolves the dateline config
 * (Astro's `site` and `base` make `site.url`), injects prerendered endpoints
 * for the feeds and the Google News sitemap (they read the collections with
 * `getCollection`, so they work in `astro dev` too), and after `astro build`
 * runs `dateline check` on the output, failing the build on errors.
 *
 * It never writes `sitemap-index.xml` / `sitemap-0.xml` (that is
 * @astrojs/sitemap's job) and leaves your own `@astrojs/rss` endpoints alone.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ALL_RULES } from '../check/site/registry.js'
import { checkFiles } from '../check/documents/run.js'
import { loadAuthorRegistry } from '../load/authors.js'
import { findConfigFile, loadConfig } from '../load/config.js'
import { resolveConfig } from '../load/inline-config.js'
import { parseDateTime } from '../model/dates.js'
import type { ResolvedConfig } from '../model/config.js'
import { formatStylish } from '../report/stylish.js'
import { DatelineError, formatLocation } from '../util/diagnostic.js'
import type { AstroRuntimeOptions, DatelineAstroOptions } from './types.js'

export type { AstroEntry, DatelineAstroOptions } from './types.js'

const VIRTUAL_ID = 'virtual:dateline-kit/astro'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const here = path.dirname(fileURLToPath(import.meta.url))

/** The part of Astro's config the integration reads. */
interface AstroConfigSubset {
  root: URL
  site?: string
  base: string
  trailingSlash: 'always' | 'never' | 'ignore'
  build: { format: 'directory' | 'file' | 'preserve' }
}

/** The part of Astro's `astro:config:setup` argument the integration uses. */
interface ConfigSetup {
  config: AstroConfigSubset
  command: 'dev' | 'build' | 'preview' | 'sync'
  injectRoute(route: { pattern: string; entrypoint: string; prerender?: boolean }): void
  updateConfig(config: { vite: { plugins: unknown[]; ssr: { noExternal: string[] } } }): unknown
  logger: AstroLogger
}

interface AstroLogger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** An Astro integration (structurally `AstroIntegration`; the type is not imported so that dateline-kit does not depend on astro). */
export interface DatelineAstroIntegration {
  name: 'dateline-kit'
  hooks: {
    'astro:config:setup': (setup: ConfigSetup) => Promise<void>
    'astro:build:done': (done: { dir: URL; logger: AstroLogger }) => Promise<void>
  }
}

/** `integrations: [dateline({ collection: 'blog', url: (entry) => `/blog/${entry.id}/` })]`, last in the list. */
export default function dateline(options: DatelineAstroOptions): DatelineAstroIntegration {
  const urlSource = functionSource(options.url)
  let resolved: ResolvedConfig | undefined
  let now = 0
  return {
    name: 'dateline-kit',
    hooks: {
      'astro:config:setup': async ({ config: astro, command, injectRoute, updateConfig, logger }) => {
        const root = fileURLToPath(astro.root)
        now = nowOption(options.now)
        const base = `/${astro.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
        resolved = await siteConfig(options, root, astro.site, base)
        const { registry, diagnostics } = loadAuthorRegistry(resolved)
        const problems = diagnostics.filter((d) => d.severity === 'error')
        if (problems.length) throw new DatelineError(problems.map((d) => `${formatLocation(d)}: ${d.message}`).join('\n'), 2, problems)
        const runtime: AstroRuntimeOptions = {
          collections: typeof options.collection === 'string' ? [options.collection] : [...options.collection],
          config: resolved,
          authors: [...registry.byId],
          root,
          now,
          base,
          trailingSlash: astro.trailingSlash,
          format: astro.build.format,
          build: command === 'build',
        }
        const moduleText = `export const options = ${JSON.stringify(runtime)};\nexport const url = (${urlSource});\n`
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dateline-kit:options',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? moduleText : undefined),
              },
            ],
            // The routes and the component import astro:content and the virtual module: Vite must process the package, not hand it to Node.
            ssr: { noExternal: ['dateline-kit'] },
          },
        })
        for (const file of siteFilePaths(resolved)) {
          injectRoute({ pattern: `/${file}`, entrypoint: path.join(here, 'routes/file.js'), prerender: true })
        }
        if (resolved.feeds && resolved.feeds.sections) {
          for (const file of feedNames(resolved)) injectRoute({ pattern: `/[datelineSection]/${file}`, entrypoint: path.join(here, 'routes/section-file.js'), prerender: true })
        }
        logger.info(`serving ${siteFilePaths(resolved).join(', ') || 'no feeds'} from collection ${runtime.collections.join(', ')}`)
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (options.check === false) return
        const out = fileURLToPath(dir)
        const result = await checkFiles([out], { cwd: out, now, ...(resolved ? { siteUrl: resolved.site.url } : {}) })
        const errors = result.diagnostics.filter((d) => d.severity === 'error')
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length
        const report = () => formatStylish({ diagnostics: result.diagnostics, files: result.files.map((f) => f.file), rules: ALL_RULES })
        if (errors.length) {
          logger.error(report())
          throw new Error(`dateline check: ${errors.length} error(s) in the built site (${out}); see above, or run npx dateline check ${path.relative(process.cwd(), out) || '.'}`)
        }
        if (warnings) logger.warn(report())
        logger.info(`dateline check: ${result.files.length} files, 0 errors, ${warnings} warnings`)
      },
    },
  }
}

/** The dateline config: the `config` option or `dateline.config.*`, `site.url` from Astro's `site` and `base` unless given. */
async function siteConfig(options: DatelineAstroOptions, root: string, site: string | undefined, base: string): Promise<ResolvedConfig> {
  const siteUrl = site ? new URL(base, site).href : undefined
  if (options.config) {
    const url = options.config.site.url ?? siteUrl
    if (!url) throw new DatelineError('dateline(): set `site` in astro.config (or config.site.url): feeds, sitemaps and JSON-LD need absolute URLs', 2)
    return resolveConfig({ ...options.config, site: { ...options.config.site, url } }, { root, name: 'dateline() config' })
  }
  if (!findConfigFile(root)) throw new DatelineError(`dateline(): pass { config } or add a dateline.config.* file to ${root}`, 2)
  return loadConfig(root)
}

function nowOption(value: string | number | undefined): number {
  if (value === undefined) return Date.now()
  if (typeof value === 'number') return value
  const parsed = parseDateTime(value, 'UTC')
  if (!parsed.ok) throw new DatelineError(`dateline(): now: ${parsed.reason}`, 2)
  return parsed.value.epochMs
}

function feedNames(config: ResolvedConfig): string[] {
  if (!config.feeds) return []
  return [config.feeds.rss, config.feeds.atom, config.feeds.json].filter((name): name is string => Boolean(name)).map((name) => name.replace(/^\/+/, ''))
}

/** The site-wide files the integration serves: the feeds and the news sitemap (never the plain sitemap: @astrojs/sitemap writes that). */
function siteFilePaths(config: ResolvedConfig): string[] {
  return [...feedNames(config), ...(config.newsSitemap ? [config.newsSitemap.file.replace(/^\/+/, '')] : [])]
}

/** The function's source as an expression; it runs inside the build, where nothing around it exists. */
function functionSource(fn: unknown): string {
  if (typeof fn !== 'function') throw new DatelineError('dateline(): `url` must be a function of the entry, e.g. (entry) => `/blog/${entry.id}/`', 2)
  let source = fn.toString()
  // A method shorthand (`url(entry) { … }`) is not an expression on its own.
  if (/^(async\s+)?[A-Za-z_$][\w$]*\s*\(/.test(source) && !/^(async\s+)?function\b/.test(source)) source = `function ${source}`
  try {
    new Function(`return (${source})`)
  } catch {
    throw new DatelineError('dateline(): cannot copy `url` into the build; write it as an arrow function of the entry', 2)
  }
  return source
}
