/**
 * Plain, readable, accessible HTML pages: one per article (at its permalink)
 * and an index, newest first. Dates shown are the very strings the JSON-LD
 * carries, so what readers see and what the markup says cannot drift.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Author, ZonedDateTime } from '../model/types.js'
import { safeUrl } from '../model/urls.js'
import { escapeHtmlAttribute as escapeHtml } from '../util/html-escape.js'


const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv'])

/** `rtl` for right-to-left scripts, else `ltr`. */
export function direction(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

interface Labels {
  by: string
  and: string
  published: string
  updated: string
  corrections: string
  latest: string
}

const LABELS: Record<string, Labels> = {
  en: { by: 'By', and: 'and', published: 'Published', updated: 'Updated', corrections: 'Corrections', latest: 'Latest' },
  id: { by: 'Oleh', and: 'dan', published: 'Terbit', updated: 'Diperbarui', corrections: 'Koreksi', latest: 'Terbaru' },
  ja: { by: '筆者:', and: '、', published: '公開', updated: '更新', corrections: '訂正', latest: '最新' },
  ar: { by: 'بقلم', and: 'و', published: 'نُشر', updated: 'حُدّث', corrections: 'تصحيحات', latest: 'الأحدث' },
}

function labelsFor(lang: string): Labels {
  return LABELS[lang.split('-')[0]!.toLowerCase()] ?? LABELS.en!
}

/** A date as readers see it, from the same ISO string as the markup: `2023-10-11 09:30 (UTC+07:00)`. */
export function displayDate(date: ZonedDateTime): string {
  return `${date.iso.slice(0, 10)} ${date.iso.slice(11, 16)} (UTC${date.iso.slice(19)})`
}

function time(date: ZonedDateTime): string {
  return `<time datetime="${date.iso}">${escapeHtml(displayDate(date))}</time>`
}

function authorLink(author: Author): string {
  const name = escapeHtml(author.name)
  return author.url ? `<a href="${escapeHtml(safeUrl(author.url))}" rel="author">${name}</a>` : `<span>${name}</span>`
}

function joinNames(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('')
  const separator = and === '、' ? '、' : ', '
  return and === '、' ? parts.join(separator) : `${parts.slice(0, -1).join(separator)} ${and} ${parts.at(-1)}`
}

const STYLE = `body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem}
header a{font-weight:700;text-decoration:none;color:inherit}
h1{line-height:1.2}img{max-width:100%;height:auto}figcaption,.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc}
.corrections{border-top:1px solid #ccc;margin-top:2rem}`

const URL_ATTRIBUTE = /(\s(?:href|src|srcset|poster|cite)=")([^"]*)"/g

/**
 * Same-site URLs in the page's attributes as root-relative paths, the way
 * Astro and Eleventy link, so a page works on any host that serves `out` at
 * the site's path (a local preview included). The head keeps absolute URLs:
 * canonical, Open Graph and JSON-LD need them.
 */
export function rootRelativeLinks(html: string, siteUrl: string): string {
  const origin = new URL(safeUrl(siteUrl)).origin
  // Only at the start of a URL (or of a srcset candidate), and never into `//…`: a protocol-relative path names another host.
  const sameSite = new RegExp(`(^|,\\s*)${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?!/)`, 'g')
  return html.replace(URL_ATTRIBUTE, (_whole, start: string, value: string) => `${start}${value.replace(sameSite, '$1/')}"`)
}

