/**
 * Link previews as Facebook, X and LinkedIn draw them: the page's og:image
 * (twitter:image for X) cropped to each network's box, with the checks each
 * network and Google Discover document for the image's size and ratio.
 */
import { html, langAttributes, type SafeHtml } from './html.js'
import type { PreviewArticle, PreviewImage } from './types.js'

export type CheckLevel = 'ok' | 'warning' | 'error' | 'note'

export interface ImageCheck {
  level: CheckLevel
  text: string
}

interface Network {
  id: 'facebook' | 'x' | 'linkedin'
  name: string
  /** Box ratio, width / height. */
  ratio: number
  ratioLabel: string
  /** Smallest image the network accepts, and the size it recommends. */
  min: { width: number; height: number }
  recommended: { width: number; height: number }
  maxBytes: number
  docs: string
}

export const NETWORKS: readonly Network[] = [
  { id: 'facebook', name: 'Facebook', ratio: 1.91, ratioLabel: '1.91:1', min: { width: 200, height: 200 }, recommended: { width: 1200, height: 630 }, maxBytes: 8 * 1024 * 1024, docs: 'https://developers.facebook.com/docs/sharing/webmasters/images/' },
  { id: 'x', name: 'X', ratio: 2, ratioLabel: '2:1', min: { width: 300, height: 157 }, recommended: { width: 1200, height: 600 }, maxBytes: 5 * 1024 * 1024, docs: 'https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image' },
  { id: 'linkedin', name: 'LinkedIn', ratio: 1.91, ratioLabel: '1.91:1', min: { width: 200, height: 200 }, recommended: { width: 1200, height: 627 }, maxBytes: 5 * 1024 * 1024, docs: 'https://www.linkedin.com/help/linkedin/answer/a521928' },
]

/** Share of the image a centre crop to `ratio` cuts away (0 when the ratio matches within 2%). */
export function cropShare(width: number, height: number, ratio: number): number {
  const actual = width / height
  if (Math.abs(actual - ratio) / ratio <= 0.02) return 0
  return actual > ratio ? 1 - ratio / actual : 1 - actual / ratio
}

/** What each network (and Discover) would say about `image`. Pure. */
export function imageChecks(image: PreviewImage | undefined, network: Network | 'discover', robots?: string): ImageCheck[] {
  if (!image) return [{ level: 'error', text: 'no og:image: the card has no picture' }]
  if (!image.width || !image.height) return [{ level: 'error', text: image.problem ?? 'the image size could not be read' }]
  const { width, height } = image
  const checks: ImageCheck[] = []
  if (network === 'discover') {
    checks.push(width >= 1200 ? { level: 'ok', text: `${width} px wide: large enough for Discover (≥ 1200 px)` } : { level: 'warning', text: `${width} px wide: Discover wants images at least 1200 px wide` })
    if (!/max-image-preview\s*:\s*large/i.test(robots ?? '')) checks.push({ level: 'note', text: 'no robots max-image-preview:large: Discover may show a small thumbnail' })
    return checks
  }
  if (width < network.min.width || height < network.min.height) checks.push({ level: 'error', text: `${width}×${height}: below ${network.name}'s minimum ${network.min.width}×${network.min.height}` })
  else if (width < network.recommended.width) checks.push({ level: 'warning', text: `${width}×${height}: ${network.name} recommends ${network.recommended.width}×${network.recommended.height}` })
  else checks.push({ level: 'ok', text: `${width}×${height}: large enough` })
  const crop = cropShare(width, height, network.ratio)
  checks.push(crop === 0 ? { level: 'ok', text: `ratio ${(width / height).toFixed(2)}:1 fits ${network.ratioLabel}` } : { level: crop > 0.15 ? 'warning' : 'note', text: `ratio ${(width / height).toFixed(2)}:1: the ${network.ratioLabel} box crops ${Math.round(crop * 100)}% of the image` })
  if (image.bytes !== undefined && image.bytes > network.maxBytes) checks.push({ level: 'error', text: `${(image.bytes / 1048576).toFixed(1)} MB: over ${network.name}'s ${network.maxBytes / 1048576} MB limit` })
  return checks
}

