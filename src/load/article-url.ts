/** An article's URLs: its path (the permalink, or its own `url`), or the one a framework routes it to; its `canonical`. */
import { wallFields } from '../model/dates.js'
import type { ZonedDateTime } from '../model/types.js'
import { expandPermalink, resolveHttpUrl, slugify, type PermalinkFields } from '../model/urls.js'
import { readUrlOverride } from './conventions.js'
import { stringField, type FieldReader } from './fields.js'
import { frontmatterInvalidUrl } from './frontmatter-rules.js'

/** An absolute http(s) `canonical`, resolved; undefined when unset or invalid (reported). */
export function readCanonical(read: FieldReader, siteUrl: string): string | undefined {
  const rawCanonical = stringField(read.fields, 'canonical', read.error)
  if (rawCanonical === undefined) return undefined
  const resolved = resolveHttpUrl(rawCanonical, siteUrl)
  if (resolved.ok) return resolved.url
  read.error('canonical', resolved.reason, frontmatterInvalidUrl)
  return undefined
}

/** The article's URL path: the permalink pattern, or the frontmatter's `url` (`unlisted`: `permalink: false`). */
export function articlePath(read: FieldReader, permalink: string, values: { datePublished: ZonedDateTime; slug: string; section: string | undefined; lang: string }): string | 'invalid' | 'unlisted' {
  const w = wallFields(values.datePublished)
  const permalinkFields: PermalinkFields = {
    yyyy: String(w.year).padStart(4, '0'),
    mm: String(w.month).padStart(2, '0'),
    dd: String(w.day).padStart(2, '0'),
    slug: values.slug,
    section: values.section ? slugify(values.section) : '',
    lang: values.lang.toLowerCase(),
  }
  if (!('url' in read.fields)) return expandPermalink(permalink, permalinkFields)
  const override = readUrlOverride(read.fields.url, permalinkFields)
  if (!override.ok) {
    read.error('url', override.reason, frontmatterInvalidUrl)
    return 'invalid'
  }
  return override.path === false ? 'unlisted' : override.path
}

/** The URL a framework routes the article to (absolute, or a path on the site), resolved; undefined when it is not http(s) (reported). */
export function frameworkUrl(read: FieldReader, url: string, siteUrl: string): string | undefined {
  const resolved = resolveHttpUrl(url, siteUrl)
  if (resolved.ok) return resolved.url
  read.report('error', read.start, `the article's URL ${resolved.reason}`, frontmatterInvalidUrl)
  return undefined
}
