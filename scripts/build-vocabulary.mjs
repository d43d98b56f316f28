#!/usr/bin/env node
// Regenerates data/schemaorg-30.0.json, the compact schema.org vocabulary that `dateline check`
// ships, from the release file schemaorg-all-https.jsonld (default:
// ../shared/reference/schemaorg/, or the path given as the first argument; a second argument
// writes elsewhere, which the tests use to check the shipped file is up to date).
// Only what the checks need is kept: classes with their parents, data types, properties with
// domain and range, enumeration members, supersededBy, and the pending and attic layers.
// Schema.org data is CC BY-SA 3.0 (see NOTICE.md); the output is derived data under the same terms.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const RELEASE = '30.0'
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = process.argv[2] ?? path.resolve(repoRoot, '../shared/reference/schemaorg/schemaorg-all-https.jsonld')
const output = process.argv[3] ?? path.join(repoRoot, 'data', `schemaorg-${RELEASE}.json`)

const graph = JSON.parse(readFileSync(source, 'utf8'))['@graph']
if (!Array.isArray(graph)) throw new Error(`${source}: no @graph`)

/** `schema:Foo` -> `Foo`; any other prefix -> undefined (terms from other vocabularies are not kept). */
const local = (id) => (typeof id === 'string' && id.startsWith('schema:') ? id.slice(7) : undefined)
const ids = (value) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value])
    .map((v) => local(v['@id']))
    .filter((v) => v !== undefined)
    .sort()
const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

const classes = {}
const properties = {}
const members = {}
const dataTypes = []
const supersededBy = {}
const pending = []
const attic = []

for (const term of graph) {
  const name = local(term['@id'])
  if (!name) continue
  const types = list(term['@type'])
  const layer = term['schema:isPartOf']?.['@id']
  if (layer === 'https://pending.schema.org') pending.push(name)
  if (layer === 'https://attic.schema.org') attic.push(name)
  const replacement = ids(term['schema:supersededBy'])[0]
  if (replacement) supersededBy[name] = replacement
  if (types.includes('rdfs:Class')) {
    classes[name] = ids(term['rdfs:subClassOf'])
    if (types.includes('schema:DataType')) dataTypes.push(name)
  } else if (types.includes('rdf:Property')) {
    properties[name] = [ids(term['schema:domainIncludes']), ids(term['schema:rangeIncludes'])]
  }
  // Enumeration members (and True/False) are typed by the class they belong to.
  const memberOf = types.map(local).filter((t) => t !== undefined && t !== 'DataType').sort()
  if (memberOf.length > 0 && !types.includes('rdf:Property')) members[name] = memberOf
}

const sortObject = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]))
const data = {
  release: RELEASE,
  source: 'https://github.com/schemaorg/schemaorg/tree/main/data/releases/30.0 (schemaorg-all-https.jsonld)',
  license: 'Schema.org, release 30.0, CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); derived data',
  classes: sortObject(classes),
  dataTypes: dataTypes.sort(),
  properties: sortObject(properties),
  members: sortObject(members),
  supersededBy: sortObject(supersededBy),
  pending: pending.sort(),
  attic: attic.sort(),
}
// One term per line: small, and a release bump gives a readable diff.
const lines = ['{']
const entries = Object.entries(data)
entries.forEach(([key, value], i) => {
  const comma = i < entries.length - 1 ? ',' : ''
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const inner = Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}:${JSON.stringify(v)}`)
    lines.push(`${JSON.stringify(key)}:{`, inner.join(',\n'), `}${comma}`)
  } else lines.push(`${JSON.stringify(key)}:${JSON.stringify(value)}${comma}`)
})
lines.push('}')
writeFileSync(output, lines.join('\n') + '\n')
console.log(
  `${path.relative(process.cwd(), output)}: ${Object.keys(classes).length} classes, ${Object.keys(properties).length} properties, ` +
    `${Object.keys(members).length} enumeration members, ${Object.keys(supersededBy).length} superseded, ${pending.length} pending, ${attic.length} attic`,
)
