#!/usr/bin/env node
/**
 * How often dateline and the W3C Feed Validation Service agree, over the
 * validator's own test cases (testcases/rss, rss20, atom). Fetches nothing and
 * vendors nothing: point it at a checkout of w3c/feedvalidator and have
 * python3 with html5lib, libxml2 and rdflib (Debian: python3-html5lib
 * python3-libxml2 python3-rdflib; set PYTHON=/usr/bin/python3 when another
 * python3 comes first on PATH).
 *
 *   npm run build && node scripts/compare-w3c.mjs PATH_TO_FEEDVALIDATOR [--list] [--json FILE]
 *
 * "Flags" means at least one error or warning: the validator's events at its
 * "AA" level (what the online service shows) less SelfDoesntMatchLocation and
 * MissingSelf, which its own test harness ignores because the files are not
 * served from where their self links say; dateline's findings of severity
 * error or warning, from checkDocument with no clock.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [validator, ...flags] = process.argv.slice(2)
if (!validator) {
  console.error('usage: node scripts/compare-w3c.mjs PATH_TO_FEEDVALIDATOR [--list] [--json FILE]')
  process.exit(2)
}
const { checkDocument, detectKind } = await import(new URL('../dist/api/check.js', import.meta.url).href)

const SUITES = ['rss', 'rss20', 'atom']
const files = []
const walk = (folder) => {
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name)
    if (statSync(full).isDirectory()) walk(full)
    else if (name.endsWith('.xml')) files.push(full)
  }
}
for (const suite of SUITES) walk(path.join(validator, 'testcases', suite))

// The validator, in one Python process, as its own validtest.py calls it.
const python = `
import json, os, sys
sys.path.insert(0, os.path.join(sys.argv[1], 'src'))
import feedvalidator
from feedvalidator import compatibility
from feedvalidator.logging import Error, SelfDoesntMatchLocation, MissingSelf
base = os.path.abspath(sys.argv[1])
for line in sys.stdin:
    f = line.rstrip('\\n')
    with open(f, 'rb') as stream:
        data = stream.read()
    xml_base = os.path.abspath(f).replace(base, 'http://www.feedvalidator.org')
    try:
        events = feedvalidator.validateString(data, fallback='US-ASCII', base=xml_base)['loggedEvents']
    except feedvalidator.logging.ValidationFailure as failure:
        events = [failure.event]
    events = [e for e in compatibility.AA(events) if not isinstance(e, (SelfDoesntMatchLocation, MissingSelf))]
    print(json.dumps({'file': f, 'events': [[type(e).__name__, 'error' if isinstance(e, Error) else 'warning'] for e in events]}))
`
const run = spawnSync(process.env.PYTHON ?? 'python3', ['-c', python, validator], { input: files.join('\n') + '\n', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
if (run.status !== 0) {
  console.error(run.stderr)
  process.exit(2)
}
const verdicts = new Map(run.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((v) => [v.file, v.events]))

const cells = { 'both pass': [], 'both flag': [], 'only dateline flags': [], 'only the validator flags': [] }
const rows = []
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const kind = detectKind(text, file)
  // feed/missing-self-link is left out as the validator's MissingSelf is (see above).
  // A file of no kind dateline knows gets check/unknown-kind (a warning) from \`dateline check FILE\`, as here.
  const ours =
    kind === 'unknown'
      ? [{ rule: 'check/unknown-kind', line: 0 }]
      : checkDocument(text, file, {}).filter((d) => d.severity !== 'info' && d.rule !== 'feed/missing-self-link')
  const theirs = verdicts.get(file) ?? []
  const expect = /Expect:\s*(!?\w+)/.exec(text)?.[1] ?? ''
  const cell = ours.length ? (theirs.length ? 'both flag' : 'only dateline flags') : theirs.length ? 'only the validator flags' : 'both pass'
  const row = { file: path.relative(validator, file), kind, expect, validator: theirs.map(([name]) => name), dateline: ours.map((d) => `${d.rule}@${d.line}`) }
  cells[cell].push(row)
  rows.push({ ...row, cell })
}

const width = Math.max(...Object.keys(cells).map((k) => k.length))
console.log(`${files.length} test cases (testcases/${SUITES.join(', testcases/')})\n`)
for (const [cell, list] of Object.entries(cells)) console.log(`${cell.padEnd(width)}  ${String(list.length).padStart(5)}`)
console.log(`${'agreement'.padEnd(width)}  ${(((cells['both pass'].length + cells['both flag'].length) / files.length) * 100).toFixed(1).padStart(4)}%`)
if (flags.includes('--list')) {
  for (const cell of ['only dateline flags', 'only the validator flags']) {
    console.log(`\n${cell}:`)
    for (const row of cells[cell]) console.log(`  ${row.file} [${row.kind}; Expect ${row.expect}] validator: ${row.validator.join(' ') || '-'} | dateline: ${row.dateline.join(' ') || '-'}`)
  }
}
const jsonAt = flags.indexOf('--json')
if (jsonAt !== -1) writeFileSync(flags[jsonAt + 1], JSON.stringify(rows, null, 2))
