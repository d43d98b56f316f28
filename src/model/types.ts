/**
 * The normalized data model every emitter reads. Loading (config, frontmatter,
 * authors) produces these; emitters (JSON-LD, head, feeds, sitemaps, pages)
 * are pure functions of them.
 */

/** An instant with the offset it is shown in (the site timezone, or the offset written in the source). */
export interface ZonedDateTime {
  /** ISO 8601 with seconds and offset, e.g. `2023-10-11T09:30:00+07:00` (`Z` never used; UTC is `+00:00`). */
  readonly iso: string
  /** Milliseconds since the epoch. */
  readonly epochMs: number
  /** Offset from UTC in minutes (east positive), e.g. 420 for +07:00. */
  readonly offsetMinutes: number
}

export type ArticleType =
  | 'NewsArticle'
  | 'AnalysisNewsArticle'
  | 'OpinionNewsArticle'
  | 'ReportageNewsArticle'
  | 'BackgroundNewsArticle'
  | 'ReviewNewsArticle'
  | 'AskPublicNewsArticle'
  | 'Article'
  | 'BlogPosting'

export const ARTICLE_TYPES: readonly ArticleType[] = [
  'NewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'Article',
  'BlogPosting',
]

/** A person or organization credited on an article. */
export interface Author {
  /** Stable JSON-LD `@id` (site URL + `#/schema/person/<key>`), the same on every page. */
  readonly id: string
  /** Registry key when the author came from the registry. */
  readonly key?: string
  readonly type: 'Person' | 'Organization'
  readonly name: string
  /** Absolute URL of the author's profile page. */
  readonly url?: string
  readonly sameAs: readonly string[]
  /** Absolute URL of a portrait. */
  readonly image?: string
  readonly jobTitle?: string
  /** Used only for RSS `<author>`, which RSS defines as an e-mail address. */
  readonly email?: string
}

/** An image, URLs absolute and percent-encoded once. */
export interface Image {
  readonly url: string
  readonly alt?: string
  readonly caption?: string
  readonly width?: number
  readonly height?: number
  readonly credit?: string
}

export interface Correction {
  readonly date: ZonedDateTime
  readonly text: string
}

/** A source position: 1-based line and column (UTF-16 code units, as editors and ESLint count). The one position type of load and check. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** One article, normalized. Everything here is plain data (safe to cache by `contentHash`). */
export interface Article {
  /** Source file, relative to the site root, with `/` separators. */
  readonly file: string
  /** Line (1-based) of the first body line in `file`, to map body positions back. */
  readonly bodyLine: number
  /** Positions of frontmatter keys (canonical names), for diagnostics that concern a field. */
  readonly positions: Readonly<Record<string, Position>>
  readonly slug: string
  /**
   * Name of the article's files under `_dateline/` (without extension): the
   * slug when no other article of the site has it, else the URL path. Set
   * by the site load, which sees every article; absent means the slug.
   */
  readonly dataName?: string
  /** URL path from the permalink, percent-encoded, starting and ending with `/`. */
  readonly path: string
  /** Absolute URL of the article on this site. */
  readonly url: string
  /** Absolute canonical URL: `url`, or the frontmatter `canonical` when the original lives elsewhere. */
  readonly canonical: string
  readonly type: ArticleType
  /** The headline, never truncated. */
  readonly title: string
  readonly description: string
  readonly datePublished: ZonedDateTime
  readonly dateModified?: ZonedDateTime
  readonly authors: readonly Author[]
  /** First is the lead image. */
  readonly images: readonly Image[]
  readonly tags: readonly string[]
  readonly section?: string
  /** BCP 47 tag. */
  readonly lang: string
  readonly dateline?: string
  readonly location?: string
  readonly accessibleForFree: boolean
  /** A `.class` selector wrapping the paywalled part (only when `accessibleForFree` is false). */
  readonly paywallSelector?: string
  readonly corrections: readonly Correction[]
  readonly draft: boolean
  readonly noindex: boolean
  /** Hugo's `expiryDate`: from this instant the article is left out of the site. */
  readonly expires?: ZonedDateTime
  /**
   * Markdown body (without frontmatter). For an article loaded from a file, read from the file
   * each time it is asked for (checked against `contentHash`), so a site's bodies are never all
   * in memory; it still travels with the article through JSON and to worker threads.
   */
  readonly body: string
  /** Words in the body, counted with `Intl.Segmenter` for `lang`. */
  readonly wordCount: number
  /** sha256 of the source file bytes and the config that shapes it (cache key). */
  readonly contentHash: string
}
