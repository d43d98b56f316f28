/** `1 error`, `2 errors`: a count with its noun, singular only for exactly one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
