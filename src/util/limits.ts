/**
 * What dateline reads at most, in one place (README: "Limits"). Each limit is
 * far above what a real newsroom writes and far below what would exhaust
 * memory or time: past it, a clear error naming the file, never a crash.
 * Here, in util/, because both the loader (`load/`) and `dateline check`
 * (`check/documents/`, which must not import `load/`) read them.
 */

/**
 * An article file, in bytes (10 MiB). A very long feature is about 100 KB of
 * markdown, a full court ruling pasted in a few MB; SPEC §6 names a 10 MB
 * article as one that must build. The markdown → HTML pipeline needs about
 * 250 MB of memory per MiB of richly marked-up text (measured: 2 MiB 1.1 GB,
 * 16 MiB 4 GB and 150 s with pages on), and a 100 MB file exhausted V8's heap.
 */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024

/**
 * An article's frontmatter, in bytes (1 MiB): a generous frontmatter (a theme's
 * settings, a list of 500 related links) is a few KB.
 */
export const MAX_FRONTMATTER_BYTES = 1024 * 1024

/**
 * Lists and maps inside one another in frontmatter, config or authors
 * registry. Real ones nest 3 or 4 deep; the parsers recurse and run out of
 * stack somewhere past 500, so the limit is checked well before that.
 */
export const MAX_NESTING_DEPTH = 100

/**
 * A file `dateline check` reads, in bytes (64 MiB): above Google's 50 MB
 * sitemap limit, so an oversized sitemap is still reported as one, and far
 * above any real page, feed or JSON-LD document.
 */
export const MAX_CHECK_FILE_BYTES = 64 * 1024 * 1024

/** Warnings `dateline build` prints per file before "… and N more"; the summary counts them all. */
export const MAX_WARNINGS_SHOWN_PER_FILE = 20

/** Warnings `dateline build` prints in all; the summary counts them all. */
export const MAX_WARNINGS_SHOWN = 200

/** `1,048,576` (grouped digits read better in messages). */
export function formatBytes(bytes: number): string {
  return bytes.toLocaleString('en-US')
}
