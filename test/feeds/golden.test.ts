/**
 * Golden feeds of the hand-built fixture site (site and section feeds, all
 * three formats). `UPDATE_GOLDEN=1 npx vitest run test/feeds` rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { feedFiles } from '../../src/emit/feeds/files.js'
import { DEMO_NOW, demoArticles, siteConfig } from './fixture.js'
import { parseXml } from './xml-tree.js'

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '../golden/feeds')
const update = process.env.UPDATE_GOLDEN === '1'
const files = feedFiles(siteConfig({ sections: true, hub: 'https://pubsubhubbub.appspot.com/' }), demoArticles(), { now: DEMO_NOW })

describe('golden feeds', () => {
  it('writes the site feeds and one set per section', () => {
    expect(files.map((file) => file.path)).toEqual([
      'feed.xml',
      'atom.xml',
      'feed.json',
      'pelayanan-publik/feed.xml',
      'pelayanan-publik/atom.xml',
      'pelayanan-publik/feed.json',
      'opini/feed.xml',
      'opini/atom.xml',
      'opini/feed.json',
      'analisis/feed.xml',
      'analisis/atom.xml',
      'analisis/feed.json',
    ])
  })

  for (const file of files) {
    it(`${file.path} matches its golden file and parses`, () => {
      if (file.format === 'json') JSON.parse(file.content)
      else parseXml(file.content)
      const golden = join(goldenDir, file.path)
      if (update) {
        mkdirSync(dirname(golden), { recursive: true })
        writeFileSync(golden, file.content)
      }
      expect(existsSync(golden), `missing ${golden}: run with UPDATE_GOLDEN=1`).toBe(true)
      expect(file.content).toBe(readFileSync(golden, 'utf8'))
    })
  }
})
