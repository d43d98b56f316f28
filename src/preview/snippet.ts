/**
 * A Google web result, estimated: site name and breadcrumb URL, the title cut
 * at 600 px of 20 px Arial and the description (date included) at 920 px of
 * 14 px Arial, measured in the browser with canvas `measureText` (script.ts).
 * Google's real cut depends on the device, the query and its own rewrites;
 * this shows whether the text is likely to fit, not what Google will print.
 */
import { html, langAttributes, type SafeHtml } from './html.js'
import type { PreviewArticle } from './types.js'

/** Widths Google's desktop results allow (px), as SEO tools commonly estimate them. */
export const SNIPPET_WIDTHS = { title: 600, description: 920 } as const

/** `https://host › a › b`: the URL as Google's breadcrumb shows it (path segments decoded, query dropped). */
export function breadcrumb(url: string): string {
  try {
    const parsed = new URL(url)
    const segments = parsed.pathname.split('/').filter(Boolean).map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
    return [`${parsed.protocol}//${parsed.host}`, ...segments].join(' › ')
  } catch {
    return url
  }
}

/** The date before the description, as Google prints it (`11 Okt 2023`), in the page's language; the day as published. */
export function snippetDate(iso: string | undefined, lang: string | undefined): string | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!match) return undefined
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  let locale = 'en'
  try {
    locale = new Intl.DateTimeFormat(lang ?? 'en').resolvedOptions().locale
  } catch {
    // not a tag Intl knows: English
  }
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** The search result for one article. */
export function renderSnippet(article: PreviewArticle): SafeHtml {
  const { meta } = article
  const title = meta.title ?? meta.og['og:title'] ?? ''
  const description = meta.description ?? meta.og['og:description'] ?? ''
  const siteName = meta.og['og:site_name'] ?? new URL(article.url).host
  const date = snippetDate(meta.og['article:published_time'], article.lang)
  const lang = langAttributes(article.lang)
  return html`<div class="serp" data-preview="snippet"${lang}>
  <div class="serp-site"><span class="serp-icon" aria-hidden="true">${[...siteName][0]?.toUpperCase() ?? '?'}</span><span><span class="serp-name"${lang}>${siteName}</span><cite class="serp-url" dir="ltr">${breadcrumb(meta.canonical ?? article.url)}</cite></span></div>
  <h3 class="serp-title fit"${lang} data-fit="${SNIPPET_WIDTHS.title}" data-full="${title}">${title || '(no title)'}</h3>
  <div class="serp-desc fit"${lang} data-fit="${SNIPPET_WIDTHS.description}" data-prefix="${date ? `${date} — ` : ''}" data-full="${description}">${date ? html`<span class="serp-date">${date} — </span>` : ''}${description || '(no description: Google picks text from the page)'}</div>
  <p class="measure" data-measure-for="snippet"></p>
</div>`
}
