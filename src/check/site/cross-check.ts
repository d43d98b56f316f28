/**
 * Site mode's cross-checks: after a build in memory, do the outputs say the
 * same thing about each article as each other and as the loaded model? The
 * same URL (JSON-LD, canonical and og:url, feed links and ids, sitemap locs,
 * where the page is), the same headline, the same authors and the same dates,
 * compared as instants. Each output is read once and indexed by article; values
 * come from fast parses (JSON.parse, parse5 without locations, saxes) and exact
 * positions are looked up again only for a value that disagrees. What each
 * output must hold comes from the output plan (expectation.ts); the readers
 * (read-*.ts) compare one kind of output each.
 *
 * Legitimate differences are not findings: feeds carry the newest `limit`
 * articles only; noindex and canonical-elsewhere articles stay out of the
 * sitemaps; RSS dates are RFC 822 in any zone; text in HTML is entity-escaped
 * and text in feeds has the XML-illegal characters dropped (`feedText`); a
 * single author with an e-mail address is written as RSS `<author>`.
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { Article } from '../../model/types.js'
import { planSite, type OutputPlan } from '../../plan/plan.js'
import { SITEMAP_MEASURE } from '../../emit/sitemaps/xml.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind } from '../documents/detect.js'
import type { Place } from '../documents/jsonld/report.js'
import { SiteFindings, urlKey } from './compare.js'
import { expectationFromPlan } from './expectation.js'
import type { FeedContext } from './read-feed-items.js'
import { crossCheckAtom } from './read-atom.js'
import { crossCheckHtml } from './read-html.js'
import { crossCheckJsonFeed } from './read-json-feed.js'
import { crossCheckJsonLd } from './read-jsonld.js'
import { crossCheckRss } from './read-rss.js'
import { crossCheckSitemap } from './read-sitemap.js'
import { CROSS_CHECK_RULE } from './rules.js'

export { CROSS_CHECK_RULE, CROSS_CHECK_RULES } from './rules.js'

/** Options for `crossCheckSite`. */
export interface CrossCheckOptions {
  /** The build's "now" (epoch ms): which articles the feeds and sitemaps should list. Default: none left out for being scheduled. */
  now?: number
  /** How to show an output file (name relative to the output folder) in findings. Default: as it is. */
  outputName?: (name: string) => string
  /** How to show an article's source file (relative to the site root) in messages. Default: as it is. */
  sourceName?: (file: string) => string
  /** The plan the outputs were built from (default: planned here from `articles`, `config` and `now`). */
  plan?: OutputPlan
}

/**
 * Cross-check a site's outputs (`outputs`: name relative to the output folder
 * -> text, gzip already undone) against each other and against the loaded
 * `articles`. Pure: no disk, no clock. Each output is parsed once.
 */
