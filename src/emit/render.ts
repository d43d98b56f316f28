/**
 * Render one planned file into the sink. Each kind of output has one
 * renderer; the plan says what to render, this says how.
 */
import type { ResolvedConfig } from '../model/config.js'
import { safeUrl } from '../model/urls.js'
import type { Article, ZonedDateTime } from '../model/types.js'
import { headFile, jsonLdFile } from '../plan/layout.js'
import type { PlannedArticleFile, PlannedFile } from '../plan/plan.js'
import type { OutputSink } from './sink.js'
import { renderFeed, feedAlternates } from './feeds/files.js'
import { alternateLinks, renderHead } from './head.js'
import { articlePageHtml, BodyCache } from './html.js'
import { articleJsonLd } from './jsonld.js'
import { renderArticlePage, renderIndexPage } from './page.js'
import { serializeJsonLdDocument } from './script-json.js'
import { writePlannedSitemapFile } from './sitemaps/site.js'

/** One row of `_dateline/index.json`. */
export interface IndexEntry {
  slug: string
  url: string
  source: string
  title: string
  datePublished: string
  dateModified: string | null
  /** The article's JSON-LD file, relative to the output folder. */
  jsonld: string
  /** The article's head fragment, relative to the output folder. */
  head: string
}

/** What every renderer of one build shares. */
export interface RenderContext {
  config: ResolvedConfig
  /** "Now" of the build. */
  now: ZonedDateTime
  /** Values more than one output of an article uses, computed once (`articleValues`). */
  shared: ArticleValues
}

/**
 * What several outputs of an article share: its JSON-LD graph and head
 * fragment (for its JSON-LD file, head fragment and page) and its body tree
 * and HTML (for feeds and page). An explicit value of one build, released
 * article by article as the plan says; a renderer that finds nothing
 * computes it, so the order of outputs changes speed, never bytes.
 */
export interface ArticleValues {
  graph(article: Article): ReturnType<typeof articleJsonLd>
  head(article: Article): string
  readonly bodies: BodyCache
  /** Forget what is held for `article`. */
  release(article: Article): void
}

/** A fresh `ArticleValues` for `config`. */
export function articleValues(config: ResolvedConfig): ArticleValues {
  const graphs = new Map<Article, ReturnType<typeof articleJsonLd>>()
  const heads = new Map<Article, string>()
  const graph = (article: Article) => {
    let value = graphs.get(article)
    if (!value) graphs.set(article, (value = articleJsonLd(article, config)))
    return value
  }
  const bodies = new BodyCache()
  return {
    graph,
    bodies,
    head(article) {
      let value = heads.get(article)
      if (value === undefined) heads.set(article, (value = renderHead(article, config, { graph: graph(article), alternates: feedAlternates(config, article) })))
      return value
    },
    release(article) {
      graphs.delete(article)
      heads.delete(article)
      bodies.release(article)
    },
  }
}

/** Render `file` into `sink`. */
export async function renderPlannedFile(file: PlannedFile, context: RenderContext, sink: OutputSink): Promise<void> {
  const { config } = context
  switch (file.kind) {
    case 'feed':
      return sink.write(file.path, renderFeed(file, config, { now: context.now, cache: context.shared.bodies }))
    case 'article-jsonld':
    case 'article-head':
    case 'article-page':
      return sink.write(file.path, renderArticleFile(file.kind, file.article, config, context.shared))
    case 'data-index':
      return sink.write(file.path, `${JSON.stringify(file.articles.map(indexEntry), null, 2)}\n`)
    case 'index-page':
      return sink.write(file.path, renderIndexPage([...file.articles], config, alternateLinks(feedAlternates(config)).join('\n')))
    case 'sitemap':
    case 'sitemap-index':
    case 'news-sitemap':
    case 'robots':
      await writePlannedSitemapFile(file, sink, config.site.url)
      return
  }
}

/** The bytes of one of an article's own files: a pure function of the article and the config (`values` shares what its files have in common). */
export function renderArticleFile(kind: PlannedArticleFile['kind'], article: Article, config: ResolvedConfig, values: ArticleValues): string {
  switch (kind) {
    case 'article-jsonld':
      return serializeJsonLdDocument(values.graph(article))
    case 'article-head':
      return values.head(article)
    case 'article-page':
      return renderArticlePage(article, config, { head: values.head(article), bodyHtml: articlePageHtml(article, values.bodies) })
  }
}

function indexEntry(article: Article): IndexEntry {
  return {
    slug: article.slug,
    url: safeUrl(article.url),
    source: article.file,
    title: article.title,
    datePublished: article.datePublished.iso,
    dateModified: article.dateModified?.iso ?? null,
    jsonld: jsonLdFile(article),
    head: headFile(article),
  }
}

/** Kinds whose renderers read `ArticleValues`. */
const USES_ARTICLE_VALUES = new Set<PlannedFile['kind']>(['feed', 'article-jsonld', 'article-head', 'article-page'])

/**
 * For each planned file (by position), the articles whose shared values are
 * no longer needed once it is written: an article goes after the last file that reads them.
 */
export function releasePoints(files: readonly PlannedFile[]): Article[][] {
  const last = new Map<Article, number>()
  files.forEach((file, i) => {
    if (USES_ARTICLE_VALUES.has(file.kind)) for (const article of file.articles) last.set(article, i)
  })
  const points: Article[][] = files.map(() => [])
  for (const [article, i] of last) points[i]!.push(article)
  return points
}
