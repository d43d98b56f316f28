/** Facts about one article that more than one output shares, so every output derives them the same way. */
import type { Article, ZonedDateTime } from '../model/types.js'

/** The newest date the article's content changed: modified, published, or a correction. */
export function contentDate(article: Article): ZonedDateTime {
  let newest = article.datePublished
  for (const date of [article.dateModified, ...article.corrections.map((c) => c.date)]) {
    if (date && date.epochMs > newest.epochMs) newest = date
  }
  return newest
}
