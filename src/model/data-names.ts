/** Names of the per-article files under `_dateline/`, unique for a whole site. */
import type { Article } from './types.js'

/**
 * The `_dateline/` name of each article's files: its slug where no other
 * article has it (compared case-insensitively, as macOS and Windows do), else
 * its URL path (`2016/04/01/report`), which the load keeps unique.
 */
export function dataFileNames(articles: readonly Pick<Article, 'slug' | 'path'>[]): string[] {
  const count = new Map<string, number>()
  for (const { slug } of articles) count.set(slug.toLowerCase(), (count.get(slug.toLowerCase()) ?? 0) + 1)
  const byPath = (article: Pick<Article, 'path'>) => article.path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment)).join('/') || 'index'
  // A one-segment URL path of a repeated slug could equal another article's unique slug: that one takes its path too.
  const pathNames = new Set(articles.filter(({ slug }) => count.get(slug.toLowerCase())! > 1).map((article) => byPath(article).toLowerCase()))
  return articles.map((article) => {
    const unique = count.get(article.slug.toLowerCase()) === 1 && !pathNames.has(article.slug.toLowerCase())
    return unique || byPath(article) === article.slug ? article.slug : byPath(article)
  })
}

