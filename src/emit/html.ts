/**
 * The one HTML renderer for article bodies: feeds (RSS `content:encoded`,
 * Atom `content`, JSON Feed `content_html`) and article pages all call
 * `articleHtml`, so a reader sees the same cleaned body everywhere.
 *
 * mdast (parsed once, `articleTree`) → hast (remark-rehype) → raw HTML parsed
 * (rehype-raw) → embeds turned into links → sanitized (GitHub's schema,
 * extended for figures, media and responsive images) → URLs absolutized
 * against the article's URL → serialized (hast-util-to-html).
 */
import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { Root as MdastRoot, RootContent } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { PAYWALL_MARKER, articleTree, splitAtPaywall } from '../model/markdown.js'
import type { Article } from '../model/types.js'
import { resolveUrl } from '../model/urls.js'
import { xmlSafe } from '../util/xml.js'

/** How `articleHtml` renders an article. */
export interface ArticleHtmlOptions {
  /** `full`: the body; `summary`: only the description, as one paragraph. */
  content: 'full' | 'summary'
  /**
   * What to do with the part after `<!-- paywall -->` when the article is not
   * free (`accessibleForFree: false`):
   * - `omit` (default, for feeds): leave it out; a feed carries only the free part.
   * - `wrap` (for article pages): keep it inside `<div class="…">`, the class
   *   from `paywallSelector`, which the JSON-LD `hasPart.cssSelector` points at.
   * A non-free article without a marker is paywalled as a whole.
   * Free articles render in full either way (the marker is ignored).
   */
  paywall?: 'omit' | 'wrap'
  /** One build's parsed trees and rendered HTML, so several outputs of an article share them. Default: none kept. */
  cache?: BodyCache
}

/**
 * Article bodies as the outputs of one build share them: the parsed tree and
 * each rendered variant. An explicit value the build creates and releases
 * article by article (a tree is ~100x its markdown; 10,000 of them cost most
 * of a gigabyte); outputs that find nothing compute it, so order changes
 * speed, never bytes.
 */
export class BodyCache {
  readonly trees = new Map<Article, MdastRoot>()
  readonly html = new Map<Article, Map<string, string>>()

  /** Forget everything held for `article`. */
  release(article: Article): void {
    this.trees.delete(article)
    this.html.delete(article)
  }
}

/** Class used for the paywalled part when an article has no `paywallSelector`. */
export const DEFAULT_PAYWALL_CLASS = 'paywall'

/** The class name in a `.class` paywall selector (`.paywall` → `paywall`). */
export function paywallClass(article: Pick<Article, 'paywallSelector'>): string {
  const name = article.paywallSelector?.trim().replace(/^\./, '')
  return name && /^[A-Za-z_-][\w-]*$/.test(name) ? name : DEFAULT_PAYWALL_CLASS
}

/**
 * Feed-safe HTML for an article: no script, style, event handlers or
 * `javascript:` URLs; iframes, embeds and objects become plain links; every
 * `href`, `src`, `srcset`, `poster` is absolute against `article.url`.
 * Characters XML cannot hold are dropped, so the result fits in any feed.
 * Returns `''` when nothing is left to show (e.g. a fully paywalled article
 * with `paywall: 'omit'`).
 */
export function articleHtml(article: Article, options: ArticleHtmlOptions): string {
  // Three feed formats (and section feeds) ask for the same HTML: with a cache, render it once per article.
  const store = options.cache?.html
  let variants = store?.get(article)
  if (store && !variants) store.set(article, (variants = new Map()))
  const key = `${options.content}|${options.paywall ?? 'omit'}`
  let html = variants?.get(key)
  if (html === undefined) {
    html = renderArticleHtml(article, options)
    variants?.set(key, html)
  }
  return html
}

