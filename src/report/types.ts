/** What every report format receives: the findings, the files looked at, and the rules. */
import type { RuleMeta } from '../util/rule.js'
import type { Diagnostic, Severity } from '../util/diagnostic.js'
import type { TerminalStyle } from './style.js'
import type { PreviewReport } from '../preview/types.js'

export interface ReportInput {
  /** Findings, ordered by file, line, column. */
  diagnostics: readonly Diagnostic[]
  /** Every file checked, clean ones included (JUnit lists them as passing). */
  files: readonly string[]
  /** Every rule dateline knows (SARIF lists them as `tool.driver.rules`). */
  rules: readonly RuleMeta[]
  /** dateline's version, for SARIF's `tool.driver.version`. */
  toolVersion?: string
  /** Each article's search result, cards, feed item and graph (html: the preview report on one page). */
  preview?: PreviewReport
  /** Colours and markers for a terminal (stylish); default: no colour, ASCII markers. */
  style?: TerminalStyle
}

/** A report format: pure, from findings to the bytes to print or write. */
export type Formatter = (input: ReportInput) => string

export interface Counts {
  error: number
  warning: number
  info: number
}

/** How many findings of each severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 }
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++
  return counts
}

/** Findings grouped by file, files in first-seen order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>()
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file)
    if (group) group.push(diagnostic)
    else groups.set(diagnostic.file, [diagnostic])
  }
  return groups
}

export { plural } from '../util/plural.js'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
