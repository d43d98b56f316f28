/**
 * The W3C Feed Validation Service's checks, run offline: the fixture's RSS and
 * Atom feeds must give no errors and no warnings. Opt-in, because the
 * validator is not part of this repository (and must never be copied into
 * it): clone github.com/w3c/feedvalidator somewhere outside the repo, install
 * Debian's python3-html5lib, python3-libxml2 and python3-rdflib, then run
 *   FEEDVALIDATOR_DIR=/path/to/feedvalidator npx vitest run test/feeds/w3c-validator.test.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedFiles } from '../../src/emit/feeds/files.js'
import { DEMO_NOW, demoArticles, siteConfig } from './fixture.js'

const validatorDir = process.env.FEEDVALIDATOR_DIR
const validatorSrc = validatorDir ? [join(validatorDir, 'src'), validatorDir].find((dir) => existsSync(join(dir, 'feedvalidator', '__init__.py'))) : undefined
if (!validatorSrc) console.log('w3c-validator.test.ts: skipped (set FEEDVALIDATOR_DIR to a w3c/feedvalidator checkout to run it)')

// Prints, per file, the events the online service shows (compatibility level AA: errors and warnings).
const RUNNER = `
import json, sys
sys.path.insert(0, sys.argv[1])
import feedvalidator
from feedvalidator import compatibility
from feedvalidator.logging import Error
out = {}
for arg in sys.argv[2:]:
    path, _, url = arg.partition('=')
    with open(path, 'rb') as stream:
        events = compatibility.AA(feedvalidator.validateStream(stream, firstOccurrenceOnly=1, base=url)['loggedEvents'])
    out[url] = ['%s %s line %s: %s' % ('error' if isinstance(e, Error) else 'warning', type(e).__name__, e.params.get('line'), e.params) for e in events]
print(json.dumps(out))
`

describe('W3C Feed Validator', () => {
  it.skipIf(!validatorSrc)('reports no errors and no warnings for the fixture feeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-feeds-'))
    try {
      const config = siteConfig({ sections: true, hub: 'https://pubsubhubbub.appspot.com/' })
      const args: string[] = []
      for (const file of feedFiles(config, demoArticles(), { now: DEMO_NOW })) {
        if (file.format === 'json') continue // the W3C validator does not read JSON Feed
        const path = join(dir, file.path)
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, file.content)
        args.push(`${path}=${file.url}`)
      }
      const output = execFileSync('/usr/bin/python3', ['-c', RUNNER, validatorSrc!, ...args], { encoding: 'utf8' })
      const results = JSON.parse(output) as Record<string, string[]>
      expect(Object.keys(results)).toHaveLength(args.length)
      for (const [url, events] of Object.entries(results)) expect(events, url).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