function renderArticleHtml(article: Article, options: ArticleHtmlOptions): string {
  if (options.content === 'summary') {
    if (!article.description) return ''
    return cleanHtml(toHtml({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: article.description }] }))
  }
  const { free, paid } = splitBody(article, options.cache)
  const children: RootContent[] = [...free]
  if (paid.length > 0 && options.paywall === 'wrap') {
    children.push({ type: 'paywall', className: paywallClass(article), children: paid } as unknown as RootContent)
  }
  if (children.length === 0) return ''
  const mdast: MdastRoot = { type: 'root', children }
  const hast = bodyProcessor(paywallClass(article)).runSync(mdast) as HastRoot
  absolutizeUrls(hast, article.url)
  return cleanHtml(toHtml(hast)).trim()
}

// Characters XML cannot hold dropped, line ends as `\n` (what an XML parser
// would report anyway), so the same string reads back from every feed format.
function cleanHtml(html: string): string {
  return xmlSafe(html).replace(/\r\n?/g, '\n')
}

/** How an article page renders its body: in full, the paywalled part wrapped for Google's paywall markup. */
export const PAGE_HTML_OPTIONS: ArticleHtmlOptions = { content: 'full', paywall: 'wrap' }

/** The HTML for an article page: the full body, paywalled part wrapped for Google's paywall markup. */
export function articlePageHtml(article: Article, cache?: BodyCache): string {
  return articleHtml(article, { ...PAGE_HTML_OPTIONS, ...(cache ? { cache } : {}) })
}

/** Whether a feed shows less than the whole article (paywalled, or nothing free). */
export function isPaywalled(article: Article): boolean {
  return !article.accessibleForFree && splitBody(article).paid.length > 0
}

function splitBody(article: Article, cache?: BodyCache): { free: RootContent[]; paid: RootContent[] } {
  const tree = articleTree(article, cache?.trees)
  if (article.accessibleForFree) {
    return { free: tree.children.filter((node) => !(node.type === 'html' && PAYWALL_MARKER.test(node.value.trim()))), paid: [] }
  }
  const { free, paid } = splitAtPaywall(tree)
  // Not free and no marker: the whole body is behind the paywall.
  return paid === undefined ? { free: [], paid: free } : { free, paid }
}

// GitHub's schema plus what news bodies use: figures, captions, media with
// posters, responsive images. Style, script and their kin are dropped with
// their content (not unwrapped into text).
function sanitizeSchema(paywallClassName: string): SanitizeSchema {
  const attributes = defaultSchema.attributes ?? {}
  return {
    ...defaultSchema,
    tagNames: [
      ...(defaultSchema.tagNames ?? []),
      'figure',
      'figcaption',
      'video',
      'audio',
      'caption',
      'cite',
      'abbr',
      'mark',
      'small',
      'time',
      'u',
      'wbr',
      'bdi',
      'dfn',
    ],
    attributes: {
      ...attributes,
      div: [...(attributes.div ?? []), ['className', paywallClassName]],
      img: [...(attributes.img ?? []), 'srcSet', 'sizes', 'loading'],
      source: [...(attributes.source ?? []), 'src', 'type', 'sizes'],
      video: ['src', 'poster', 'controls', 'preload', 'loop', 'muted', 'playsInline'],
      audio: ['src', 'controls', 'preload', 'loop', 'muted'],
    },
    // Links in a body may be mailto: as well (a reporter's address); nothing else that is not http(s).
    protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], poster: ['http', 'https'] },
    strip: ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'select', 'option', 'svg', 'math'],
  }
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()

function bodyProcessor(paywallClassName: string) {
  let processor = processors.get(paywallClassName)
  if (!processor) {
    processor = createProcessor(paywallClassName)
    processors.set(paywallClassName, processor)
  }
  return processor
}

function createProcessor(paywallClassName: string) {
  return unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      handlers: {
        // The paywalled part, as one container whose class the JSON-LD names.
        paywall(state: State, node: { className: string; children: RootContent[] }): Element {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: [node.className] },
            children: state.all(node as unknown as MdastRoot) as ElementContent[],
          }
        },
      } as never,
    })
    .use(function rawWhenNeeded() {
      // Re-parsing the whole tree through parse5 is the costliest step; a body without HTML skips it.
      const parseRaw = rehypeRaw()
      return (tree: HastRoot, file: Parameters<typeof parseRaw>[1]) => (containsRaw(tree) ? parseRaw(tree, file) : tree)
    })
    .use(() => embedsToLinks)
    .use(rehypeSanitize, sanitizeSchema(paywallClassName))
    .freeze()
}

