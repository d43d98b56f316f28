/**
 * The default terminal report, like ESLint's "stylish": findings grouped by
 * file, one per line as `line:col  severity  message  rule-id`, columns
 * aligned, then one line per rule (how many findings, where the first is) and
 * a summary line. Info findings (pending schema.org terms and the like) repeat
 * on every page of a site, so the terminal shows them only in the per-rule
 * lines; the json, sarif and junit formats carry each of them.
 */
import { formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { PLAIN_STYLE, type TerminalStyle } from './style.js'
import { countBySeverity, groupByFile, plural, SEVERITIES, type Formatter } from './types.js'

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ')

export const formatStylish: Formatter = ({ diagnostics, files, style = PLAIN_STYLE }) => {
  const counts = countBySeverity(diagnostics)
  if (diagnostics.length === 0) return `${style.mark('ok')} ${plural(files.length, 'file')} checked, no problems\n`
  const shown = diagnostics.filter((d) => d.severity !== 'info')
  let out = ''
  for (const [file, group] of groupByFile(shown)) {
    out += `\n${style.color ? style.paint('info', file) : file}\n${table(group.map((d) => [`${d.line}:${d.column}`, d.severity, oneLine(d.message), d.rule]), paintFinding(style))}`
  }
  const rules = byRule(diagnostics)
  out += `\nby rule${counts.info ? ' (info findings one by one: --format json)' : ''}\n`
  out += table(
    [...rules].map(([rule, { count, first }]) => [
      rule,
      first.severity,
      String(count),
      first.severity === 'info' ? `e.g. ${formatLocation(first)} ${oneLine(first.message)}` : `first at ${formatLocation(first)}`,
    ]),
  )
  const mark = style.mark(counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info')
  out += `\n${mark} ${plural(diagnostics.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(files.length, 'file')} checked\n`
  return out
}

/** Rows with their columns padded to a common width (the last column not), each padded cell then painted. */
function table(rows: readonly string[][], paint: (cell: string, column: number, row: readonly string[]) => string = (cell) => cell): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows.map((row) => `  ${row.map((cell, i) => paint(i === row.length - 1 ? cell : cell.padEnd(widths[i]!), i, row)).join('  ')}`.trimEnd() + '\n').join('')
}

/** A finding row `line:col  severity  message  rule`: position and rule dimmed, severity in its colour. */
function paintFinding(style: TerminalStyle) {
  return (cell: string, column: number, row: readonly string[]) => {
    if (!style.color) return cell
    if (column === 1) return style.paint(row[1] as 'error' | 'warning' | 'info', cell)
    return column === 0 || column === 3 ? style.paint('dim', cell) : cell
  }
}

/** Findings per rule, most severe rules first, then by count; the first finding in report order. */
function byRule(diagnostics: readonly Diagnostic[]): Map<string, { count: number; first: Diagnostic }> {
  const rules = new Map<string, { count: number; first: Diagnostic }>()
  for (const d of diagnostics) {
    const entry = rules.get(d.rule)
    if (entry) entry.count++
    else rules.set(d.rule, { count: 1, first: d })
  }
  const rank = (d: Diagnostic) => SEVERITIES.indexOf(d.severity)
  return new Map([...rules].sort(([a, x], [b, y]) => rank(x.first) - rank(y.first) || y.count - x.count || (a < b ? -1 : 1)))
}
