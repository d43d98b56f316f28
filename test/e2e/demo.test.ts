/**
 * The demo site in examples/, built in process: golden files for every output
 * kind, strict XML parsing, pages that agree with their JSON-LD.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type BuildResult } from '../../src/build.js'
import { repoRoot } from '../helpers/site.js'

const out = path.join(repoRoot, `.tmp/demo-${process.pid}`)
const goldenDir = path.join(repoRoot, 'test/golden/demo')
const update = process.env.UPDATE_GOLDEN === '1'
let result: BuildResult

beforeAll(async () => {
  result = await build(path.join(repoRoot, 'examples'), { out, now: Date.parse('2023-10-11T12:00:00+07:00'), strict: true })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

const textFiles = () => result.files.filter((file) => !file.startsWith('assets/'))
const read = (file: string) => readFileSync(path.join(out, file), 'utf8')

function parseXmlStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (error) => {
    throw error
  })
  parser.write(xml).close()
}

describe('the demo build', () => {
  it('publishes the six public articles and leaves out the draft and the scheduled one', () => {
    expect(result.site.articles.map((a) => a.slug)).toEqual([
      'belajar-dari-baku-tanpa-meniru',
      'menteri-panrb-temui-pm-azerbaijan',
      '行政サービス協力',
      'azerbaijan-indonesia-ar',
      'analisis-mpp-digital',
      'explainer-one-stop-public-services',
    ])
    expect(result.site.skipped).toMatchObject({ drafts: 1, scheduled: 1, expired: 0, unlisted: 0, listPages: 0 })
    expect(result.diagnostics).toEqual([])
  })

  it('matches the golden files, byte for byte', () => {
    const files = textFiles()
    for (const file of files) {
      const golden = path.join(goldenDir, file)
      if (update) {
        mkdirSync(path.dirname(golden), { recursive: true })
        writeFileSync(golden, read(file))
        continue
      }
      expect(existsSync(golden), `golden file for ${file} (run with UPDATE_GOLDEN=1)`).toBe(true)
      expect(read(file), file).toBe(readFileSync(golden, 'utf8'))
    }
  })

  it('writes well-formed XML for every feed and sitemap', () => {
    const xml = textFiles().filter((file) => file.endsWith('.xml'))
    expect(xml.length).toBeGreaterThanOrEqual(4)
    for (const file of xml) expect(() => parseXmlStrictly(read(file)), file).not.toThrow()
  })

  it('shows on each page the headline, every author and the dates of its JSON-LD', () => {
    for (const article of result.site.articles) {
      const page = read(`${article.path.split('/').filter(Boolean).map(decodeURIComponent).join('/')}/index.html`)
      const graph = JSON.parse(read(`_dateline/${article.slug}.jsonld`)) as { '@graph': Record<string, unknown>[] }
      const node = graph['@graph'][0]!
      expect(page).toContain(`<h1>`)
      expect(node.headline).toBe(article.title)
      for (const author of article.authors) expect(page).toContain(author.name.replace(/&/g, '&amp;'))
      expect(page).toContain(`<time datetime="${node.datePublished as string}">`)
      if (article.dateModified && article.dateModified.iso !== article.datePublished.iso) expect(page).toContain(`<time datetime="${node.dateModified as string}">`)
      if (article.paywallSelector) expect(page).toContain(`<div class="${article.paywallSelector.slice(1)}">`)
    }
  })

  it('lists every article on the index page, newest first', () => {
    const index = read('index.html')
    const positions = result.site.articles.map((a) => index.indexOf(`href="${a.path}"`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })
})
