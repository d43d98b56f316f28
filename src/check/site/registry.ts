/**
 * Every rule `dateline check` can report, for SARIF `tool.driver.rules`,
 * docs/rules.md and `--rule` lookups. One list, so reports and docs cannot drift.
 */
import { FEED_RULES } from '../documents/feeds/rules.js'
import { INPUT_RULES } from '../documents/input-rules.js'
import { HTTP_RULES } from '../documents/live/rules.js'
import { JSONLD_RULES } from '../documents/jsonld/rules.js'
import type { RuleMeta } from '../../util/rule.js'
import { SITEMAP_RULES } from '../documents/sitemaps/rules.js'
import { CROSS_CHECK_RULES } from './rules.js'
import { SOURCE_RULES } from './source-rules.js'

export type { RuleMeta } from '../../util/rule.js'

/** All rules, grouped by layer (JSON-LD, feeds, sitemaps, inputs, site sources, site cross-checks, live HTTP), each id once. */
export const ALL_RULES: readonly RuleMeta[] = (() => {
  const byId = new Map<string, RuleMeta>()
  for (const rule of [...JSONLD_RULES, ...FEED_RULES, ...SITEMAP_RULES, ...INPUT_RULES, ...SOURCE_RULES, ...CROSS_CHECK_RULES, ...HTTP_RULES]) {
    if (!byId.has(rule.id)) byId.set(rule.id, rule)
  }
  return [...byId.values()]
})()

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]))

/** The rule with `id`, if dateline has one. */
export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id)
}
