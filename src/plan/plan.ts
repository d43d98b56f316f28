/**
 * The output plan: every file a build writes, with its kind, URL and the
 * articles it holds, in the order the build renders them. Pure: the same
 * site and "now" give the same plan. The build renders it, site-mode check
 * reads it for what to expect, a cache can key on it.
 */
import type { ResolvedConfig } from '../model/config.js'
import { zonedFromEpoch } from '../model/dates.js'
import type { Article, ZonedDateTime } from '../model/types.js'
import { resolveUrl } from '../model/urls.js'
import { contentDate } from './articles.js'
import { planFeeds, type PlannedFeed } from './feeds.js'
import { DATA_INDEX_FILE, headFile, INDEX_PAGE_FILE, jsonLdFile, pageFile } from './layout.js'
import { planSitemaps, type PlannedSitemapFile, type SitemapMeasure } from './sitemaps.js'

/** What the plan is made from: a loaded site (`loadSite` gives one). */
export interface PlanInput {
  config: ResolvedConfig
  /** Published articles, in the loader's order. */
  articles: readonly Article[]
  /** "Now" of the build, epoch ms. */
  now: number
}

/** Options for `planSite`. */
export interface PlanOptions {
  /** How many bytes the sitemap renderer writes for each part (the build passes its renderer's). */
  sitemapMeasure: SitemapMeasure
  /** Sitemap split threshold in bytes; only for tests. */
  sitemapMaxBytes?: number
}

/** A file about one article. */
export interface PlannedArticleFile {
  readonly kind: 'article-jsonld' | 'article-head' | 'article-page'
  readonly path: string
  readonly url: string
  readonly article: Article
  readonly articles: [Article]
}

/** A file about the whole list of articles. */
export interface PlannedListFile {
  kind: 'data-index' | 'index-page'
  path: string
  url: string
  articles: readonly Article[]
}

export type PlannedFile = PlannedFeed | PlannedArticleFile | PlannedListFile | PlannedSitemapFile
export type OutputKind = PlannedFile['kind']

/** What more than one output needs to know about one article. */
export interface ArticleFacts {
  /** The newest date its content changed (feeds' updated, site check's expectations). */
  contentDate: ZonedDateTime
  /** Paths of the feeds that list it. */
  feeds: string[]
  /** Whether the sitemap lists it. */
  inSitemap: boolean
  /** Whether the news sitemap lists it (inside the news window, within its maximum). */
  inNewsSitemap: boolean
  /** Every planned file that holds it. */
  files: string[]
}

export interface OutputPlan {
  /** "Now" of the build, in the site's time zone. */
  now: ZonedDateTime
  /** Every file to write, in render order: feeds, then each article's files, the lists, the sitemaps. */
  files: PlannedFile[]
  /** Shared facts per article, for every article of the input. */
  articles: ReadonlyMap<Article, ArticleFacts>
}

/** Plan every output of a loaded site. */
export function planSite(site: PlanInput, options: PlanOptions): OutputPlan {
  const { config, articles } = site
  const now = zonedFromEpoch(site.now, config.site.timezone)
  const files: PlannedFile[] = [...planFeeds(config, articles, { now })]
  const url = (path: string) => fileUrl(path, config.site.url)
  for (const article of articles) {
    files.push(new ArticleFile('article-jsonld', article, config.site.url))
    files.push(new ArticleFile('article-head', article, config.site.url))
    if (config.pages) files.push(new ArticleFile('article-page', article, config.site.url))
  }
  files.push({ kind: 'data-index', path: DATA_INDEX_FILE, url: url(DATA_INDEX_FILE), articles })
  if (config.pages) files.push({ kind: 'index-page', path: INDEX_PAGE_FILE, url: config.site.url, articles })
  files.push(
    ...planSitemaps(articles, config, {
      now,
      measure: options.sitemapMeasure,
      ...(options.sitemapMaxBytes === undefined ? {} : { maxBytes: options.sitemapMaxBytes }),
    }),
  )
  let facts: Map<Article, ArticleFacts> | undefined
  return {
    now,
    files,
    // Only site check reads them: a build of 100,000 articles does not hold them.
    get articles() {
      return (facts ??= articleFacts(articles, files))
    },
  }
}

/** The URL of an output file at `path` under the site's URL. */
function fileUrl(path: string, siteUrl: string): string {
  return resolveUrl(path.split('/').map(encodeURIComponent).join('/'), siteUrl)
}

/**
 * One article's file. Its path and URL are worked out when read, not held:
 * at 100,000 articles the plan would otherwise keep 200,000 of each.
 */
class ArticleFile implements PlannedArticleFile {
  constructor(
    readonly kind: PlannedArticleFile['kind'],
    readonly article: Article,
    private readonly siteUrl: string,
  ) {}

  get path(): string {
    return this.kind === 'article-jsonld' ? jsonLdFile(this.article) : this.kind === 'article-head' ? headFile(this.article) : pageFile(this.article)
  }

  get url(): string {
    return this.kind === 'article-page' ? this.article.url : fileUrl(this.path, this.siteUrl)
  }

  get articles(): [Article] {
    return [this.article]
  }
}

function articleFacts(articles: readonly Article[], files: readonly PlannedFile[]): Map<Article, ArticleFacts> {
  const facts = new Map<Article, ArticleFacts>()
  for (const article of articles) facts.set(article, { contentDate: contentDate(article), feeds: [], inSitemap: false, inNewsSitemap: false, files: [] })
  for (const file of files) {
    // The data index and the index page list every article; they say nothing particular about one.
    if (file.kind === 'data-index' || file.kind === 'index-page' || file.kind === 'sitemap-index') continue
    for (const article of file.articles) {
      const fact = facts.get(article)
      if (!fact) continue
      fact.files.push(file.path)
      if (file.kind === 'feed') fact.feeds.push(file.path)
      else if (file.kind === 'sitemap') fact.inSitemap = true
      else if (file.kind === 'news-sitemap') fact.inNewsSitemap = true
    }
  }
  return facts
}
