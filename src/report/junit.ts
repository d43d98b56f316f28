/**
 * JUnit XML, as CI dashboards read it (and as ESLint's junit formatter
 * writes it): one `<testsuite>` per file, one failing `<testcase>` per error
 * or warning, a passing one for a clean file; info findings pass with the
 * message in `<system-out>`.
 */
import { escapeXmlAttribute, escapeXmlText } from '../util/xml.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { countBySeverity, groupByFile, type Formatter } from './types.js'

function testcase(d: Diagnostic): string {
  const name = escapeXmlAttribute(`${d.line}:${d.column} ${d.rule}`)
  const classname = escapeXmlAttribute(d.file)
  const detail = escapeXmlText(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`)
  if (d.severity === 'info') {
    return `    <testcase name="${name}" classname="${classname}" time="0"><system-out>${detail}</system-out></testcase>\n`
  }
  return `    <testcase name="${name}" classname="${classname}" time="0"><failure type="${d.severity}" message="${escapeXmlAttribute(d.message)}">${detail}</failure></testcase>\n`
}

export const formatJunit: Formatter = ({ diagnostics, files }) => {
  const groups = groupByFile(diagnostics)
  const all = [...new Set([...files, ...groups.keys()])]
  let suites = ''
  let tests = 0
  let failures = 0
  for (const file of all) {
    const group = groups.get(file) ?? []
    const counts = countBySeverity(group)
    const fileFailures = counts.error + counts.warning
    const cases = group.length ? group.map(testcase).join('') : `    <testcase name="${escapeXmlAttribute(file)}" classname="${escapeXmlAttribute(file)}" time="0"/>\n`
    const fileTests = Math.max(1, group.length)
    tests += fileTests
    failures += fileFailures
    suites += `  <testsuite name="${escapeXmlAttribute(file)}" tests="${fileTests}" failures="${fileFailures}" errors="0" skipped="0" time="0">\n${cases}  </testsuite>\n`
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dateline check" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites}</testsuites>\n`
}
