/** Machine-readable report: every finding plus per-severity counts, pretty-printed JSON. */
import { countBySeverity, type Formatter } from './types.js'

/** Bumped when the shape changes incompatibly. */
export const JSON_REPORT_VERSION = 1

export const formatJson: Formatter = ({ diagnostics, files }) => {
  const report = {
    version: JSON_REPORT_VERSION,
    summary: { files: files.length, ...countBySeverity(diagnostics) },
    files: [...files],
    diagnostics: diagnostics.map(({ file, line, column, severity, rule, message, outputs }) => ({ file, line, column, severity, rule, message, ...(outputs ? { outputs } : {}) })),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
