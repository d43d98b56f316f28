/** The data a preview report is rendered from: plain values, gathered at the I/O edge (collect.ts). */
import type { RuleMeta } from '../util/rule.js'
import type { Diagnostic } from '../util/diagnostic.js'

/** The page's `<head>` as search engines and social networks read it. */
export interface PageMeta {
  /** `<html lang>` or `og:locale`-derived language, if any. */
  lang?: string
  /** `<title>` text. */
  title?: string
  /** `<meta name="description">`. */
  description?: string
  canonical?: string
  /** `<meta name="robots">`. */
  robots?: string
  /** Every `og:*` and `article:*` property (first value), plus `article:author` and `article:tag` lists. */
  og: Record<string, string>
  /** Every `twitter:*` name (first value). */
  twitter: Record<string, string>
  /** `article:author` values, in order. */
  authors: string[]
  /** Each JSON-LD block, parsed (a block that is not JSON is a string with the error). */
  jsonLd: unknown[]
}

/** An image as the report shows it: read from disk, never fetched. */
export interface PreviewImage {
  /** The URL the page names (`og:image`). */
  url: string
  /** Where it was read from, when found. */
  file?: string
  width?: number
  height?: number
  /** `jpg`, `png`, `webp`, … as read from the bytes. */
  type?: string
  bytes?: number
  /** `data:` URI of the bytes (inside the self-contained report only). */
  dataUri?: string
  /** Why it could not be shown (not under site.url, file missing, not an image, too big to embed). */
  problem?: string
  /** `og:image:width` / `og:image:height` as declared. */
  declared?: { width?: number; height?: number }
}

/** An item of a feed as a feed reader shows it. */
export interface FeedItemView {
  /** The feed file it came from (as shown in findings). */
  feed: string
  title?: string
  /** ISO date (published, else updated). */
  date?: string
  authors: string[]
  /** The item's HTML, sanitized, images mapped to embedded copies or dropped. */
  html: string
  enclosure?: { url: string; type?: string; length?: number }
}

/** One article of the report. */
export interface PreviewArticle {
  /** File name of its report page, e.g. `menteri-panrb.html`. */
  page: string
  /** Absolute URL of the article. */
  url: string
  /** The file findings are reported against first (source in site mode, page in file mode). */
  file: string
  /** Every file whose findings belong to this article (source, JSON-LD, head, page). */
  files: string[]
  lang?: string
  meta: PageMeta
  image?: PreviewImage
  feedItem?: FeedItemView
  /** Findings of `dateline check` about this article, with the section of the report they belong to. */
  findings: PlacedFinding[]
}

/** Where in an article's report a finding is shown. */
export type FindingPlace = 'source' | 'head' | 'jsonld' | 'feed' | 'sitemap' | 'page'

export interface PlacedFinding extends Diagnostic {
  place: FindingPlace
}

export interface PreviewReport {
  /** The site's name (og:site_name), for titles. */
  siteName: string
  siteUrl?: string
  /** What was previewed: a site root or the PATHs given. */
  source: string
  articles: PreviewArticle[]
  /** Findings that belong to no article (config, site-wide feeds and sitemaps). */
  siteFindings: Diagnostic[]
  /** Every rule, for the docs shown next to a finding. */
  rules: readonly RuleMeta[]
}
