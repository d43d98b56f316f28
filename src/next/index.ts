/**
 * `dateline-kit/next`: dateline in a Next.js App Router site. Everything here
 * is pure (no `node:fs`, no jiti), so a Next bundle can import it; your code
 * reads the article files and hands their text over (`siteFromSources`).
 *
 * - `toNextMetadata(article, config)` for `generateMetadata`,
 * - `<JsonLd graph={…} />` for the NewsArticle JSON-LD (Metadata has no place for it),
 * - `articleSitemap(site)` for `app/sitemap.ts`,
 * - `siteFileResponse(site, 'feed.xml')` for route handlers of the feeds and the news sitemap.
 */
import { createElement, type ReactElement } from 'react'
import { siteFiles, type SiteFile } from '../adapters/site-files.js'
import { feedAlternates } from '../emit/feeds/files.js'
import { ogLocale } from '../emit/head.js'
import { articleJsonLd } from '../emit/jsonld.js'
import { serializeJsonLdForScript } from '../emit/script-json.js'
import { sitePageJsonLd, type SitePage } from '../emit/site-pages.js'
import type { ResolvedConfig } from '../model/config.js'
import type { Article } from '../model/types.js'
import { articleSitemapEntries } from '../plan/sitemap-entries.js'
import type { SourceSite } from '../adapters/sources.js'

export { resolveConfig, type ResolveConfigOptions } from '../load/inline-config.js'
export { articleFromData, type ArticleData, type ArticleDataContext } from '../load/from-data.js'
export { siteFromSources, authorRegistry, assertNoErrors, type ArticleSource, type SiteFromSourcesOptions, type SourceSite } from '../adapters/sources.js'
export { siteFiles, type SiteFile } from '../adapters/site-files.js'
export { renderHead } from '../emit/head.js'
export { articleHtml, type ArticleHtmlOptions } from '../emit/html.js'
export { renderPageHead, sitePageJsonLd, type SitePage } from '../emit/site-pages.js'
export { articleJsonLd } from '../emit/jsonld.js'
export type { Article, Author } from '../model/types.js'
export type { DatelineConfig, ResolvedConfig } from '../model/config.js'

/** The shape of Next's `Metadata` that `toNextMetadata` fills (assignable to `Metadata` from 'next'). */
export interface NextArticleMetadata {
  title: string
  description: string
  authors: { name: string; url?: string }[]
  keywords?: string[]
  robots?: { index: boolean }
  alternates: { canonical: string; types?: Record<string, { url: string; title: string }[]> }
  openGraph: {
    type: 'article'
    title: string
    description: string
    url: string
    siteName: string
    locale: string
    images?: { url: string; width?: number; height?: number; alt?: string }[]
    publishedTime: string
    modifiedTime: string
    authors?: string[]
    section?: string
    tags?: string[]
  }
  twitter: { card: 'summary' | 'summary_large_image'; title: string; description: string; images?: { url: string; alt?: string }[] }
}

/**
 * Next `Metadata` for an article page: title, description, canonical URL,
 * feed autodiscovery (`alternates.types`), Open Graph `article` with its
 * times, authors, section and tags, and the Twitter card. The same values as
 * dateline's head fragment. Next's `Metadata` has no JSON-LD: render `<JsonLd>`.
 */
