import type { Severity } from '../../util/diagnostic.js'

/**
 * What a `dateline check` rule is: its stable id, what it checks, how bad a finding is by
 * default, and where its source is documented. Reporters use it for SARIF `tool.driver.rules`
 * and docs/rules.md lists every one.
 */
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
 * in the rules file of its format, which findings are raised with, so "go to
 * definition" at any report site leads here. Its docs are required:
 * docs/rules.md prints them.
 */
export function defineRule(rule: RuleMeta & { docs: { why: string; fix: string } }): RuleMeta {
  return rule
}
