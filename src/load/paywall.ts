/** Paywalled articles: `accessibleForFree: false` with the one class selector Google reads for the paywalled part. */
import { defineRule } from '../util/rule.js'
import { booleanField, stringField, type FieldReader } from './fields.js'

/** Raised by `readPaywall` (paywall.ts). */
export const frontmatterInvalidPaywall = defineRule({
  id: 'frontmatter/invalid-paywall',
  severity: 'error',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/paywalled-content',
  description: '`paywallSelector` must be one class selector such as `.paywall`.',
  docs: {
    why: 'Google\'s paywall markup accepts only `.class` selectors in `cssSelector`.',
    fix: 'Use a single class selector.',
  },
})

/** Raised by `readPaywall` (paywall.ts). */
export const frontmatterUnusedPaywall = defineRule({
  id: 'frontmatter/unused-paywall',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/paywalled-content',
  description: '`paywallSelector` has no effect unless `accessibleForFree` is false.',
  docs: {
    why: 'The paywall markup is only written for paywalled articles.',
    fix: 'Set `accessibleForFree: false`, or remove `paywallSelector`.',
  },
})

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

