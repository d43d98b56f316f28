/** `dateline-kit/report`: the report formats of `dateline check --format`, each a pure function. */
export { FORMATS, isFormatName, formatGithub, formatJson, formatJunit, formatSarif, formatStylish, countBySeverity, type FormatName, type Formatter, type ReportInput } from '../report/index.js'
