/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`
 * (or `::warning`, `::notice`), which GitHub shows as annotations on the pull
 * request's diff. GitHub keeps only 10 annotations of each level per step, so
 * each level prints its most telling 10 — one per rule first, then in report
 * order — and a plain summary line says how many there are in all.
 */
import type { Diagnostic, Severity } from '../util/diagnostic.js'
import { countBySeverity, plural, SEVERITIES, type Formatter } from './types.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** Annotations GitHub shows per level and step ("Workflow commands": annotation limits). */
export const GITHUB_ANNOTATION_LIMIT = 10

/** Escaping for a command's message (docs: "Workflow commands for GitHub Actions"). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping for a property value (also `:` and `,`, which separate properties). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Up to `limit` findings: the first of each rule, then the rest, each group in report order. */
export function mostTelling(findings: readonly Diagnostic[], limit: number): Diagnostic[] {
  if (findings.length <= limit) return [...findings]
  const seen = new Set<string>()
  const firsts: Diagnostic[] = []
  const rest: Diagnostic[] = []
  for (const d of findings) {
    if (seen.has(d.rule)) rest.push(d)
    else (seen.add(d.rule), firsts.push(d))
  }
  const picked = new Set([...firsts, ...rest].slice(0, limit))
  return findings.filter((d) => picked.has(d))
}

function command(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`]
  if (d.line > 0) properties.push(`line=${d.line}`)
  if (d.line > 0 && d.column > 0) properties.push(`col=${d.column}`)
  properties.push(`title=${escapeProperty(d.rule)}`)
  return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(`${d.message} (${d.rule})`)}\n`
}

export const formatGithub: Formatter = ({ diagnostics, files }) => {
  let out = ''
  let annotated = 0
  for (const severity of SEVERITIES) {
    const picked = mostTelling(
      diagnostics.filter((d) => d.severity === severity),
      GITHUB_ANNOTATION_LIMIT,
    )
    annotated += picked.length
    for (const d of picked) out += command(d)
  }
  const counts = countBySeverity(diagnostics)
  const left = diagnostics.length - annotated
  out += `dateline: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${plural(files.length, 'file')} checked`
  out += left > 0 ? `; ${left} not annotated (GitHub shows ${GITHUB_ANNOTATION_LIMIT} per level): see --format sarif or json for every finding\n` : '\n'
  return out
}
