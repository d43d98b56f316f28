/**
 * The default terminal report, like ESLint's "stylish": findings grouped by
 * file, one per line as `line:col  severity  message  rule-id`, columns
 * aligned, then a summary line.
 */
import { countBySeverity, groupByFile, plural, type Formatter } from './types.js'

export const formatStylish: Formatter = ({ diagnostics, files }) => {
  const counts = countBySeverity(diagnostics)
  if (diagnostics.length === 0) return `✔ ${plural(files.length, 'file')} checked, no problems\n`
  let out = ''
  for (const [file, group] of groupByFile(diagnostics)) {
    const rows = group.map((d) => [`${d.line}:${d.column}`, d.severity, d.message.replace(/\s*\n\s*/g, ' '), d.rule])
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)))
    out += `\n${file}\n`
    for (const row of rows) {
      out += `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}`.trimEnd() + '\n'
    }
  }
  const total = diagnostics.length
  const mark = counts.error > 0 ? '✖' : '⚠'
  out += `\n${mark} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(files.length, 'file')} checked\n`
  return out
}
