/**
 * The Google News window: which publication instants a news sitemap lists.
 * One definition for the emitter (which articles to write) and the checker
 * (which entries to flag), so the two cannot drift apart.
 */

/** Google News reads articles from the last two days. */
export const NEWS_WINDOW_HOURS = 48

const HOUR_MS = 3_600_000

/** Where an instant falls against the window: too old, inside, or after "now" (not yet published). */
export type NewsWindowPlace = 'before' | 'inside' | 'after'

/**
 * Where `publishedMs` falls in the window of `hours` ending at `nowMs`. Both
 * ends are inclusive: an article exactly `hours` old is inside, one dated
 * after `nowMs` is after. The window is elapsed time, so a DST change inside
 * it does not stretch or shrink it.
 */
export function newsWindowPlace(publishedMs: number, nowMs: number, hours: number = NEWS_WINDOW_HOURS): NewsWindowPlace {
  if (publishedMs > nowMs) return 'after'
  return publishedMs < nowMs - hours * HOUR_MS ? 'before' : 'inside'
}

/** Whether `publishedMs` is inside the news window of `hours` ending at `nowMs` (see `newsWindowPlace`). */
export function inNewsWindow(publishedMs: number, nowMs: number, hours: number = NEWS_WINDOW_HOURS): boolean {
  return newsWindowPlace(publishedMs, nowMs, hours) === 'inside'
}
