/** Writes docs/rules.md from the rule registry. Run: `node_modules/.bin/jiti scripts/generate-rules-doc.ts`. */
import { writeFileSync } from 'node:fs'
import { ALL_RULES } from '../src/check/site/registry.js'
import { renderRulesMarkdown } from '../src/check/rules-doc.js'

const target = new URL('../docs/rules.md', import.meta.url)
writeFileSync(target, renderRulesMarkdown(ALL_RULES))
console.log(`wrote docs/rules.md (${ALL_RULES.length} rules)`)
