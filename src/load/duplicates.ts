/** Articles that would collide: the same URL (so the same output file). Pure, so adapters check what the CLI checks. */
import type { Article } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { defineRule, PACKAGE_URL } from '../util/rule.js'

/** Raised by `duplicateUrls` (duplicates.ts). */
export const contentDuplicateUrl = defineRule({
  id: 'content/duplicate-url',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'Each article needs its own URL (the permalink pattern, or a page\'s own `url`/`permalink`, must tell them apart). Slugs may repeat when the URLs differ.',
  docs: {
    why: 'Two articles at one URL collide in feeds, sitemaps and pages.',
    fix: 'Give one of them another `slug:`, or add `{yyyy}`/`{mm}`/`{dd}` to the permalink.',
  },
})

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
