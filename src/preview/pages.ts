/** The report's pages: one per article (snippet, cards, feed item, JSON-LD, findings in place) and the index. Pure: data -> HTML. */
import type { RuleMeta } from '../util/rule.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { renderCards } from './cards.js'
import { renderFindings, severityCounts } from './findings.js'
import { html, langAttributes, trusted, type SafeHtml } from './html.js'
import { plural } from '../util/plural.js'
import { renderJsonLdTree } from './jsonld-tree.js'
import { layout } from './layout.js'
import { renderSnippet } from './snippet.js'
import type { FindingPlace, PreviewArticle, PreviewReport } from './types.js'

function ruleMap(rules: readonly RuleMeta[]): Map<string, RuleMeta> {
  return new Map(rules.map((rule) => [rule.id, rule]))
}

/** A URL with its path decoded for reading (`/2023/10/行政/`); the href keeps the encoded form. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

function statusOf(findings: readonly Diagnostic[]): SafeHtml {
  const counts = severityCounts(findings)
  if (counts.error) return html`<span class="status status-error">${plural(counts.error, 'error')}</span>`
  if (counts.warning) return html`<span class="status status-warning">${plural(counts.warning, 'warning')}</span>`
  return html`<span class="status status-ok">ok</span>`
}

function section(id: string, title: string, findings: readonly Diagnostic[], rules: Map<string, RuleMeta>, body: SafeHtml): SafeHtml {
  return html`<section id="${id}" data-section="${id}"><h2>${title}</h2>${renderFindings(findings, rules)}${body}</section>`
}

function feedItem(article: PreviewArticle): SafeHtml {
  const item = article.feedItem
  if (!item) return html`<p class="empty">This article is in no feed that was previewed.</p>`
  const lang = langAttributes(article.lang)
  return html`<article class="feed-item"${lang}>
  <h3>${item.title ?? '(no title)'}</h3>
  <p class="muted"><span>${readerDate(item.date, article.lang) ?? 'no date'}</span>${item.authors.length ? html` · <span>${item.authors.join(', ')}</span>` : ''} · <span dir="ltr">${item.feed}</span></p>
  <div class="content">${trusted(item.html)}</div>
  ${item.enclosure ? html`<p class="muted" dir="ltr">Enclosure: ${item.enclosure.url} (${item.enclosure.type ?? 'no type'}${item.enclosure.length !== undefined ? `, ${item.enclosure.length} bytes` : ''})</p>` : ''}
</article>`
}

/** The item's date as a reader lists it (`11 Okt 2023 02.30 UTC`): in UTC, so the report is the same on every machine. */
export function readerDate(date: string | undefined, lang: string | undefined): string | undefined {
  if (!date) return undefined
  const epoch = Date.parse(date)
  if (Number.isNaN(epoch)) return date
  let locale = 'en'
  try {
    locale = new Intl.DateTimeFormat(lang ?? 'en').resolvedOptions().locale
  } catch {
    // unknown tag: English
  }
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(epoch)} UTC`
}

const PLACE_TITLES: Record<FindingPlace, string> = { source: 'Source', head: 'Head', jsonld: 'JSON-LD', feed: 'Feed item', sitemap: 'Sitemaps', page: 'Page' }

/** An article's sections (snippet, cards, feed item, JSON-LD, other findings); `prefix` keeps ids unique when several articles share a page. */
export function articleSections(article: PreviewArticle, report: PreviewReport, prefix = ''): SafeHtml {
  const rules = ruleMap(report.rules)
  const at = (place: FindingPlace) => article.findings.filter((d) => d.place === place)
  const others = (['source', 'page', 'sitemap'] as const).filter((place) => at(place).length)
  return html`
