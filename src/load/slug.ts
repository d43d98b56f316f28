/** An article's slug: literal text in a URL path and a folder name, short enough for both. */
import { fileSlug } from './conventions.js'
import { stringField, type FieldReader } from './fields.js'
import { frontmatterUnsafeSlug } from './frontmatter-rules.js'

/** Longest slug in UTF-8 bytes: file systems allow 255 per name, and `.head.html` is added to it. */
export const MAX_SLUG_BYTES = 200

/** The slug: the frontmatter's if it is safe, else the file's name; '' when neither gives one (reported). */
export function readSlug(read: FieldReader, file: string): string {
  const { fields, error, report, start, pos } = read
  let slug: string
  const rawSlug = stringField(fields, 'slug', error)
  const fallbackSlug = fileSlug(file)
  if (rawSlug !== undefined) {
    // A slug is literal text in a URL path and a folder name: nothing that a URL or a file system would read as structure.
    // eslint-disable-next-line no-control-regex
    if (/[/\\?#%:]|\.\.|[\u0000-\u001f\u007f]/.test(rawSlug) || rawSlug.trim() !== rawSlug || rawSlug === '.') {
      error('slug', `"${rawSlug}" is not a safe slug: no "/", "\\", "?", "#", "%", ":", "..", control characters or surrounding spaces`, frontmatterUnsafeSlug)
      slug = fallbackSlug
    } else slug = rawSlug
  } else slug = fallbackSlug
  if (!slug) report('error', start, `cannot derive a slug from the file name "${file.split('/').pop()}": add "slug:"`, frontmatterUnsafeSlug)
  const slugBytes = new TextEncoder().encode(slug).length
  if (slugBytes > MAX_SLUG_BYTES) {
    report('error', pos('slug'), `the slug is ${slugBytes} bytes long; at most ${MAX_SLUG_BYTES} fit in a file name and a sitemap URL: set a shorter "slug:"`, frontmatterUnsafeSlug)
  }
  return slug
}

