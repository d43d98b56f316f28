/** Findings of `dateline check`, each with its rule's docs (what, why, how to fix, source). */
import type { RuleMeta } from '../util/rule.js'
import { formatLocation, type Diagnostic } from '../util/diagnostic.js'
import { html, type SafeHtml } from './html.js'
import { plural } from '../util/plural.js'

/** The list of findings; empty markup when there are none. */
export function renderFindings(findings: readonly Diagnostic[], rules: ReadonlyMap<string, RuleMeta>): SafeHtml {
  if (findings.length === 0) return html``
  // Info findings (pending schema.org terms and the like) repeat on every page: folded, so errors and warnings stand out.
  const info = findings.filter((d) => d.severity === 'info')
  const rest = findings.filter((d) => d.severity !== 'info')
  return html`${rest.length ? html`<ul class="findings">${rest.map((d) => renderFinding(d, rules.get(d.rule)))}</ul>` : ''}${
    info.length ? html`<details class="info-findings"><summary>${plural(info.length, 'info finding')} (${[...new Set(info.map((d) => d.rule))].join(', ')})</summary><ul class="findings">${info.map((d) => renderFinding(d, rules.get(d.rule)))}</ul></details>` : ''
  }`
}

function renderFinding(d: Diagnostic, rule: RuleMeta | undefined): SafeHtml {
  return html`<li class="finding finding-${d.severity}" data-rule="${d.rule}" data-severity="${d.severity}">
  <div><span class="severity">${d.severity}</span> <span class="message" dir="auto">${d.message}</span></div>
  <div class="where"><code>${formatLocation(d)}</code> · <code class="rule-id">${d.rule}</code></div>
  ${rule ? html`<details class="rule-docs"><summary>${rule.description}</summary>${rule.docs ? html`<p><strong>Why:</strong> ${rule.docs.why}</p><p><strong>Fix:</strong> ${rule.docs.fix}</p>` : ''}<p><a href="${rule.helpUrl}">${rule.helpUrl}</a></p></details>` : ''}
</li>`
}

/** Errors, warnings and info counts of `findings`. */
export function severityCounts(findings: readonly Diagnostic[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of findings) counts[d.severity]++
  return counts
}
