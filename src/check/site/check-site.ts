/**
 * Site mode (`dateline check` with no PATH): lint the site's sources with
 * their positions, then build everything in memory and check each output as
 * if it had been written — nothing touches the disk — and cross-check the
 * outputs: the same URL, headline, authors and dates in the JSON-LD, feeds,
 * sitemaps and page (see cross-check.ts).
 */
import path from 'node:path'
import { emitSite, planBuild } from '../../build.js'
import { loadSite, type ProgressCallback, type Site } from '../../load/site.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { memorySink } from '../../write/output.js'
import { SiteCrossCheck } from './cross-check.js'
import { mergeFindings, SourceMapper } from './at-source.js'
import { displayPath } from '../documents/inputs.js'
import type { CheckOptions } from '../documents/options.js'
import { ALL_RULES } from './registry.js'
import { selectFindings, unknownRulePatterns } from '../documents/rule-selection.js'
import { DatelineError } from '../../util/diagnostic.js'
import { readForCheck, type ReadForCheck } from '../documents/read.js'
import { ParsedDocument } from '../documents/parsed.js'
import { checkDocumentAs, sortDiagnostics, type CheckedFile, type CheckResult } from '../documents/run.js'

/**
 * Site mode's defaults under the config's `check.rules`: schema.org terms in
 * the pending area here are ones dateline writes by design
 * (NewsMediaOrganization, its policies, the NewsArticle subtypes), not the
 * user's choice, so reporting them on every run is noise.
 */
export const SITE_MODE_RULES = { 'schema/pending': 'off' } as const

export interface CheckSiteOptions extends Omit<CheckOptions, 'siteUrl'> {
  /* `rules` (from CheckOptions) override the config's `check.rules`. */
  /** Config file instead of the one found in the root. */
  configFile?: string
  /** Folder reports are relative to. Default: `process.cwd()`. */
  cwd?: string
  /** Called as work advances (for a progress line). */
  onProgress?: ProgressCallback
}

/** A site check, with the loaded site and the in-memory build it checked (what `dateline preview` shows). */
export interface SiteCheckResult extends CheckResult {
  site: Site
  /** Every output a build would write, by path relative to the output folder. */
  outputs: ReadonlyMap<string, Uint8Array>
}

/**
 * Check the site in `root`: its sources (config, frontmatter) and everything a
 * build would write, under the dateline policy for JSON-LD. Config errors
 * throw `DatelineError` (exit 2), as in `dateline build`.
 */
export async function checkSite(root: string, options: CheckSiteOptions = {}): Promise<SiteCheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const { onProgress } = options
  const site = await loadSite(root, { configFile: options.configFile, now: options.now, ...(onProgress ? { onProgress } : {}) })
  assertKnownRules(site.config.check?.rules, site.config.configFile)
  const rootDir = site.config.root
  const fromRoot = (file: string) => displayPath(path.resolve(rootDir, file), cwd)
  const diagnostics: Diagnostic[] = site.diagnostics.map((d) => ({ ...d, file: fromRoot(d.file) }))
  const files: CheckedFile[] = [...new Set(site.diagnostics.map((d) => d.file))].map((file) => ({ file: fromRoot(file), kind: 'unknown' }))

  const sink = memorySink()
  const plan = planBuild(site)
  await emitSite(site, sink, plan, undefined, onProgress)
  const checkOptions: CheckOptions = { now: site.now, siteUrl: site.config.site.url, policy: options.policy ?? 'dateline' }
  const outputs = [...sink.files.keys()].sort()
  const shownOutput = (name: string) => displayPath(path.resolve(site.config.out, name), cwd)
  // Outputs need not exist on disk: each finding on one moves to the source line that caused it.
  const mapper = new SourceMapper(site.config, plan, { output: shownOutput, source: fromRoot })
  const reads = new Map<string, Extract<ReadForCheck, { ok: true }>>()
  for (const name of outputs) {
    const read = readForCheck(sink.files.get(name)!, shownOutput(name))
    if (read.ok) reads.set(name, read)
    else {
      files.push({ file: shownOutput(name), kind: read.kind })
      diagnostics.push(...mapper.fromOutput(name, new ParsedDocument(''), read.kind, [read.finding]))
    }
  }
  // Cross-check findings name outputs by their names under the output folder (no source file is named like one).
  const cross = new SiteCrossCheck(site.articles, site.config, (name) => reads.get(name)?.text, { now: site.now, sourceName: fromRoot, plan })
  for (const [index, name] of outputs.entries()) {
    const read = reads.get(name)
    if (!read) continue
    onProgress?.('checking files', index, outputs.length)
    const shown = shownOutput(name)
    // One parse of each output, shared by the document rules, the cross-check and the mapping to sources.
    const parsed = new ParsedDocument(read.text)
    const found: Diagnostic[] = []
    if (read.kind !== 'unknown') {
      files.push({ file: shown, kind: read.kind })
      found.push(...read.diagnostics, ...checkDocumentAs(read.kind, read.text, shown, checkOptions, read.bytes, parsed))
    }
    found.push(...cross.output(name, read.text, parsed, read.kind))
    diagnostics.push(...mapper.fromOutput(name, parsed, read.kind, found))
  }
  for (const d of cross.finish(reads.keys())) {
    const read = reads.get(d.file)
    diagnostics.push(...(read ? mapper.fromOutput(d.file, new ParsedDocument(read.text), read.kind, [d]) : [d]))
  }
  const rules = { ...SITE_MODE_RULES, ...site.config.check?.rules, ...options.rules }
  return { diagnostics: sortDiagnostics(selectFindings(mergeFindings(diagnostics), { rules })), files, site, outputs: sink.files }
}

/** Config `check.rules` may name only rules dateline has: a typo would silently keep a rule on. */
export function assertKnownRules(rules: Readonly<Record<string, unknown>> | undefined, configFile: string | undefined): void {
  const problems = unknownRulePatterns(Object.keys(rules ?? {}), ALL_RULES.map((rule) => rule.id))
  if (problems.length) throw new DatelineError(problems.map((p) => `${configFile ? `${displayPath(configFile, process.cwd())}: ` : ''}check.rules: ${p}`).join('\n'), 2)
}