function documentShell(options: { lang: string; head: string; siteName: string; siteUrl: string; main: string }): string {
  const { lang, head, siteName, siteUrl } = options
  const main = rootRelativeLinks(options.main, siteUrl)
  const { pathname } = new URL(safeUrl(siteUrl))
  const home = pathname.startsWith('//') ? siteUrl : pathname
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${direction(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head.trim()}
<style>${STYLE}</style>
</head>
<body>
<header><a href="${escapeHtml(home)}">${escapeHtml(siteName)}</a></header>
<main id="main">
${main.trim()}
</main>
<footer><p>${escapeHtml(siteName)}</p></footer>
</body>
</html>
`
}

export interface ArticlePageInput {
  /** The `<head>` fragment for the article (JSON-LD, canonical, Open Graph, …). */
  head: string
  /** The article body as sanitized HTML, its paywalled part already wrapped in the paywall class. */
  bodyHtml: string
}

/** The article page: h1, byline with every author, visible dates, lead image, body, corrections. */
export function renderArticlePage(article: Article, config: ResolvedConfig, input: ArticlePageInput): string {
  const labels = labelsFor(article.lang)
  const parts: string[] = [`<article>`, `<h1>${escapeHtml(article.title)}</h1>`]
  if (article.authors.length) {
    parts.push(`<p class="byline">${escapeHtml(labels.by)} ${joinNames(article.authors.map(authorLink), escapeHtml(labels.and))}</p>`)
  }
  const dates = [`${escapeHtml(labels.published)} ${time(article.datePublished)}`]
  if (article.dateModified && article.dateModified.iso !== article.datePublished.iso) dates.push(`${escapeHtml(labels.updated)} ${time(article.dateModified)}`)
  parts.push(`<p class="meta">${dates.join(' · ')}${article.dateline ? ` · ${escapeHtml(article.dateline)}` : ''}</p>`)
  const lead = article.images[0]
  if (lead) {
    const size = lead.width && lead.height ? ` width="${lead.width}" height="${lead.height}"` : ''
    const caption = [lead.caption, lead.credit].filter(Boolean).map((t) => escapeHtml(t!)).join(' — ')
    parts.push(`<figure>`, `<img src="${escapeHtml(safeUrl(lead.url))}" alt="${escapeHtml(lead.alt ?? '')}"${size}>`)
    if (caption) parts.push(`<figcaption>${caption}</figcaption>`)
    parts.push(`</figure>`)
  }
  parts.push(`<div class="article-body">`, input.bodyHtml.trim(), `</div>`)
  if (article.corrections.length) {
    parts.push(`<section class="corrections" aria-labelledby="corrections">`, `<h2 id="corrections">${escapeHtml(labels.corrections)}</h2>`, `<ul>`)
    for (const correction of article.corrections) parts.push(`<li>${time(correction.date)}: ${escapeHtml(correction.text)}</li>`)
    parts.push(`</ul>`, `</section>`)
  }
  parts.push(`</article>`)
  return documentShell({ lang: article.lang, head: input.head, siteName: config.site.name, siteUrl: config.site.url, main: parts.join('\n') })
}

/** The index page: every article, newest first. `head` carries feed alternates and the like. */
export function renderIndexPage(articles: readonly Article[], config: ResolvedConfig, head = ''): string {
  const labels = labelsFor(config.site.language)
  const description = config.site.description ? `<meta name="description" content="${escapeHtml(config.site.description)}">\n` : ''
  const fullHead = `<title>${escapeHtml(config.site.name)}</title>\n${description}<link rel="canonical" href="${escapeHtml(safeUrl(config.site.url))}">\n${head}`
  const items = articles.map((article) => {
    const lang = article.lang !== config.site.language ? ` lang="${escapeHtml(article.lang)}" dir="${direction(article.lang)}"` : ''
    return `<li${lang}><h2><a href="${escapeHtml(safeUrl(article.url))}">${escapeHtml(article.title)}</a></h2>\n<p class="meta">${time(article.datePublished)}</p>\n<p>${escapeHtml(article.description)}</p></li>`
  })
  const main = `<h1>${escapeHtml(labels.latest)}</h1>\n<ul class="articles">\n${items.join('\n')}\n</ul>`
  return documentShell({ lang: config.site.language, head: fullHead, siteName: config.site.name, siteUrl: config.site.url, main })
}
