/**
 * The default terminal report, like ESLint's "stylish": findings grouped by
 * file, one per line as `line:col  severity  message  rule-id`, columns
 * aligned, then a summary line. Info findings (pending schema.org terms and
 * the like) repeat on every page of a site, so the terminal shows them as one
 * count per rule; the json, sarif and junit formats carry each of them.
 */
import { formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { countBySeverity, groupByFile, plural, type Formatter } from './types.js'

export const formatStylish: Formatter = ({ diagnostics, files }) => {
  const counts = countBySeverity(diagnostics)
  if (diagnostics.length === 0) return `✔ ${plural(files.length, 'file')} checked, no problems\n`
  const shown = diagnostics.filter((d) => d.severity !== 'info')
  let out = ''
  for (const [file, group] of groupByFile(shown)) {
    const rows = group.map((d) => [`${d.line}:${d.column}`, d.severity, d.message.replace(/\s*\n\s*/g, ' '), d.rule])
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)))
    out += `\n${file}\n`
    for (const row of rows) {
      out += `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}`.trimEnd() + '\n'
    }
  }
  const infos = infoByRule(diagnostics)
  if (infos.size) {
    out += `\ninfo (each finding is in --format json)\n`
    for (const [rule, { count, files: where, example }] of infos) {
      out += `  ${rule}: ${plural(count, 'finding')} in ${plural(where.size, 'file')}, e.g. ${formatLocation(example)} ${example.message.replace(/\s*\n\s*/g, ' ')}\n`
    }
  }
  const total = diagnostics.length
  const mark = counts.error > 0 ? '✖' : counts.warning > 0 ? '⚠' : 'ℹ'
  out += `\n${mark} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(files.length, 'file')} checked\n`
  return out
}

function infoByRule(diagnostics: readonly Diagnostic[]): Map<string, { count: number; files: Set<string>; example: Diagnostic }> {
  const byRule = new Map<string, { count: number; files: Set<string>; example: Diagnostic }>()
  for (const d of diagnostics) {
    if (d.severity !== 'info') continue
    const entry = byRule.get(d.rule) ?? { count: 0, files: new Set<string>(), example: d }
    entry.count++
    entry.files.add(d.file)
    byRule.set(d.rule, entry)
  }
  return byRule
}
