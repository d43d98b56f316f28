/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message`
 * (or `::warning`, `::notice`) per finding, which GitHub shows as annotations
 * on the pull request's diff.
 */
import type { Severity } from '../util/diagnostic.js'
import type { Formatter } from './types.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** Escaping for a command's message (docs: "Workflow commands for GitHub Actions"). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping for a property value (also `:` and `,`, which separate properties). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export const formatGithub: Formatter = ({ diagnostics }) => {
  let out = ''
  for (const d of diagnostics) {
    const properties = [`file=${escapeProperty(d.file)}`]
    if (d.line > 0) properties.push(`line=${d.line}`)
    if (d.line > 0 && d.column > 0) properties.push(`col=${d.column}`)
    properties.push(`title=${escapeProperty(d.rule)}`)
    out += `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(`${d.message} (${d.rule})`)}\n`
  }
  return out
}
