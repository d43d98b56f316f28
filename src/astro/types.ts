/** Types shared by the Astro integration (Node side) and its runtime (inside Astro's Vite build). */
import type { DatelineConfig, ResolvedConfig } from '../model/config.js'
import type { Author } from '../model/types.js'

/** The fields of an Astro content-collection entry that dateline reads. */
export interface AstroEntry {
  id: string
  collection: string
  data: Record<string, unknown>
  body?: string
  /** Path of the source file relative to the project root (glob loader, `type: 'content'`). */
  filePath?: string
}

/** Options of `dateline()` in `astro.config.mjs`. */
export interface DatelineAstroOptions {
  /** The content collection(s) that hold the articles. */
  collection: string | readonly string[]
  /**
   * The path of an entry's page as your routes make it, without `base`, e.g.
   * ``(entry) => `/blog/${entry.id}/` ``. Astro has no entry-to-route map, so you
   * say it. It is copied into the build as source text: use only its argument,
   * no variables from around it.
   */
  url: (entry: AstroEntry) => string
  /**
   * The dateline config (as in `dateline.config.*`), or nothing to read
   * `dateline.config.*` in the project root. `site.url` defaults to Astro's
   * `site` and `base`.
   */
  config?: Omit<DatelineConfig, 'site'> & { site: Partial<DatelineConfig['site']> & { name: string } }
  /** Run `dateline check` on the built output in `astro:build:done` and fail the build on errors. Default true. */
  check?: boolean
  /** "Now" (ISO 8601 or epoch ms) for the news window and scheduled articles. Default: when the build starts. */
  now?: string | number
}

/** What the integration hands its routes and component through the virtual module. */
export interface AstroRuntimeOptions {
  collections: string[]
  config: ResolvedConfig
  /** The author registry, resolved. */
  authors: [string, Author][]
  root: string
  now: number
  /** Astro's `base`, with a trailing slash. */
  base: string
  trailingSlash: 'always' | 'never' | 'ignore'
  /** Astro's `build.format`. */
  format: 'directory' | 'file' | 'preserve'
  /** `astro build` (findings fail it) rather than `astro dev`. */
  build: boolean
}
