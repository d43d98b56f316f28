/** `dateline check [PATH…]`: SPEC §5. A thin shell over `checkFiles` / `checkSite` and the report formats. */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ALL_RULES } from '../check/site/registry.js'
import { checkFiles, type CheckResult } from '../check/documents/run.js'
import type { CheckOptions } from '../check/documents/options.js'
import { checkUrls, LIVE_DEFAULTS } from '../check/documents/live/crawl.js'
import { selectFindings, unknownRulePatterns } from '../check/documents/rule-selection.js'
import type { SiteCheckResult } from '../check/site/check-site.js'
import { findConfigFile, loadConfig } from '../load/config.js'
import { countBySeverity, FORMATS, isFormatName } from '../report/index.js'
import { DatelineError } from '../util/diagnostic.js'
import { startCommand } from './args.js'
import type { CliIo } from './io.js'
import { createProgress } from './progress.js'
import { terminalStyle } from '../report/style.js'
import { nowOption, packageVersion } from './options.js'
import { plural } from '../util/plural.js'

export const CHECK_HELP = `Usage: dateline check [PATH...] [options]

Without PATH: lint the site in the current folder (config and frontmatter)
and validate everything a build would write, without writing it.
With PATHs (files, folders, globs): validate what they are, detected by
content: HTML (its JSON-LD blocks), JSON-LD, JSON Feed, RSS, Atom, sitemap,
sitemap index, news sitemap. Folders skip node_modules and dot-folders.
A PATH may be an http(s) URL: the document is fetched and checked, with
its status, redirects and Content-Type.

Options:
  --format NAME       stylish (default), json, sarif, junit, github, html
                      (html: a self-contained report page; see preview)
  --output FILE       write the report to FILE instead of standard output
  --max-warnings N    fail when there are more than N warnings
  --now ISO           "now" for the news-sitemap window and feed dates
                      (also DATELINE_NOW); default: the clock
  --config FILE       the site config (site mode; with PATHs its site.url
                      is the host sitemap URLs must be on)
  --site-url URL      the site's URL: sitemap URLs must be on its host
  --policy NAME       JSON-LD rules: google (default for PATHs) or dateline
                      (also dateline's stricter policy; default in site mode)
  --crawl             from URLs, follow sitemap indexes, sitemaps and the feeds
                      pages advertise (same hosts; robots.txt honoured)
  --max-pages N       documents fetched at most (default ${LIVE_DEFAULTS.maxPages})
  --concurrency N     requests at once (default ${LIVE_DEFAULTS.concurrency})
  --timeout S         seconds per document (default ${LIVE_DEFAULTS.timeoutMs / 1000})
  --max-bytes N       bytes read per response (default ${LIVE_DEFAULTS.maxBytes}, 50 MB)
  -q, --quiet         report errors only
  --rule ID           report only this rule (repeatable; "feed/*" for a layer)
  --ignore-rule ID    never report this rule (repeatable; "feed/*" for a layer)
                      Config check.rules sets rules to off, warn or error.
  -h, --help          show this help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 otherwise;
2 usage, config or unreadable input.
`


