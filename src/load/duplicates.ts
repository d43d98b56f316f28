/** Articles that would collide: the same URL (so the same output file). Pure, so adapters check what the CLI checks. */
import type { Article } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { contentDuplicateUrl } from './source-rules.js'

/** Only URLs (and so output files) must be unique; slugs may repeat where the permalink tells them apart. */
export function duplicateUrls(articles: readonly Article[]): Diagnostic[] {
  const found: Diagnostic[] = []
  const seen = new Map<string, Article>()
  for (const article of articles) {
    // Case-insensitive: on macOS and Windows `Case` and `case` are one folder.
    const key = article.url.normalize('NFC').toLowerCase()
    const first = seen.get(key)
    if (first) {
      const where = article.positions.url ?? article.positions.slug ?? article.positions.title ?? { line: 1, column: 1 }
      found.push({
        file: article.file,
        line: where.line,
        column: where.column,
        severity: 'error',
        message: `duplicate URL "${article.url}": ${first.file} has it too; give one of them another "slug:" (or add {yyyy}/{mm}/{dd} to the permalink)`,
        rule: contentDuplicateUrl.id,
      })
    } else seen.set(key, article)
  }
  return found
}
