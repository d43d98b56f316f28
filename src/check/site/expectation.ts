/**
 * What site mode expects of a build, read from the output plan: which file
 * holds which article, which feeds and sitemaps must list it, and what each
 * output must say about it (URL, headline, authors, dates).
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article } from '../../model/types.js'
import type { OutputPlan } from '../../plan/plan.js'
import { distinct, spaces, urlKey, type Expected } from './compare.js'

/** A file about one article, and how a finding names it. */
export type ArticleFileKind = 'jsonld' | 'head' | 'page'

const ARTICLE_FILES = { 'article-jsonld': ['jsonld', 'JSON-LD file'], 'article-head': ['head', 'head fragment'], 'article-page': ['page', 'page'] } as const

export interface SiteExpectation {
  expectations: Expected[]
  byUrl: ReadonlyMap<string, Expected>
  byTitle: ReadonlyMap<string, Expected>
  /** Output file -> the article it is about. */
  perFile: ReadonlyMap<string, { expected: Expected; kind: ArticleFileKind }>
  /** Article -> its own files, with the words a finding uses for each. */
  filesOf: ReadonlyMap<Article, { path: string; kind: ArticleFileKind; label: string }[]>
  /** Feed file -> the articles it must list. */
  feedMembers: ReadonlyMap<string, readonly Article[]>
  /** Articles the sitemap must list, and the news sitemap (empty when "now" is unknown). */
  inSitemap: ReadonlySet<Article>
  inNews: ReadonlySet<Article>
  /** The site's home page, which the sitemap lists besides the articles. */
  homeUrl: string
}

/** The expectation for each article of `plan`. `newsKnown`: whether "now" was given (else nothing is expected in the news sitemap). */
export function expectationFromPlan(plan: OutputPlan, config: ResolvedConfig, newsKnown: boolean): SiteExpectation {
  const expectations: Expected[] = []
  const byUrl = new Map<string, Expected>()
  const byTitle = new Map<string, Expected>()
  const byArticle = new Map<Article, Expected>()
  const inSitemap = new Set<Article>()
  const inNews = new Set<Article>()
  for (const [article, facts] of plan.articles) {
    const expected: Expected = {
      article,
      url: article.url,
      canonical: article.canonical,
      title: article.title,
      authors: distinct([...new Map(article.authors.map((author) => [author.id, author.name])).values()]),
      published: article.datePublished.epochMs,
      modified: (article.dateModified ?? article.datePublished).epochMs,
      contentModified: facts.contentDate.epochMs,
    }
    expectations.push(expected)
    byArticle.set(article, expected)
    byUrl.set(urlKey(expected.url), expected)
    byTitle.set(spaces(expected.title), expected)
    if (facts.inSitemap) inSitemap.add(article)
    if (facts.inNewsSitemap && newsKnown) inNews.add(article)
  }
  const perFile = new Map<string, { expected: Expected; kind: ArticleFileKind }>()
  const filesOf = new Map<Article, { path: string; kind: ArticleFileKind; label: string }[]>()
  const feedMembers = new Map<string, readonly Article[]>()
  for (const file of plan.files) {
    if (file.kind === 'feed') feedMembers.set(file.path, file.articles)
    if (file.kind !== 'article-jsonld' && file.kind !== 'article-head' && file.kind !== 'article-page') continue
    const expected = byArticle.get(file.article)
    if (!expected) continue
    const [kind, label] = ARTICLE_FILES[file.kind]
    perFile.set(file.path, { expected, kind })
    const own = filesOf.get(file.article) ?? []
    own.push({ path: file.path, kind, label })
    filesOf.set(file.article, own)
  }
  return { expectations, byUrl, byTitle, perFile, filesOf, feedMembers, inSitemap, inNews, homeUrl: urlKey(config.site.url) }
}
