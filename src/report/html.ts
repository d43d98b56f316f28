/**
 * `dateline check --format html`: one self-contained page (no network, no
 * external asset). With the articles' previews (the CLI gathers them) it is
 * the `dateline preview` report on one page; without, every checked file,
 * sortable and filterable by rule, each finding with its rule's docs.
 */
import { renderFindings, severityCounts } from '../preview/findings.js'
import { html } from '../preview/html.js'
import { layout } from '../preview/layout.js'
import { renderSinglePage } from '../preview/pages.js'
import { groupByFile, plural, type Formatter } from './types.js'

/** A fragment id for a file's section. */
function fileAnchor(index: number): string {
  return `file-${index + 1}`
}

export const formatHtml: Formatter = ({ diagnostics, files, rules, toolVersion, preview }) => {
  // With the articles' previews (site mode, or built pages): the preview report as one page.
  if (preview && preview.articles.length) return renderSinglePage(preview, `dateline check: ${preview.siteName}`)
  const ruleMap = new Map(rules.map((rule) => [rule.id, rule]))
  const groups = groupByFile(diagnostics)
  const all = [...new Set([...files, ...groups.keys()])]
  const counts = severityCounts(diagnostics)
  const usedRules = [...new Set(diagnostics.map((d) => d.rule))].sort()
  const rows = all.map((file, index) => {
    const group = groups.get(file) ?? []
    const c = severityCounts(group)
    return html`<tr data-rules="${[...new Set(group.map((d) => d.rule))].join(' ')}">
  <td data-sort="${file}">${group.length ? html`<a href="#${fileAnchor(index)}" dir="ltr">${file}</a>` : html`<span dir="ltr">${file}</span>`}</td>
  <td class="num" data-sort="${c.error}">${c.error}</td>
  <td class="num" data-sort="${c.warning}">${c.warning}</td>
  <td class="num" data-sort="${c.info}">${c.info}</td>
</tr>`
  })
  const sections = all.map((file, index) => {
    const group = groups.get(file)
    return group ? html`<section id="${fileAnchor(index)}"><h2 dir="ltr">${file}</h2>${renderFindings(group, ruleMap)}</section>` : ''
  })
  const status = counts.error ? html`<span class="status status-error">${plural(counts.error, 'error')}</span>` : counts.warning ? html`<span class="status status-warning">${plural(counts.warning, 'warning')}</span>` : html`<span class="status status-ok">no problems</span>`
  const body = html`
<p class="muted">${plural(all.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.${toolVersion ? ` dateline ${toolVersion}.` : ''} Run <code>dateline preview</code> to see each article's search result, cards and feed item too.</p>
<div class="filter"><label>Rule: <select id="rule-filter"><option value="">all files</option>${usedRules.map((rule) => html`<option value="${rule}">${rule}</option>`)}</select></label> <span class="muted"><span id="shown-count">${all.length}</span> shown</span></div>
<table class="articles">
<thead><tr><th><button type="button">File</button></th><th data-type="number"><button type="button">Errors</button></th><th data-type="number"><button type="button">Warnings</button></th><th data-type="number"><button type="button">Info</button></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${sections}`
  return layout({ title: 'dateline check report', header: html`<h1>dateline check</h1>${status}`, body })
}
