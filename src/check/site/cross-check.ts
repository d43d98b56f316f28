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
import type { Article, Position } from '../../model/types.js'
import { planSite, type OutputPlan } from '../../plan/plan.js'
import { SITEMAP_MEASURE } from '../../emit/sitemaps/xml.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { detectKind, type DocumentKind } from '../documents/detect.js'
import { ParsedDocument } from '../documents/parsed.js'
import { SiteFindings, urlKey } from './compare.js'
import { expectationFromPlan, type SiteExpectation } from './expectation.js'
import type { FeedContext } from './read-feed-items.js'
import { crossCheckAtom } from './read-atom.js'
import { crossCheckHtml } from './read-html.js'
import { crossCheckJsonFeed } from './read-json-feed.js'
import { crossCheckJsonLd } from './read-jsonld.js'
import { crossCheckRss } from './read-rss.js'
import { crossCheckSitemap } from './read-sitemap.js'
import { siteMissingEntry, siteUnexpectedEntry } from './rules.js'


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
  const check = new SiteCrossCheck(articles, config, (name) => outputs.get(name), options)
  const diagnostics: Diagnostic[] = []
  for (const [name, text] of outputs) diagnostics.push(...check.output(name, text))
  return [...diagnostics, ...check.finish(outputs.keys())]
}

/**
 * The cross-check one output at a time, for a caller that reads each output
 * once for several purposes (site mode: the document rules, this, the source
 * mapping) and drops its parses before the next one.
 */
export class SiteCrossCheck {
  private readonly findings: SiteFindings
  private readonly expectation: SiteExpectation
  private readonly inSitemaps = new Set<Article>()
  private readonly inNews = new Set<Article>()
  private sitemapSeen: { name: string; at: Position } | undefined
  private newsSeen: { name: string; at: Position } | undefined

  /** `textOf` gives any output's text (a head fragment is compared only when its page does not embed it). */
  constructor(
    articles: readonly Article[],
    config: ResolvedConfig,
    private readonly textOf: (name: string) => string | undefined,
    options: CrossCheckOptions = {},
  ) {
    this.findings = new SiteFindings(options.outputName ?? ((name) => name), options.sourceName ?? ((file) => file))
    const now = options.now
    // Without a "now", nothing counts as scheduled, and the news window is unknown.
    const planNow = now ?? articles.reduce((latest, article) => Math.max(latest, article.datePublished.epochMs), 0)
    const plan = options.plan ?? planSite({ config, articles, now: planNow }, { sitemapMeasure: SITEMAP_MEASURE })
    this.expectation = expectationFromPlan(plan, config, now !== undefined)
  }

  /**
   * Compare the output `name` (its text; `parsed`, its parses, and `kind`,
   * what the read step detected, when the caller has them); returns its findings.
   */
  output(name: string, text: string, parsed: ParsedDocument = new ParsedDocument(text), kind?: DocumentKind): Diagnostic[] {
    const before = this.findings.diagnostics.length
    this.compare(name, text, parsed, kind)
    return this.findings.diagnostics.slice(before)
  }

  private compare(name: string, text: string, parsed: ParsedDocument, detected: DocumentKind | undefined): void {
    const { byUrl, byTitle, perFile, filesOf, feedMembers, inSitemap: sitemapMembers, inNews: newsMembers, homeUrl } = this.expectation
    const findings = this.findings
    const own = perFile.get(name)
    if (own) {
      if (own.kind === 'jsonld') crossCheckJsonLd(parsed.jsonOf(), { line: 1, column: 1 }, name, own.expected, findings)
      else if (own.kind === 'page' || !this.pageEmbeds(filesOf.get(own.expected.article), text)) crossCheckHtml(parsed, name, own.kind === 'head', own.expected, findings)
      return
    }
    const kind = detected ?? detectKind(text, name.replace(/\.gz$/, ''))
    const seen = new Set<Article>()
    const context: FeedContext = { output: name, byUrl, byTitle, findings, seen, homeUrl }
    // Where to report an article the file should list but does not: its root element (JSON Feed: `items`).
    let top: Position = { line: 1, column: 1 }
    switch (kind) {
      case 'rss':
        top = crossCheckRss(text, context)
        break
      case 'atom':
        top = crossCheckAtom(text, context)
        break
      case 'json-feed':
        top = crossCheckJsonFeed(parsed.jsonOf(), context)
        break
      case 'sitemap':
      case 'news-sitemap': {
        const news = kind === 'news-sitemap'
        const members = news ? newsMembers : sitemapMembers
        top = crossCheckSitemap(text, news, context, (expected, at) => {
          const article = expected.article
          const reason = article.noindex ? 'it is noindex' : urlKey(article.canonical) !== urlKey(article.url) ? `its canonical URL is ${article.canonical}` : undefined
          if (reason && !members.has(article)) {
            findings.add(siteUnexpectedEntry, name, at, `${findings.source(article)} is listed, but ${reason}; leave it out of the ${news ? 'news sitemap' : 'sitemap'}`)
          }
        })
        if (news) this.newsSeen ??= { name, at: top }
        else this.sitemapSeen ??= { name, at: top }
        for (const article of seen) (news ? this.inNews : this.inSitemaps).add(article)
        break
      }
      default:
        break
    }
    const members = feedMembers.get(name)
    if (members) {
      for (const article of members) {
        if (!seen.has(article)) findings.add(siteMissingEntry, name, top, `${findings.source(article)} (${article.url}) is among the newest articles this feed lists, but it has no item for it`)
      }
    }
  }

  /** Once every output was compared: what is missing from the outputs (`present`: every output's name). */
  finish(present: Iterable<string>): Diagnostic[] {
    const before = this.findings.diagnostics.length
    const { expectations, filesOf, inSitemap: sitemapMembers, inNews: newsMembers } = this.expectation
    const findings = this.findings
    const names = new Set(present)
    // Articles missing from the outputs they belong in.
    for (const expected of expectations) {
      const article = expected.article
      for (const { path: file, kind, label } of filesOf.get(article) ?? []) {
        if (!names.has(file)) findings.addAtSource(siteMissingEntry, article, `the build wrote no ${label} for this article (expected ${file}${kind === 'page' ? `, the path of its URL ${article.url}` : ''})`)
      }
      if (this.sitemapSeen !== undefined && sitemapMembers.has(article) && !this.inSitemaps.has(article)) {
        findings.add(siteMissingEntry, this.sitemapSeen.name, this.sitemapSeen.at, `${findings.source(article)} (${article.url}) is indexable and its own canonical, but no sitemap lists it`)
      }
      if (this.newsSeen !== undefined && newsMembers.has(article) && !this.inNews.has(article)) {
        findings.add(siteMissingEntry, this.newsSeen.name, this.newsSeen.at, `${findings.source(article)} (${article.url}) was published inside the news window, but the news sitemap does not list it`)
      }
    }
    return findings.diagnostics.slice(before)
  }

  /**
   * Whether the article's page carries `head` verbatim (as dateline's pages do):
   * then checking the page checks the head fragment too, and parsing it again
   * would only double the work (and any finding).
   */
  private pageEmbeds(own: readonly { path: string; kind: string }[] | undefined, head: string): boolean {
    const pagePath = own?.find((file) => file.kind === 'page')?.path
    const page = pagePath === undefined ? undefined : this.textOf(pagePath)
    const fragment = head.trim()
    return page !== undefined && fragment !== '' && page.includes(fragment)
  }
}
