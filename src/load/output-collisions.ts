/**
 * An article whose URL path runs into a file the build writes itself (a slug
 * or section named `feed.xml`, `index.html`, `sitemap-2.xml`, `_dateline`) is
 * a content error found while loading, before anything is written: otherwise
 * the write fails half-way with EEXIST or EISDIR, or one output hides another.
 */
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Position } from '../model/types.js'
import { slugify } from '../model/urls.js'
import { DATA_FOLDER, feedFile, INDEX_PAGE_FILE, pageFile, ROBOTS_FILE, sitemapChildName } from '../plan/layout.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { contentOutputCollision } from './source-rules.js'

/** Files (lowercase, `/`-separated, relative to `out`) the build writes besides article pages. */
export function reservedOutputFiles(config: ResolvedConfig, articles: readonly Article[]): Set<string> {
  const files = new Set<string>()
  const add = (file: string | false | undefined) => {
    if (file) files.add(feedFile(file).toLowerCase())
  }
  const feedNames = config.feeds ? [config.feeds.rss, config.feeds.atom, config.feeds.json] : []
  feedNames.forEach(add)
  if (config.feeds && config.feeds.sections) {
    for (const article of articles) {
      const section = article.section === undefined ? '' : slugify(article.section)
      if (section) for (const name of feedNames) if (name) add(feedFile(name, { slug: section }))
    }
  }
  if (config.sitemap) add(config.sitemap.file)
  if (config.newsSitemap) add(config.newsSitemap.file)
  if (config.robots) add(ROBOTS_FILE)
  if (config.pages) add(INDEX_PAGE_FILE)
  return files
}

/** One error per article whose page path (or a folder on the way to it) is a file the build writes. */
export function outputCollisions(articles: readonly Article[], config: ResolvedConfig): Diagnostic[] {
  const reserved = reservedOutputFiles(config, articles)
  const sitemapChild = config.sitemap ? sitemapChildPattern(config.sitemap.file) : undefined
  const found: Diagnostic[] = []
  for (const article of articles) {
    const segments = pageFile(article).split('/').slice(0, -1)
    for (let k = 1; k <= segments.length; k++) {
      const prefix = segments.slice(0, k).join('/').toLowerCase()
      const clash = (k === 1 && prefix === DATA_FOLDER) || reserved.has(prefix) || sitemapChild?.test(prefix)
      if (!clash) continue
      const segment = segments[k - 1]!
      const fromSection = article.section !== undefined && segment === slugify(article.section) && segment !== article.slug
      const where: Position = (fromSection ? article.positions.section : article.positions.slug) ?? article.positions.slug ?? article.positions.title ?? { line: 1, column: 1 }
      const what = fromSection ? `section "${article.section}"` : `slug "${article.slug}"`
      found.push({
        file: article.file,
        line: where.line,
        column: where.column,
        severity: 'error',
        message: `the ${what} makes the URL path ${article.path}, but "${prefix}" is ${prefix === DATA_FOLDER ? 'the folder of the per-article files' : 'a file the build writes'}; choose another ${fromSection ? 'section' : 'slug'}`,
        rule: contentOutputCollision.id,
      })
      break
    }
  }
  return found
}

/** Any child name of a split sitemap (`sitemap-1.xml`, `sitemap-27.xml.gz`). */
function sitemapChildPattern(file: string): RegExp {
  const escape = (text: string) => text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const stem = sitemapChildName(feedFile(file), 0).slice(0, -'-0.xml'.length)
  return new RegExp(`^${escape(stem)}-\\d+\\.xml(?:\\.gz)?$`)
}