function containsRaw(node: HastNodes): boolean {
  if (node.type === 'raw') return true
  return 'children' in node && node.children.some(containsRaw)
}

const EMBEDS = new Set(['iframe', 'embed', 'object', 'frame', 'applet', 'portal'])

/** Iframes, embeds and objects become a plain link to what they showed (readers block them anyway). */
function embedsToLinks(tree: HastRoot): void {
  const visit = (parent: HastParents) => {
    const out: HastNodes[] = []
    for (const child of parent.children) {
      if (child.type === 'element' && EMBEDS.has(child.tagName)) {
        const target = firstString(child.properties.src, child.properties.data, child.properties.code)
        // Only web pages become links; `javascript:`, `data:` and friends vanish with the embed.
        const scheme = target === undefined ? undefined : SCHEME.exec(target)?.[0].toLowerCase()
        if (!target || (scheme && scheme !== 'http:' && scheme !== 'https:')) continue
        const label = firstString(child.properties.title, child.properties.ariaLabel) ?? target
        out.push({ type: 'element', tagName: 'a', properties: { href: target }, children: [{ type: 'text', value: label }] })
        continue
      }
      if ('children' in child) visit(child)
      out.push(child)
    }
    parent.children = out as HastRoot['children']
  }
  visit(tree)
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value.trim()
  return undefined
}

// Properties holding one URL. `href` may keep the one non-web scheme the
// sanitizer allows (mailto:); the others must end up http(s).
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'longDesc'] as const
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/

/** Make every URL in the tree absolute against `base`, percent-encoded once; drop what cannot be. */
export function absolutizeUrls(tree: HastNodes, base: string): void {
  if (tree.type === 'element') {
    const properties = tree.properties
    for (const name of URL_PROPERTIES) {
      const value = properties[name]
      if (typeof value !== 'string') continue
      const scheme = SCHEME.exec(value.trim())?.[0].toLowerCase()
      if (name === 'href' && scheme && scheme !== 'http:' && scheme !== 'https:') continue
      const resolved = absoluteHttp(value, base)
      if (resolved === undefined) delete properties[name]
      else properties[name] = resolved
    }
    const srcSet = properties.srcSet
    if (srcSet !== undefined) {
      const text = Array.isArray(srcSet) ? srcSet.join(', ') : String(srcSet)
      const resolved = absolutizeSrcset(text, base)
      if (resolved) properties.srcSet = resolved
      else delete properties.srcSet
    }
  }
  if ('children' in tree) for (const child of tree.children) absolutizeUrls(child, base)
}

function absoluteHttp(value: string, base: string): string | undefined {
  try {
    const resolved = resolveUrl(value, base)
    return /^https?:\/\//i.test(resolved) ? resolved : undefined
  } catch {
    return undefined
  }
}

/**
 * Resolve each candidate of a `srcset` (HTML's parsing rules: a URL, then
 * descriptors up to a comma); candidates that are not http(s) are dropped.
 */
export function absolutizeSrcset(srcset: string, base: string): string {
  const candidates: string[] = []
  let i = 0
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++
    if (i >= srcset.length) break
    let end = i
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++
    let url = srcset.slice(i, end)
    let descriptor = ''
    i = end
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '')
    } else {
      let depth = 0
      let start = i
      while (i < srcset.length) {
        const char = srcset[i]!
        if (char === '(') depth++
        else if (char === ')') depth = Math.max(0, depth - 1)
        else if (char === ',' && depth === 0) break
        i++
      }
      descriptor = srcset.slice(start, i).trim().replace(/\s+/g, ' ')
      i++
    }
    const resolved = absoluteHttp(url, base)
    if (resolved) candidates.push(descriptor ? `${resolved} ${descriptor}` : resolved)
  }
  return candidates.join(', ')
}
