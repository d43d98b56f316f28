/** Options for checking documents (feeds, sitemaps, JSON-LD); every field optional. */
import type { RuleSetting } from '../../model/config.js'
import type { Policy } from './jsonld/index.js'

export interface CheckOptions {
  /**
   * "Now" in epoch milliseconds, for the news-sitemap window and implausible
   * feed dates. Left out, time-dependent checks are skipped: checkers never
   * read the clock (the CLI passes `--now` or the clock).
   */
  now?: number
  /**
   * The site's public root URL (`https://example.com/`). Sitemap URLs must be
   * on its host; without it, on the host of the file's first URL.
   */
  siteUrl?: string
  /**
   * JSON-LD policy: `google` (default) checks schema.org and Google's
   * documented rules; `dateline` adds dateline's stricter policy for its own output.
   */
  policy?: Policy
  /**
   * Rule id -> `off` | `warn` | `error` (config `check.rules`), applied to
   * what `checkFiles`, `checkSite` and `checkUrls` return.
   */
  rules?: Readonly<Record<string, RuleSetting>>
}
