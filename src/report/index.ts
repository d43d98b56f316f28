/** The report formats of `dateline check --format`. */
import { formatGithub } from './github.js'
import { formatHtml } from './html.js'
import { formatJson } from './json.js'
import { formatJunit } from './junit.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'
import type { Formatter } from './types.js'

export type { Formatter, ReportInput } from './types.js'
export { countBySeverity } from './types.js'
export { terminalStyle, shouldColor, PLAIN_STYLE, type TerminalStyle, type Tone } from './style.js'
export { formatGithub, formatHtml, formatJson, formatJunit, formatSarif, formatStylish }

export const FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
} as const satisfies Record<string, Formatter>

export type FormatName = keyof typeof FORMATS

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name)
}
