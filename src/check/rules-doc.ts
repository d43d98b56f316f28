/**
 * docs/rules.md, generated from the rule registry so the page cannot drift
 * from what `dateline check` reports (a test compares the committed file).
 */
import type { RuleMeta } from '../util/rule.js'

const LAYERS: Record<string, string> = {
  json: 'JSON syntax',
  html: 'HTML embedding',
  jsonld: 'JSON-LD structure',
  schema: 'schema.org vocabulary (release 30.0)',
  google: 'Google Article structured data',
  dateline: "dateline's own policy (site mode, `--policy dateline`)",
  xml: 'XML',
  feed: 'Feeds (RSS, Atom, JSON Feed)',
  rss: 'RSS 2.0',
  rss1: 'RSS 1.0 (RDF Site Summary)',
  atom: 'Atom 1.0',
  jsonfeed: 'JSON Feed 1.1',
  sitemap: 'Sitemaps',
  news: 'News sitemaps',
  check: 'Inputs',
  config: 'Site config (site mode)',
  authors: 'Authors registry (site mode)',
  yaml: 'YAML (site mode)',
  content: 'Content folder (site mode)',
  frontmatter: 'Article frontmatter (site mode)',
  site: 'Cross-checks between outputs (site mode)',
  http: 'Live sites (URLs and --crawl)',
}

function layerOf(rule: RuleMeta): string {
  return rule.id.split('/')[0]!
}

/** GitHub's heading anchor for `` `id` ``. */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-')
}

/** The Markdown page listing every rule: what it checks, why (with its source), how to fix it. */
export function renderRulesMarkdown(rules: readonly RuleMeta[]): string {
  const layers = new Map<string, RuleMeta[]>()
  for (const rule of rules) {
    const layer = layerOf(rule)
    layers.set(layer, [...(layers.get(layer) ?? []), rule])
  }
  let out = `# \`dateline check\` rules

<!-- Generated from the rule registry by scripts/generate-rules-doc.ts; do not edit by hand. -->

Every finding of \`dateline check\` carries one of these rule ids. The severity is the
default; \`--max-warnings\` decides whether warnings fail a run, info never does.
${rules.length} rules in ${layers.size} layers.

`
  for (const [layer, members] of layers) {
    out += `- **${LAYERS[layer] ?? layer}**: ${members.map((rule) => `[\`${rule.id}\`](#${anchor(rule.id)})`).join(', ')}\n`
  }
  for (const [layer, members] of layers) {
    out += `\n## ${LAYERS[layer] ?? layer}\n`
    for (const rule of members) {
      out += `\n### \`${rule.id}\`\n\n`
      out += `${rule.severity} · source: <${rule.helpUrl}>\n\n`
      out += `${rule.description}\n`
      if (rule.docs) {
        out += `\n**Why:** ${rule.docs.why}\n\n**How to fix:** ${rule.docs.fix}\n`
      }
    }
  }
  return out
}