/** Run the check command; resolves to the exit code. */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const line = startCommand('check', argv, io, {
    format: { type: 'string', short: 'f', default: 'stylish' },
    output: { type: 'string', short: 'o' },
    'max-warnings': { type: 'string' },
    now: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'site-url': { type: 'string' },
    policy: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    crawl: { type: 'boolean', default: false },
    'max-pages': { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'max-bytes': { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
    'ignore-rule': { type: 'string', multiple: true, default: [] },
  }, CHECK_HELP)
  if (typeof line === 'number') return line
  const { values, positionals, fail } = line
  const format = values.format ?? 'stylish'
  if (!isFormatName(format)) return fail(`unknown --format "${format}"; use one of ${Object.keys(FORMATS).join(', ')}`)

  let maxWarnings = Infinity
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'].trim()
    if (!/^-?\d+$/.test(text) || Number(text) < -1) return fail(`--max-warnings must be a whole number (or -1 for no limit), not "${values['max-warnings']}"`)
    maxWarnings = Number(text) === -1 ? Infinity : Number(text)
  }

  const nowParsed = nowOption(values.now, io.env)
  if (!nowParsed.ok) return fail(nowParsed.message)
  const now = nowParsed.now ?? Date.now()

  const policy = values.policy
  if (policy !== undefined && policy !== 'google' && policy !== 'dateline') return fail(`unknown --policy "${policy}"; use google or dateline`)

  let siteUrl = values['site-url']
  if (siteUrl !== undefined) {
    try {
      const url = new URL(siteUrl)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    } catch {
      return fail(`--site-url must be an absolute http(s) URL, not "${siteUrl}"`)
    }
  }
  const configFile = values.config === undefined ? undefined : path.resolve(io.cwd, values.config)
  const only = values.rule.flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean)
  const ignore = values['ignore-rule'].flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean)
  const badRules = unknownRulePatterns([...only, ...ignore], ALL_RULES.map((rule) => rule.id))
  if (badRules.length) return fail(badRules.join('\n'))

  const live: { maxPages?: number; concurrency?: number; timeoutMs?: number; maxBytes?: number } = {}
  for (const [flag, key, scale] of [['max-pages', 'maxPages', 1], ['concurrency', 'concurrency', 1], ['timeout', 'timeoutMs', 1000], ['max-bytes', 'maxBytes', 1]] as const) {
    const text = values[flag]
    if (text === undefined) continue
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || Number(text) <= 0) return fail(`--${flag} must be a positive number, not "${text}"`)
    live[key] = Math.round(Number(text) * scale)
  }
  const urls = positionals.filter((arg) => /^https?:\/\//i.test(arg))
  const paths = positionals.filter((arg) => !urls.includes(arg))
  for (const url of urls) {
    if (!URL.canParse(url)) return fail(`not a valid URL: "${url}"`)
  }
  if (values.crawl && urls.length === 0) return fail('--crawl needs at least one http(s) URL')

  let result: CheckResult
  const progress = createProgress({ write: io.stderr, enabled: io.tty?.stderr ?? false })
  try {
    if (positionals.length === 0) {
      // Site mode and the html report load the build and the preview; checking files needs neither, so they load on use.
      const { checkSite } = await import('../check/site/check-site.js')
      result = await checkSite(io.cwd, { cwd: io.cwd, now, onProgress: progress.update, ...(configFile ? { configFile } : {}), ...(policy ? { policy } : {}) }).finally(() => progress.clear())
    } else {
      // With PATHs the config is optional: --config, or the one in the current folder, for check.rules (and site.url with --config).
      const config = configFile || findConfigFile(io.cwd) ? await loadConfig(io.cwd, configFile ? { configFile } : {}) : undefined
      if (siteUrl === undefined && configFile) siteUrl = config!.site.url
      if (config?.check?.rules) (await import('../check/site/check-site.js')).assertKnownRules(config.check.rules, config.configFile)
      const rules = config?.check?.rules
      const options: CheckOptions = { now, ...(siteUrl ? { siteUrl } : {}), ...(policy ? { policy } : {}), ...(rules ? { rules } : {}) }
      const fromFiles = paths.length ? await checkFiles(paths, { cwd: io.cwd, onProgress: progress.update, ...options }).finally(() => progress.clear()) : { diagnostics: [], files: [] }
      const fromWeb = urls.length ? await checkUrls(urls, { ...options, ...live, crawl: values.crawl, userAgent: `dateline-kit/${packageVersion()} (+https://www.npmjs.com/package/dateline-kit)` }) : { diagnostics: [], files: [] }
      result = { diagnostics: [...fromFiles.diagnostics, ...fromWeb.diagnostics], files: [...fromFiles.files, ...fromWeb.files] }
    }
  } catch (error) {
    if (error instanceof DatelineError) {
      for (const d of error.diagnostics) io.stderr(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]\n`)
      return fail(error.message)
    }
    return fail(`unexpected failure: ${(error as Error)?.message ?? String(error)}`)
  }

  const diagnostics = selectFindings(result.diagnostics, { only, ignore, quiet: values.quiet })
  // The html report shows each article as `dateline preview` does, with this run's findings.
  const collect = format === 'html' ? await import('../preview/collect.js') : undefined
  const preview =
    collect ? ('site' in result ? collect.previewOfSiteCheck({ ...(result as SiteCheckResult), diagnostics }, io.cwd) : collect.previewOfFileCheck({ ...result, diagnostics }, positionals, { cwd: io.cwd, ...(siteUrl ? { siteUrl } : {}) })) : undefined
  const report = FORMATS[format]({
    ...(preview ? { preview } : {}),
    diagnostics,
    files: result.files.map((file) => file.file),
    rules: ALL_RULES,
    toolVersion: packageVersion(),
    // Colour and Unicode markers only for a terminal; a file written with --output gets plain text.
    style: terminalStyle(io.env, values.output === undefined && (io.tty?.stdout ?? false)),
  })
  if (values.output !== undefined) {
    const target = path.resolve(io.cwd, values.output)
    try {
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, report)
    } catch (error) {
      return fail(`cannot write --output "${values.output}": ${(error as Error).message}`)
    }
  } else {
    io.stdout(report)
  }

  const counts = countBySeverity(diagnostics)
  if (counts.error > 0) return 1
  if (counts.warning > maxWarnings) {
    io.stderr(`dateline check: ${plural(counts.warning, 'warning')}, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}