${section(`${prefix}snippet`, 'Google result (estimate)', at('head'), rules, renderSnippet(article))}
${section(`${prefix}cards`, 'Social cards', [], rules, renderCards(article))}
${section(`${prefix}feed`, 'Feed item', at('feed'), rules, feedItem(article))}
${section(`${prefix}jsonld`, 'JSON-LD graph', at('jsonld'), rules, renderJsonLdTree(article.meta.jsonLd, prefix))}
${others.map((place) => section(`${prefix}${place}`, PLACE_TITLES[place], at(place), rules, html``))}`
}

function titleOf(article: PreviewArticle): string {
  return article.meta.title ?? article.meta.og['og:title'] ?? article.url
}

function where(article: PreviewArticle): SafeHtml {
  return html`<span dir="ltr">${article.url}</span> · ${article.files.map((file, i) => html`${i ? ', ' : ''}<code dir="ltr">${file}</code>`)}`
}

/** One article's page. */
export function renderArticlePage(article: PreviewArticle, report: PreviewReport): string {
  const title = titleOf(article)
  return layout({
    title: `${title} · dateline preview`,
    header: html`<h1${langAttributes(article.lang)}>${title}</h1>${statusOf(article.findings)}`,
    body: html`<p class="muted"><a href="index.html">← all articles</a> · ${where(article)}</p>${articleSections(article, report)}`,
  })
}

/** The sortable, filterable table of articles (rows link with `href`), then site-wide findings. */
function articleIndex(report: PreviewReport, href: (article: PreviewArticle, index: number) => string): SafeHtml {
  const rules = ruleMap(report.rules)
  const allRules = [...new Set([...report.articles.flatMap((a) => a.findings.map((d) => d.rule)), ...report.siteFindings.map((d) => d.rule)])].sort()
  const rows = report.articles.map((article, index) => {
    const counts = severityCounts(article.findings)
    const title = titleOf(article)
    const published = article.meta.og['article:published_time'] ?? ''
    return html`<tr data-rules="${[...new Set(article.findings.map((d) => d.rule))].join(' ')}">
  <td data-sort="${title}"><a href="${href(article, index)}"${langAttributes(article.lang)}>${title}</a><div class="muted url" dir="ltr">${readableUrl(article.url)}</div></td>
  <td>${article.lang ?? ''}</td>
  <td class="date" dir="ltr" data-sort="${published}">${published.replace('T', ' ')}</td>
  <td class="num" data-sort="${counts.error}">${counts.error}</td>
  <td class="num" data-sort="${counts.warning}">${counts.warning}</td>
  <td class="num" data-sort="${counts.info}">${counts.info}</td>
  <td>${statusOf(article.findings)}</td>
</tr>`
  })
  const counts = severityCounts(allFindings(report))
  return html`
<p class="muted">Previewed ${report.source}: ${plural(report.articles.length, 'article')}; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info. Snippet widths are estimates measured in this browser.</p>
<div class="filter"><label>Rule: <select id="rule-filter"><option value="">all articles</option>${allRules.map((rule) => html`<option value="${rule}">${rule}</option>`)}</select></label> <span class="muted"><span id="shown-count">${report.articles.length}</span> shown</span></div>
<table class="articles">
<thead><tr><th><button type="button">Article</button></th><th><button type="button">Language</button></th><th><button type="button">Published</button></th><th data-type="number"><button type="button">Errors</button></th><th data-type="number"><button type="button">Warnings</button></th><th data-type="number"><button type="button">Info</button></th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${report.siteFindings.length ? html`<section id="site-findings"><h2>Site-wide findings</h2>${renderFindings(report.siteFindings, rules)}</section>` : ''}`
}

function allFindings(report: PreviewReport): Diagnostic[] {
  return [...report.articles.flatMap((a) => a.findings), ...report.siteFindings]
}

/** The index: every article with its status, sortable, filterable by rule; then site-wide findings. */
export function renderIndexPage(report: PreviewReport): string {
  return layout({
    title: `${report.siteName} · dateline preview`,
    header: html`<h1>${report.siteName}: dateline preview</h1>${statusOf(allFindings(report))}`,
    body: articleIndex(report, (article) => article.page),
  })
}

/** The whole report as one page (`dateline check --format html`): the index, then every article's sections. */
export function renderSinglePage(report: PreviewReport, title: string): string {
  const anchor = (index: number) => `article-${index + 1}`
  const articles = report.articles.map(
    (article, index) => html`<article class="report-article" id="${anchor(index)}">
<h2 class="article-title"${langAttributes(article.lang)}>${titleOf(article)}</h2>
<p class="muted">${statusOf(article.findings)} · ${where(article)} · <a href="#top">↑ index</a></p>
${articleSections(article, report, `${anchor(index)}-`)}
</article>`,
  )
  return layout({
    title,
    header: html`<h1 id="top">${title}</h1>${statusOf(allFindings(report))}`,
    body: html`${articleIndex(report, (_, index) => `#${anchor(index)}`)}${articles}`,
  })
}
