/** Google News entries: one per URL, a publication name and title, an ISO 639 language, articles from the last two days. */
import { newsWindowPlace } from '../../../plan/news-window.js'
import { NEWS_NS } from '../../../util/namespaces.js'
import { isKnownLanguage } from '../formats.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { GOOGLE_NEWS } from './sources.js'

/** Raised by `checkNewsWindow` (news.ts). */
export const newsOutsideWindow = defineRule({
  id: 'news/outside-window',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: 'News entries must be articles published in the two days before "now" (`--now`), not in the future.',
  docs: {
    why: 'Google: include only articles created in the last two days; older entries are ignored and future ones are wrong.',
    fix: 'Remove older URLs from the news sitemap (or drop their `news:news`), and publish scheduled articles only when their time has come.',
  },
})

/** Raised by `checkNewsLanguage` (news.ts). */
export const newsInvalidLanguage = defineRule({
  id: 'news/invalid-language',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: '`news:language` is an ISO 639 code of two or three lower-case letters, or `zh-cn` / `zh-tw` (news XSD).',
  docs: {
    why: 'The XSD pattern is `zh-cn|zh-tw|([a-z]{2,3})`: `en-US` or `EN` fail validation.',
    fix: 'Write the language alone in lower case: `en`, `id`, `zh-tw`.',
  },
})

/** Raised by `checkNewsLanguage` (news.ts). */
export const newsUnknownLanguage = defineRule({
  id: 'news/unknown-language',
  severity: 'warning',
  helpUrl: GOOGLE_NEWS,
  description: '`news:language` has the right shape but is no known ISO 639 language.',
  docs: {
    why: 'The XSD accepts any three letters, such as `qqq`; Google cannot match them to a language.',
    fix: 'Use the publication\'s ISO 639 code (`id` for Indonesian).',
  },
})

/** Raised by `checkOneNews` (news.ts). */
export const newsMultipleNews = defineRule({
  id: 'news/multiple-news',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'A `<url>` holds one `news:news`.',
  docs: {
    why: 'Google allows one news entry per URL; the XSD does not count them.',
    fix: 'Keep one `news:news` per URL.',
  },
})

/** Raised by `checkNewsNotEmpty` (news.ts). */
export const newsEmptyElement = defineRule({
  id: 'news/empty-element',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: '`news:name` and `news:title` must not be empty.',
  docs: {
    why: 'The XSD accepts an empty string; Google needs the publication name as on news.google.com and the article title as shown on the site.',
    fix: 'Write the publication name and the article headline.',
  },
})

const NEWS_LANGUAGE = /^(zh-cn|zh-tw|[a-z]{2,3})$/

/** What an empty `<news:name>` and `<news:title>` should hold. */
const EXPECTED = {
  name: 'write the publication name as it appears on news.google.com',
  title: 'write the article title as shown on the site',
} as const

/** The first `<news:local>` child of `element`. */
export function newsChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.uri === NEWS_NS && c.local === local)
}

/** Report the `<news:news>` at `index` (0-based) in its `<url>` unless it is the first. */
export function checkOneNews(findings: Findings, news: XmlElement, index: number): void {
  if (index > 0) findings.add(newsMultipleNews, news, `a <url> holds one <news:news>; this is number ${index + 1}`)
}

/** Report an empty `<news:name>` or `<news:title>`. */
export function checkNewsNotEmpty(findings: Findings, element: XmlElement, which: keyof typeof EXPECTED): void {
  if (element.text.trim() === '') findings.add(newsEmptyElement, element, `<news:${which}> is empty; ${EXPECTED[which]}`)
}

/** `<news:language>`: an ISO 639 code in lower case (or zh-cn, zh-tw) that names a language. */
export function checkNewsLanguage(findings: Findings, language: XmlElement): void {
  const value = language.text.trim()
  if (!NEWS_LANGUAGE.test(value)) {
    const primary = value.toLowerCase().split(/[-_]/)[0] ?? ''
    const suggestion = /^[a-z]{2,3}$/.test(primary) ? `; write "${['zh-cn', 'zh-tw'].includes(value.toLowerCase()) ? value.toLowerCase() : primary}"` : ''
    findings.add(newsInvalidLanguage, language, `<news:language> "${value}" is not an ISO 639 code in lower case (or zh-cn, zh-tw)${suggestion}`)
  } else if (!isKnownLanguage(value)) {
    findings.add(newsUnknownLanguage, language, `<news:language> "${value}" is not a known ISO 639 language code`)
  }
}

/**
 * A `<news:publication_date>` (`element`, shown as `what`, `value` as written)
 * spanning `startMs`–`endMs` must fall in the two days before now (when known).
 */
export function checkNewsWindow(findings: Findings, element: XmlElement, what: string, value: string, span: { startMs: number; endMs: number }, options: CheckOptions): void {
  const now = options.now
  if (now === undefined) return
  // A date without a time is a span: flag it only when all of it is outside the window.
  if (newsWindowPlace(span.endMs, now) === 'before') {
    findings.add(newsOutsideWindow, element, `${what} "${value}" is more than two days before now (${new Date(now).toISOString()}); Google News reads only articles from the last two days: remove the entry or its <news:news>`)
  } else if (newsWindowPlace(span.startMs, now) === 'after') {
    findings.add(newsOutsideWindow, element, `${what} "${value}" is after now (${new Date(now).toISOString()}); list an article only once it is published`)
  }
}
