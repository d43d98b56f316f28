/**
 * Which findings a run reports, and how severe: config `check.rules`
 * (`off` / `warn` / `error` per rule id), `--rule` / `--ignore-rule`
 * (ids, or a layer such as `feed/*`) and `--quiet` (errors only). Pure, so
 * site mode, PATH mode, live URLs and library callers apply it the same way.
 */
import type { RuleSetting } from '../../model/config.js'
import type { Diagnostic, Severity } from '../../util/diagnostic.js'
import { hint } from '../../util/did-you-mean.js'

export type { RuleSetting } from '../../model/config.js'

export interface RuleSelection {
  /** Rule id -> setting (config `check.rules`). */
  rules?: Readonly<Record<string, RuleSetting>>
  /** Report only these rules (ids or `layer/*`). Empty or absent: every rule. */
  only?: readonly string[]
  /** Never report these rules (ids or `layer/*`). */
  ignore?: readonly string[]
  /** Errors only (after `rules` has set severities). */
  quiet?: boolean
}

const SEVERITY: Record<Exclude<RuleSetting, 'off'>, Severity> = { warn: 'warning', error: 'error' }

/** Whether `id` matches `pattern`: the same id, or `layer/*` for every rule of a layer. */
export function ruleMatches(pattern: string, id: string): boolean {
  return pattern.endsWith('/*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id
}

/** The findings `selection` keeps, with severities as configured. */
export function selectFindings(diagnostics: readonly Diagnostic[], selection: RuleSelection): Diagnostic[] {
  const { rules = {}, only = [], ignore = [], quiet = false } = selection
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    const setting = Object.hasOwn(rules, d.rule) ? rules[d.rule] : undefined
    if (setting === 'off') continue
    if (only.length && !only.some((pattern) => ruleMatches(pattern, d.rule))) continue
    if (ignore.some((pattern) => ruleMatches(pattern, d.rule))) continue
    const severity = setting ? SEVERITY[setting] : d.severity
    if (quiet && severity !== 'error') continue
    out.push(severity === d.severity ? d : { ...d, severity })
  }
  return out
}

/** A message for each pattern that names no known rule (with a did-you-mean hint). */
export function unknownRulePatterns(patterns: readonly string[], knownIds: readonly string[]): string[] {
  return patterns
    .filter((pattern) => !knownIds.some((id) => ruleMatches(pattern, id)))
    .map((pattern) => `unknown rule "${pattern}".${hint(pattern, knownIds)} Rules are listed in docs/rules.md`)
}
