import type { Severity } from './diagnostic.js'

/**
 * What a rule is: its stable id, what it checks, how bad a finding is by
 * default, and where its source is documented. Reporters use it for SARIF
 * `tool.driver.rules` and docs/rules.md lists every one. It lives in util
 * because the build's loader raises rules (frontmatter, YAML, content) as
 * well as the checker, and load may not import check.
 */
/** dateline's own documentation, which rules about its inputs (config, frontmatter, content folder) cite. */
export const PACKAGE_URL = 'https://www.npmjs.com/package/dateline-kit'
/** Google's Article structured-data page, which frontmatter rules cite. */
export const GOOGLE_ARTICLE_URL = 'https://developers.google.com/search/docs/appearance/structured-data/article'

export interface RuleMeta {
  /** Stable id, `<layer>/<name>`, e.g. `schema/unknown-property`; the `rule` of its diagnostics. */
  id: string
  /** One sentence: what the rule checks, naming its source (spec, Google page, schema.org). */
  description: string
  /** Default severity of its findings. */
  severity: Severity
  /** The page that documents the requirement (Google docs, schema.org, RFC, …). */
  helpUrl: string
  /** Longer text for docs/rules.md: why it matters and how to fix it. */
  docs?: { why: string; fix: string }
}

/**
 * The one way to define a rule: one object per rule, written as a named
 * constant (named after its id: `rss/missing-element` is `rssMissingElement`)
 * right above the function that finds it, which raises findings with it, so
 * "go to definition" at any report site leads here and the code that finds
 * it is below. Its docs are required: docs/rules.md prints them.
 */
export function defineRule(rule: RuleMeta & { docs: { why: string; fix: string } }): RuleMeta {
  return rule
}
