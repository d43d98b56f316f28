/**
 * What the cross-check readers share: the expectation for one article, the
 * comparable forms of URLs, text and dates, the author comparison, and the
 * findings collector of site mode (findings on outputs and on sources).
 */
import type { Article, Position } from '../../model/types.js'
import { contentDate } from '../../plan/articles.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import { finding } from '../documents/findings.js'
import { checkRfc3339, checkW3cDatetime } from '../documents/formats.js'
import type { RuleMeta } from '../../util/rule.js'

/** What the model says an article's outputs must carry. */
export interface Expected {
  article: Article
  url: string
  canonical: string
  title: string
  /** Distinct author names, in order. */
  authors: string[]
  published: number
  /** `dateModified ?? datePublished`: JSON-LD, head, page, sitemap lastmod. */
  modified: number
  /** The newest content date (corrections count): feeds' update dates. */
  contentModified: number
}

/** A URL in a comparable form (percent-encoding and host case normalized by WHATWG URL). */
export function urlKey(url: string): string {
  try {
    return new URL(url.trim()).href
  } catch {
    return url.trim()
  }
}

/** Whitespace collapsed: HTML and feed readers show runs of white space as one space. */
export function spaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map(spaces).filter((name) => name !== ''))]
}

export function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}…` : text)
}

/** The instant of an ISO 8601 / RFC 3339 date-time, or undefined when it is none (other rules report that). */
export function isoInstant(text: string): number | undefined {
  const result = checkRfc3339(text)
  return result.ok ? result.epochMs : undefined
}

/** Whether a W3C Datetime (sitemaps) can mean `expected`: a bare date covers its whole day anywhere. */
export function w3cMatches(text: string, expected: number): boolean | undefined {
  const result = checkW3cDatetime(text)
  if (!result.ok) return undefined
  return result.precision === 'minute' ? Math.floor(expected / 60_000) * 60_000 === result.startMs : expected >= result.startMs && expected <= result.endMs
}

export class SiteFindings {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    private readonly outputName: (name: string) => string,
    private readonly sourceName: (file: string) => string,
  ) {}

  add(rule: RuleMeta, output: string, at: Position, message: string): void {
    this.diagnostics.push(finding(this.outputName(output), rule, at, message))
  }

  /** A finding about an article that has no output to point at: reported on its source file. */
  addAtSource(rule: RuleMeta, article: Article, message: string): void {
    const at = article.positions.slug ?? article.positions.title ?? { line: 1, column: 1 }
    this.diagnostics.push(finding(this.sourceName(article.file), rule, at, message))
  }

  source(article: Article): string {
    return this.sourceName(article.file)
  }
}

export function isoOf(expected: Expected, which: string): string {
  const article = expected.article
  if (which === 'datePublished') return article.datePublished.iso
  if (which === 'contentModified') return contentDate(article).iso
  return (article.dateModified ?? article.datePublished).iso
}

/**
 * Compare written author names with the expected ones (both deduplicated,
 * in order); `report` gets the first expected name that is missing, or the
 * first written name that is not expected.
 */
export function compareAuthors<T extends { name: string }>(written: readonly T[], expected: readonly string[], report: (missing: string | undefined, extra: T | undefined) => void): void {
  const writtenNames = distinct(written.map((w) => w.name))
  if (writtenNames.length === expected.length && writtenNames.every((name, i) => name === expected[i])) return
  const extra = written.find((w) => !expected.includes(spaces(w.name)))
  const missing = expected.find((name) => !writtenNames.includes(name))
  report(missing, extra)
}

export function authorMessage(what: string, written: readonly string[], expected: Expected, source: string, missing: string | undefined, extra: string | undefined): string {
  const list = (names: readonly string[]) => (names.length ? names.map((n) => quote(n)).join(', ') : 'none')
  const detail = extra !== undefined ? `${quote(extra)} is not an author of ${source}` : missing !== undefined ? `${quote(missing)} is missing` : 'the order differs'
  return `${what}s (${list(distinct(written))}) differ from the authors of ${source} (${list(expected.authors)}): ${detail}`
}
