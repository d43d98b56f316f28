/**
 * `dateline preview`: a self-contained HTML report of how a site's articles
 * look where readers meet them. collect (I/O) -> pages (pure) -> write (staged).
 */
import { writeStaged } from '../write/output.js'
import { collectFiles, collectSite, type CollectOptions } from './collect.js'
import { renderArticlePage, renderIndexPage } from './pages.js'
import type { PreviewReport } from './types.js'

export { collectFiles, collectSite, pageName, type CollectOptions } from './collect.js'
export { renderArticlePage, renderIndexPage } from './pages.js'
export { extractPageMeta } from './extract.js'
export { breadcrumb, snippetDate, SNIPPET_WIDTHS } from './snippet.js'
export { imageChecks, cropShare, NETWORKS } from './cards.js'
export { localFileFor, readImage, type ImageRoot } from './images.js'
export type { PreviewReport, PreviewArticle, PreviewImage, FeedItemView, PageMeta, PlacedFinding, FindingPlace } from './types.js'

/** Marks a folder as a preview report, so writing a new one may replace it (and nothing else). */
export const PREVIEW_MARKER = '.dateline-preview'

/** Every file of the report: `index.html` and one page per article. Pure. */
export function renderPreview(report: PreviewReport): Map<string, string> {
  const files = new Map<string, string>([['index.html', renderIndexPage(report)]])
  for (const article of report.articles) files.set(article.page, renderArticlePage(article, report))
  files.set(PREVIEW_MARKER, 'Written by dateline preview; replaced by the next run.\n')
  return files
}

/** Write `report` into `out`, replacing an earlier report there (never a folder with other files). Returns the files written. */
export async function writePreview(report: PreviewReport, out: string): Promise<string[]> {
  const files = renderPreview(report)
  await writeStaged(
    out,
    async (sink) => {
      for (const [name, content] of files) await sink.write(name, content)
    },
    { ownedMarker: PREVIEW_MARKER },
  )
  return [...files.keys()].filter((name) => name !== PREVIEW_MARKER)
}

/** Collect and write in one step: a site root, or built files when `paths` are given. */
export async function preview(target: { root: string } | { paths: readonly string[] }, out: string, options: CollectOptions = {}): Promise<{ report: PreviewReport; files: string[] }> {
  const report = 'root' in target ? await collectSite(target.root, options) : await collectFiles(target.paths, options)
  return { report, files: await writePreview(report, out) }
}
