/** Edit distance counting a swap of two neighbours as one edit (`titel` -> `title` is 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1)
      current[j] = best
    }
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The closest candidate to `name`, when it is close enough to be a typo
 * (case-insensitive; distance at most a third of the length, at least 1).
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase()
  const limit = Math.max(1, Math.floor(name.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip the table for candidates that cannot be close
    // (a frontmatter of 100,000 unknown keys spent seconds here).
    if (Math.abs(candidate.length - lower.length) > limit) continue
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}

/** ` Did you mean "x"?` or an empty string. */
export function hint(name: string, candidates: Iterable<string>): string {
  const match = didYouMean(name, candidates)
  return match ? ` Did you mean "${match}"?` : ''
}