export function crossCheckSite(articles: readonly Article[], config: ResolvedConfig, outputs: ReadonlyMap<string, string>, options: CrossCheckOptions = {}): Diagnostic[] {
  const findings = new SiteFindings(options.outputName ?? ((name) => name), options.sourceName ?? ((file) => file))
  const now = options.now
  // Without a "now", nothing counts as scheduled, and the news window is unknown.
  const planNow = now ?? articles.reduce((latest, article) => Math.max(latest, article.datePublished.epochMs), 0)
  const plan = options.plan ?? planSite({ config, articles, now: planNow }, { sitemapMeasure: SITEMAP_MEASURE })
  const { expectations, byUrl, byTitle, perFile, filesOf, feedMembers, inSitemap: sitemapMembers, inNews: newsMembers, homeUrl } = expectationFromPlan(plan, config, now !== undefined)
  const inSitemaps = new Set<Article>()
  const inNews = new Set<Article>()
  let sitemapSeen: { name: string; at: Place } | undefined
  let newsSeen: { name: string; at: Place } | undefined

  for (const [name, text] of outputs) {
    const own = perFile.get(name)
    if (own) {
      if (own.kind === 'jsonld') crossCheckJsonLd(text, { line: 1, column: 1 }, name, own.expected, findings)
      else if (own.kind === 'page' || !pageEmbeds(outputs, filesOf.get(own.expected.article), text)) crossCheckHtml(text, name, own.kind === 'head', own.expected, findings)
      continue
    }
    const kind = detectKind(text, name.replace(/\.gz$/, ''))
    const seen = new Set<Article>()
    const context: FeedContext = { output: name, byUrl, byTitle, findings, seen, homeUrl }
    // Where to report an article the file should list but does not: its root element (JSON Feed: `items`).
    let top: Place = { line: 1, column: 1 }
    switch (kind) {
      case 'rss':
        top = crossCheckRss(text, context)
        break
      case 'atom':
        top = crossCheckAtom(text, context)
        break
      case 'json-feed':
        top = crossCheckJsonFeed(text, context)
        break
      case 'sitemap':
      case 'news-sitemap': {
        const news = kind === 'news-sitemap'
        const members = news ? newsMembers : sitemapMembers
        top = crossCheckSitemap(text, news, context, (expected, at) => {
          const article = expected.article
          const reason = article.noindex ? 'it is noindex' : urlKey(article.canonical) !== urlKey(article.url) ? `its canonical URL is ${article.canonical}` : undefined
          if (reason && !members.has(article)) {
            findings.add(CROSS_CHECK_RULE.unexpectedEntry, name, at, `${findings.source(article)} is listed, but ${reason}; leave it out of the ${news ? 'news sitemap' : 'sitemap'}`)
          }
        })
        if (news) newsSeen ??= { name, at: top }
        else sitemapSeen ??= { name, at: top }
        for (const article of seen) (news ? inNews : inSitemaps).add(article)
        break
      }
      default:
        break
    }
    const members = feedMembers.get(name)
    if (members) {
      for (const article of members) {
        if (!seen.has(article)) findings.add(CROSS_CHECK_RULE.missingEntry, name, top, `${findings.source(article)} (${article.url}) is among the newest articles this feed lists, but it has no item for it`)
      }
    }
  }

  // Articles missing from the outputs they belong in.
  const present = new Set(outputs.keys())
  for (const expected of expectations) {
    const article = expected.article
    for (const { path: file, kind, label } of filesOf.get(article) ?? []) {
      if (!present.has(file)) findings.addAtSource(CROSS_CHECK_RULE.missingEntry, article, `the build wrote no ${label} for this article (expected ${file}${kind === 'page' ? `, the path of its URL ${article.url}` : ''})`)
    }
    if (sitemapSeen !== undefined && sitemapMembers.has(article) && !inSitemaps.has(article)) {
      findings.add(CROSS_CHECK_RULE.missingEntry, sitemapSeen.name, sitemapSeen.at, `${findings.source(article)} (${article.url}) is indexable and its own canonical, but no sitemap lists it`)
    }
    if (newsSeen !== undefined && newsMembers.has(article) && !inNews.has(article)) {
      findings.add(CROSS_CHECK_RULE.missingEntry, newsSeen.name, newsSeen.at, `${findings.source(article)} (${article.url}) was published inside the news window, but the news sitemap does not list it`)
    }
  }
  return findings.diagnostics
}

/**
 * Whether the article's page carries `head` verbatim (as dateline's pages do):
 * then checking the page checks the head fragment too, and parsing it again
 * would only double the work (and any finding).
 */
function pageEmbeds(outputs: ReadonlyMap<string, string>, own: readonly { path: string; kind: string }[] | undefined, head: string): boolean {
  const pagePath = own?.find((file) => file.kind === 'page')?.path
  const page = pagePath === undefined ? undefined : outputs.get(pagePath)
  const fragment = head.trim()
  return page !== undefined && fragment !== '' && page.includes(fragment)
}
