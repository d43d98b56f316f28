/** Levenshtein distance, small and allocation-light (names are short). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
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
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3))
  return bestDistance <= limit ? best : undefined
}

/** ` Did you mean "x"?` or an empty string. */
export function hint(name: string, candidates: Iterable<string>): string {
  const match = didYouMean(name, candidates)
  return match ? ` Did you mean "${match}"?` : ''
}
