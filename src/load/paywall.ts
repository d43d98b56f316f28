/** Paywalled articles: `accessibleForFree: false` with the one class selector Google reads for the paywalled part. */
import { booleanField, stringField, type FieldReader } from './fields.js'
import { frontmatterInvalidPaywall, frontmatterUnusedPaywall } from './frontmatter-rules.js'

/** `accessibleForFree` and, for a paywalled article, its one-class `paywallSelector` (default `.paywall`). */
export function readPaywall(read: FieldReader): { accessibleForFree: boolean; paywallSelector?: string } {
  const { fields, error, report, pos } = read
  const accessibleForFree = booleanField(fields, 'accessibleForFree', true, error)
  const rawSelector = stringField(fields, 'paywallSelector', error)
  if (accessibleForFree) {
    if (rawSelector !== undefined) report('warning', pos('paywallSelector'), 'paywallSelector has no effect unless accessibleForFree is false', frontmatterUnusedPaywall)
    return { accessibleForFree }
  }
  const paywallSelector = rawSelector ?? '.paywall'
  if (!/^\.-?[_a-zA-Z][_a-zA-Z0-9-]*$/.test(paywallSelector)) {
    error('paywallSelector', `"${paywallSelector}" must be one class selector such as ".paywall" (Google accepts only .class selectors)`, frontmatterInvalidPaywall)
  }
  return { accessibleForFree, paywallSelector }
}

