/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI tools read it:
 * one run, every dateline rule in `tool.driver.rules` (id, descriptions,
 * help URL, default level), one result per finding with its region.
 *
 * Each result carries `partialFingerprints["dateline/v1"]`, a hash of rule,
 * file and message (which names the offending value) without the line, so an
 * alert keeps its identity when lines above it move. In site mode the file is
 * the source (frontmatter, registry, config) and the list of affected outputs
 * is left out of the hash, so an alert stays one alert as articles come and
 * go. `primaryLocationLineHash`
 * is left to GitHub's upload, which computes it and warns on supplied values.
 * GitHub rejects runs over 25,000 results or 10 MB: past either, the most
 * severe results are kept and a notification says how many were left out.
 */
import { createHash } from 'node:crypto'
import type { RuleMeta } from '../util/rule.js'
import type { Diagnostic, Severity } from '../util/diagnostic.js'
import { messageWithoutOutputs } from '../check/documents/findings.js'
import { SEVERITIES, type Formatter } from './types.js'

/** GitHub code scanning's upload limits ("SARIF support for code scanning"). */
export const SARIF_LIMITS = { results: 25_000, bytes: 10 * 1024 * 1024 }

/** The fingerprint key; bump the version when what is hashed changes. */
export const FINGERPRINT_KEY = 'dateline/v1'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

function sarifRule(rule: RuleMeta) {
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs ? `${rule.description} ${rule.docs.why}` : rule.description },
    help: { text: rule.docs ? `${rule.docs.fix} (${rule.helpUrl})` : rule.helpUrl },
    helpUri: rule.helpUrl,
    defaultConfiguration: { level: LEVEL[rule.severity] },
  }
}

/** A relative path as a URI reference (each segment percent-encoded). */
function fileUri(file: string): string {
  return file.split('/').map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/')
}

/**
 * `dateline/v1` for each finding: sha256 of rule, file and message (without
 * site mode's list of outputs), plus `:n`
 * counting earlier findings with the same hash in the file (in line order),
 * so two equal findings in one file stay two alerts.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>()
  return diagnostics.map((d) => {
    const hash = createHash('sha256').update(`${d.rule}\0${d.file}\0${messageWithoutOutputs(d)}`).digest('hex').slice(0, 32)
    const n = seen.get(hash) ?? 0
    seen.set(hash, n + 1)
    return `${hash}:${n}`
  })
}

/** The `count` most severe findings, in report order. */
function mostSevere<T extends { d: Diagnostic }>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items]
  const rank = (d: Diagnostic) => SEVERITIES.indexOf(d.severity)
  const kept = new Set([...items].sort((a, b) => rank(a.d) - rank(b.d)).slice(0, count))
  return items.filter((item) => kept.has(item))
}

export const formatSarif: Formatter = (input) => {
  const prints = fingerprints(input.diagnostics)
  const all = input.diagnostics.map((d, i) => ({ d, fingerprint: prints[i]! }))
  let keep = Math.min(all.length, SARIF_LIMITS.results)
  let indent = 2
  for (;;) {
    const kept = mostSevere(all, keep)
    const text = `${JSON.stringify(sarifLog(input, kept, all.length - kept.length), null, indent)}\n`
    const bytes = Buffer.byteLength(text)
    if (bytes <= SARIF_LIMITS.bytes || keep === 0) return text
    // Indentation goes first (it is a third of a large log), then the least severe results.
    if (indent) indent = 0
    else keep = Math.floor(((keep * SARIF_LIMITS.bytes) / bytes) * 0.95)
  }
}

function sarifLog({ rules, toolVersion }: Parameters<Formatter>[0], kept: readonly { d: Diagnostic; fingerprint: string }[], dropped: number): object {
  const diagnostics = kept.map((k) => k.d)
  const known = [...rules]
  const index = new Map(known.map((rule, i) => [rule.id, i]))
  // Findings from rules outside the registry (site-mode source lint) still get an entry.
  for (const d of diagnostics) {
    if (index.has(d.rule)) continue
    index.set(d.rule, known.length)
    known.push({ id: d.rule, description: d.rule, severity: d.severity, helpUrl: 'https://www.npmjs.com/package/dateline-kit' })
  }
  const absolute = (file: string) => file.startsWith('/')
  // A finding about a fetched URL (`dateline check https://…`) names the URL itself.
  const location = (file: string) =>
    /^https?:\/\//.test(file) ? { uri: file } : absolute(file) ? { uri: `file://${fileUri(file)}` } : { uri: fileUri(file), uriBaseId: 'SRCROOT' }
  // Only the files results point at: site mode checks outputs that exist only in memory (its results point at
  // their sources), and a big site's clean files would take megabytes of GitHub's 10 MB for nothing.
  const artifacts = [...new Set(diagnostics.map((d) => d.file))]
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dateline',
            ...(toolVersion ? { version: toolVersion, semanticVersion: toolVersion } : {}),
            informationUri: 'https://www.npmjs.com/package/dateline-kit',
            rules: known.map(sarifRule),
          },
        },
        originalUriBaseIds: { SRCROOT: { description: { text: 'The folder dateline check ran in.' } } },
        artifacts: artifacts.map((file) => ({
          location: location(file),
        })),
        ...(dropped > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    { level: 'warning', message: { text: `${dropped} less severe results left out to stay within GitHub's limits (${SARIF_LIMITS.results} results, 10 MB); --format json has every finding` } },
                  ],
                },
              ],
            }
          : {}),
        results: kept.map(({ d, fingerprint }) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule)!,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location(d.file),
                region: { startLine: Math.max(1, d.line), ...(d.line > 0 && d.column > 0 ? { startColumn: d.column } : {}) },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        })),
      },
    ],
  }
  return log
}