/** Declared og:image:width/height that disagree with the file. */
export function declaredSizeChecks(image: PreviewImage | undefined): ImageCheck[] {
  if (!image?.declared || !image.width || !image.height) return []
  const { width, height } = image.declared
  if ((width !== undefined && width !== image.width) || (height !== undefined && height !== image.height)) {
    return [{ level: 'warning', text: `og:image:width/height say ${width ?? '?'}×${height ?? '?'}, the file is ${image.width}×${image.height}` }]
  }
  return [{ level: 'ok', text: `og:image:width/height match the file (${image.width}×${image.height})` }]
}

export function renderChecks(checks: readonly ImageCheck[]): SafeHtml {
  return html`<ul class="checks">${checks.map((check) => html`<li class="check-${check.level}"><span class="check-mark">${MARK[check.level]}</span> ${check.text}</li>`)}</ul>`
}

const MARK: Record<CheckLevel, string> = { ok: '✔', warning: '⚠', error: '✖', note: 'ℹ' }

function cardImage(image: PreviewImage | undefined, network: Network, alt: string | undefined): SafeHtml {
  const box = `aspect-ratio: ${network.ratio} / 1`
  if (image?.dataUri) return html`<div class="card-image" style="${box}"><img src="${image.dataUri}" alt="${alt ?? ''}" data-card-image="${network.id}" width="${image.width ?? ''}" height="${image.height ?? ''}"></div>`
  return html`<div class="card-image card-image-missing" style="${box}"><span>${image ? (image.problem ?? 'image not shown') : 'no og:image'}</span></div>`
}

/** The three cards and the Discover check, with their image checks. */
export function renderCards(article: PreviewArticle): SafeHtml {
  const { meta } = article
  const host = new URL(article.url).host
  const ogTitle = meta.og['og:title'] ?? meta.title ?? ''
  const ogDescription = meta.og['og:description'] ?? meta.description ?? ''
  const xTitle = meta.twitter['twitter:title'] ?? ogTitle
  const alt = meta.og['og:image:alt'] ?? meta.twitter['twitter:image:alt']
  const lang = langAttributes(article.lang)
  const image = article.image
  const declared = declaredSizeChecks(image)
  const cards = NETWORKS.map((network) => {
    const checks = [...imageChecks(image, network), ...(network.id === 'facebook' ? declared : [])]
    let body: SafeHtml
    if (network.id === 'facebook') {
      body = html`<div class="card-text"><div class="card-host">${host.toUpperCase()}</div><div class="card-title"${lang}>${ogTitle}</div><div class="card-desc"${lang}>${ogDescription}</div></div>`
    } else if (network.id === 'x') {
      body = html`<div class="card-text"><div class="card-host">${host}</div><div class="card-title"${lang}>${xTitle}</div></div>`
    } else {
      body = html`<div class="card-text"><div class="card-title"${lang}>${ogTitle}</div><div class="card-host">${host}</div></div>`
    }
    return html`<figure class="card card-${network.id}" data-preview="card-${network.id}">
  <figcaption>${network.name} <small>(${network.ratioLabel}, <a href="${network.docs}">docs</a>)</small></figcaption>
  <div class="card-frame">${cardImage(image, network, alt)}${body}</div>
  ${renderChecks(checks)}
</figure>`
  })
  const discover = imageChecks(image, 'discover', meta.robots)
  return html`<div class="cards">${cards}</div>
<div class="discover"><h3>Google Discover</h3>${renderChecks(discover)}</div>
${image?.file ? html`<p class="image-source">og:image ${image.url} read from ${image.file} (${image.type ?? '?'}, ${image.width ?? '?'}×${image.height ?? '?'}, ${image.bytes ?? '?'} bytes)</p>` : image ? html`<p class="image-source">og:image ${image.url}: ${image.problem ?? ''}</p>` : ''}`
}
