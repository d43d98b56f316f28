/**
 * One document through the checker of its kind: pure, text in, findings out.
 * Every way of checking (files on disk, on worker threads, site mode, URLs)
 * ends here.
 */
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind, type DocumentKind } from './detect.js'
import { checkAtom } from './feeds/atom/check.js'
import { checkJsonFeed } from './feeds/json-feed/check.js'
import { checkRss } from './feeds/rss/check.js'
import { checkHtml, checkJsonLdText } from './jsonld/index.js'
import type { CheckOptions } from './options.js'
import type { ParsedDocument } from './parsed.js'
import { checkSitemap } from './sitemaps/check.js'

/** Run the checker for a document of a known kind; `parsed` shares its parses with other readers of the same text (site mode). */
export function checkDocumentAs(kind: DocumentKind, text: string, file: string, options: CheckOptions = {}, bytes?: number, parsed?: ParsedDocument): Diagnostic[] {
  switch (kind) {
    case 'html':
      return checkHtml(text, file, options, parsed)
    case 'jsonld':
      return checkJsonLdText(text, file, options, parsed)
    case 'json-feed':
      return checkJsonFeed(text, file, options, parsed)
    case 'rss':
      return checkRss(text, file, options)
    case 'atom':
      return checkAtom(text, file, options)
    case 'sitemap':
    case 'sitemap-index':
    case 'news-sitemap':
      return checkSitemap(text, file, options, bytes === undefined ? {} : { bytes })
    case 'unknown':
      return []
  }
}

/** Check one document, its kind detected from `text` (and `file`'s extension where content cannot tell). */
export function checkDocument(text: string, file: string, options: CheckOptions = {}): Diagnostic[] {
  return checkDocumentAs(detectKind(text, file), text, file, options)
}