export function toNextMetadata(article: Article, config: ResolvedConfig): NextArticleMetadata {
  const image = article.images[0]
  const types: Record<string, { url: string; title: string }[]> = {}
  for (const link of feedAlternates(config, article)) (types[link.type] ??= []).push({ url: link.href, title: link.title })
  const authors = [...new Map(article.authors.map((author) => [author.id, author])).values()]
  const images = article.images.map((img) => ({ url: img.url, ...(img.width ? { width: img.width } : {}), ...(img.height ? { height: img.height } : {}), ...(img.alt ? { alt: img.alt } : {}) }))
  return {
    title: article.title,
    description: article.description,
    authors: authors.map((author) => ({ name: author.name, ...(author.url ? { url: author.url } : {}) })),
    ...(article.tags.length ? { keywords: [...article.tags] } : {}),
    ...(article.noindex ? { robots: { index: false } } : {}),
    alternates: { canonical: article.canonical, ...(Object.keys(types).length ? { types } : {}) },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: article.canonical,
      siteName: config.site.name,
      locale: ogLocale(article.lang),
      ...(images.length ? { images } : {}),
      publishedTime: article.datePublished.iso,
      modifiedTime: (article.dateModified ?? article.datePublished).iso,
      ...(authors.length ? { authors: authors.map((author) => author.url ?? author.name) } : {}),
      ...(article.section ? { section: article.section } : {}),
      ...(article.tags.length ? { tags: [...article.tags] } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: article.title,
      description: article.description,
      ...(image ? { images: [{ url: image.url, ...(image.alt ? { alt: image.alt } : {}) }] } : {}),
    },
  }
}

/** Props of `JsonLd`: an article (with its config), a page that is not one, or a ready graph. */
export type JsonLdProps = { article: Article; config: ResolvedConfig } | { page: SitePage; config: ResolvedConfig } | { graph: object }

/**
 * `<script type="application/ld+json">` with the graph serialized for a
 * script element (`<`, `>`, `&`, U+2028 and U+2029 escaped), so no text of
 * the article can close the script.
 */
export function JsonLd(props: JsonLdProps): ReactElement {
  const graph = 'graph' in props ? props.graph : 'article' in props ? articleJsonLd(props.article, props.config) : sitePageJsonLd(props.page, props.config)
  return createElement('script', { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: serializeJsonLdForScript(graph) } })
}

/** One entry of Next's `MetadataRoute.Sitemap`. */
export interface NextSitemapEntry {
  url: string
  lastModified?: string
  changeFrequency?: 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never'
  priority?: number
  images?: string[]
}

/** Options of `articleSitemap`. */
export interface ArticleSitemapOptions {
  /**
   * Add each article's images. Off by default: Next 16 writes `<image:image>`
   * before `<lastmod>`, which the sitemaps.org schema does not allow (extension
   * elements come last), and `dateline check` reports it as an error.
   */
  images?: boolean
}

/**
 * The articles as `MetadataRoute.Sitemap` entries for `app/sitemap.ts`
 * (published, indexable, canonical here; lastModified the modification date),
 * to concatenate with your other pages. The news sitemap has no place in it:
 * serve it with `siteFileResponse(site, 'news-sitemap.xml')`.
 */
export function articleSitemap(site: Pick<SourceSite, 'config' | 'articles' | 'now'>, options: ArticleSitemapOptions = {}): NextSitemapEntry[] {
  return articleSitemapEntries(site.articles, site.config, { now: site.now }).map((entry) => ({
    url: entry.loc,
    ...(entry.lastmod ? { lastModified: entry.lastmod } : {}),
    ...(entry.changefreq ? { changeFrequency: entry.changefreq } : {}),
    ...(entry.priority !== undefined ? { priority: entry.priority } : {}),
    ...(options.images && entry.images?.length ? { images: entry.images.map((image) => image.loc) } : {}),
  }))
}

/**
 * A `Response` with one of the site's feeds or its news sitemap, for a route
 * handler (`app/feed.xml/route.ts`, with `export const dynamic = 'force-static'`).
 * `path` is the file's path from the config (`feed.xml`, `news-sitemap.xml`, `opini/feed.xml`).
 */
export function siteFileResponse(site: Pick<SourceSite, 'config' | 'articles' | 'now'>, path: string): Response {
  const file = siteFiles(site.config, site.articles, { now: site.now }).find((candidate: SiteFile) => candidate.path === path.replace(/^\/+/, ''))
  if (!file) return new Response(`dateline: no file ${path} (feeds and news sitemap are: ${siteFiles(site.config, site.articles, { now: site.now }).map((f) => f.path).join(', ')})`, { status: 404 })
  return new Response(file.content, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } })
}
