/**
 * Sitemaps (urlset, sitemap index, news, image, video, hreflang): the XSD
 * rules as code plus what no XSD checks — Google's limits, the news window,
 * one host, duplicates, deprecated tags. Each `<url>` is checked as it closes
 * and then dropped, so a 50 MB file needs memory for one entry at a time
 * (plus the set of URLs seen, for duplicates). Each rule is defined beside
 * the check that raises it, in this folder by concern; this walker only says
 * when each runs.
 */
import type { Diagnostic } from '../../../util/diagnostic.js'
import { SITEMAP_NS } from '../../../util/namespaces.js'
import { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { reportNotWellFormed } from '../well-formed.js'
import { LineIndex, walkXml } from '../xml-tree.js'
import { checkDeprecatedElement } from './deprecated.js'
import { checkSitemapEntry, type SitemapState } from './entry.js'
import { checkFileSize, checkNotEmpty } from './limits.js'
import { checkRootChild, checkSitemapRoot, entryName, rootKindOf, type RootKind } from './structure.js'
import { sitemapUrls } from './urls.js'

export { SITEMAP_LIMITS } from './limits.js'

export interface SitemapCheckContext {
  /** Size of the file in bytes, when known (else measured from the text). */
  bytes?: number
}

/** Check a sitemap, sitemap index or news/image/video sitemap. */
export function checkSitemap(text: string, file: string, options: CheckOptions = {}, context: SitemapCheckContext = {}, lines = new LineIndex(text)): Diagnostic[] {
  const findings = new Findings(file)
  const state: SitemapState = { findings, options, urls: sitemapUrls(options.siteUrl), counts: { entries: 0, news: 0 } }
  let rootKind: RootKind | undefined
  const { root, error } = walkXml(
    text,
    {
      open(element) {
        if (!element.parent) rootKind = rootKindOf(element)
      },
      close(element) {
        checkDeprecatedElement(findings, element)
        const parent = element.parent
        if (!rootKind || !parent || parent.parent) return
        // A direct child of the root: an entry, or something the root may not hold.
        if (element.uri === SITEMAP_NS && element.local === entryName(rootKind)) checkSitemapEntry(state, element)
        else checkRootChild(findings, element, rootKind)
        return false
      },
    },
    lines,
  )
  if (error) {
    reportNotWellFormed(findings, error)
  } else if (root && checkSitemapRoot(findings, root, rootKind)) {
    checkFileSize(findings, context.bytes ?? Buffer.byteLength(text, 'utf8'))
    checkNotEmpty(findings, root, rootKind, state.counts)
  }
  return findings.sorted()
}
