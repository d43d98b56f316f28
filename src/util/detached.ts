/**
 * Strings kept for long (findings, caches) must not keep the text they quote alive. V8 makes a
 * substring as a view into its source and a template string as a rope of its parts, so a message
 * that names a type read from a page holds the whole page: checking a 10k-page site kept ~300 MB
 * of pages reachable from its findings, which every minor GC copied and promoted.
 */

/** `text` as a fresh string that references no other (same characters). */
export function detached(text: string): string {
  // Concatenating and slicing makes V8 copy the characters into one new flat string (a rope is
  // flattened before it is sliced), whatever `text` was a view of.
  return (' ' + text).slice(1)
}
