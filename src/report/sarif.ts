/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI tools read it:
 * one run, every dateline rule in `tool.driver.rules` (id, descriptions,
 * help URL, default level), one result per finding with its region.
 */
import type { RuleMeta } from '../check/rule.js'
import type { Severity } from '../util/diagnostic.js'
import type { Formatter } from './types.js'

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

export const formatSarif: Formatter = ({ diagnostics, files, rules, toolVersion }) => {
  const known = [...rules]
  const index = new Map(known.map((rule, i) => [rule.id, i]))
  // Findings from rules outside the registry (site-mode source lint) still get an entry.
  for (const d of diagnostics) {
    if (index.has(d.rule)) continue
    index.set(d.rule, known.length)
    known.push({ id: d.rule, description: d.rule, severity: d.severity, helpUrl: 'https://www.npmjs.com/package/dateline-kit' })
  }
  const absolute = (file: string) => file.startsWith('/')
  const artifacts = [...new Set([...files, ...diagnostics.map((d) => d.file)])]
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
          location: absolute(file) ? { uri: `file://${fileUri(file)}` } : { uri: fileUri(file), uriBaseId: 'SRCROOT' },
        })),
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule)!,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: absolute(d.file) ? { uri: `file://${fileUri(d.file)}` } : { uri: fileUri(d.file), uriBaseId: 'SRCROOT' },
                region: { startLine: Math.max(1, d.line), ...(d.line > 0 && d.column > 0 ? { startColumn: d.column } : {}) },
              },
            },
          ],
        })),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
