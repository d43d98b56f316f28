/// <reference lib="dom" />
/**
 * The demo's preview report in a real browser (Debian's chromium driven by
 * playwright-core): snippet cut at its measured width, card images present,
 * RTL and CJK laid out, index sort and filter, no console error, no request
 * leaving the machine. Skips, saying why, when Chromium is not installed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { collectSite, writePreview } from '../../src/preview/index.js'
import { repoRoot } from '../helpers/site.js'

const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const NOW = Date.parse('2023-10-11T12:00:00+07:00')
// Screenshots are kept here for people to look at (not compared: they depend on installed fonts).
export const SHOTS = path.join(tmpdir(), 'dateline-preview-screenshots')

describe.skipIf(hasChromium)('preview in a browser', () => {
  it(`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-liberation fonts-noto-core fonts-noto-cjk, or set DATELINE_CHROMIUM)`, () => {})
})

describe.runIf(hasChromium)('preview in a browser', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'dateline-browser-'))
  const out = path.join(temp, 'report')
  let context: BrowserContext
  const consoleErrors: string[] = []
  const offMachine: string[] = []

  beforeAll(async () => {
    // The demo, with one mistake in the analysis piece so the index has a finding to filter by.
    const site = path.join(temp, 'site')
    cpSync(path.join(repoRoot, 'examples'), site, { recursive: true, filter: (source) => !/[/\\](dist|preview)$/.test(source) })
    const analysis = path.join(site, 'articles/analisis-mpp-digital.md')
    writeFileSync(analysis, readFileSync(analysis, 'utf8').replace('---\n', '---\ntitel: typo\n'))
    const report = await collectSite(site, { cwd: temp, now: NOW })
    await writePreview(report, out)
    const { chromium } = await import('playwright-core')
    context = await chromium.launchPersistentContext(path.join(temp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    })
    context.on('request', (request) => {
      if (!/^(file|data):/.test(request.url())) offMachine.push(request.url())
    })
  }, 120_000)
  afterAll(async () => {
    await context?.close()
    rmSync(temp, { recursive: true, force: true })
  })

  async function open(name: string): Promise<Page> {
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${name}: ${message.text()}`)
    })
    page.on('pageerror', (error) => consoleErrors.push(`${name}: ${error.message}`))
    await page.goto(pathToFileURL(path.join(out, name)).href, { waitUntil: 'load' })
    return page
  }

  /** What the snippet script did to one element, re-measured independently with a canvas in the element's font. */
  function measure(page: Page, selector: string) {
    return page.$eval(selector, (el) => {
      const e = el as HTMLElement
      const style = getComputedStyle(e)
      const context = document.createElement('canvas').getContext('2d')!
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const range = document.createRange()
      range.selectNodeContents(e)
      return {
        full: e.dataset.full!,
        prefix: e.dataset.prefix ?? '',
        shown: e.textContent!,
        cut: e.dataset.cut,
        max: Number(e.dataset.fit),
        renderedWidth: range.getBoundingClientRect().width,
        direction: style.direction,
        lang: e.lang,
        measureShown: context.measureText(e.textContent!).width,
      }
    })
  }

  async function widthOf(page: Page, selector: string, text: string): Promise<number> {
    return page.$eval(selector, (el, t) => {
      const style = getComputedStyle(el)
      const context = document.createElement('canvas').getContext('2d')!
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      return context.measureText(t).width
    }, text)
  }

  it('cuts the lead story\'s title with an ellipsis at 600 px, and the next word would not fit', async () => {
    const page = await open('menteri-panrb-temui-pm-azerbaijan.html')
    const title = await measure(page, '.serp-title')
    expect(title.cut).toBe('true')
    expect(title.shown).toMatch(/ …$/)
    const kept = title.shown.replace(/ …$/, '')
    expect(title.full.startsWith(kept)).toBe(true)
    // Within the width (1 px tolerance), and the canvas agrees with the laid-out text (2 px).
    expect(title.measureShown).toBeLessThanOrEqual(title.max + 1)
    expect(Math.abs(title.renderedWidth - title.measureShown)).toBeLessThanOrEqual(2)
    const nextWord = /^\s*\S+/.exec(title.full.slice(kept.length))![0]
    expect(await widthOf(page, '.serp-title', `${kept}${nextWord} …`)).toBeGreaterThan(title.max)
    const description = await measure(page, '.serp-desc')
    expect(description.shown.startsWith('11 Okt 2023 — ')).toBe(true)
    expect(description.shown).toMatch(/…$/)
    expect(description.measureShown).toBeLessThanOrEqual(description.max + 1)
    await page.locator('[data-preview=snippet]').screenshot({ path: path.join(SHOTS, 'lead-snippet.png') })
    await page.locator('[data-preview=card-facebook]').screenshot({ path: path.join(SHOTS, 'lead-card-facebook.png') })
    await page.locator('#cards').screenshot({ path: path.join(SHOTS, 'lead-cards.png') })
  })

  it('shows the real og:image in every card, cropped to the network\'s box', async () => {
    const page = await open('menteri-panrb-temui-pm-azerbaijan.html')
    const cards = await page.$$eval('img[data-card-image]', (images) =>
      images.map((img) => {
        const image = img as HTMLImageElement
        const box = image.parentElement!.getBoundingClientRect()
        return { network: image.dataset.cardImage, complete: image.complete, natural: [image.naturalWidth, image.naturalHeight], ratio: box.width / box.height, fit: getComputedStyle(image).objectFit }
      }),
    )
    expect(cards.map((c) => c.network)).toEqual(['facebook', 'x', 'linkedin'])
    for (const card of cards) {
      expect(card).toMatchObject({ complete: true, natural: [1200, 675], fit: 'cover' })
      expect(card.ratio).toBeCloseTo(card.network === 'x' ? 2 : 1.91, 1)
    }
    expect(await page.locator('#cards .check-ok').allTextContents()).toContain('✔ 1200 px wide: large enough for Discover (≥ 1200 px)')
  })

  it('lays the Arabic story out right to left and the Japanese one without spaces before the ellipsis', async () => {
    const arabic = await open('azerbaijan-indonesia-ar.html')
    const title = await measure(arabic, '.serp-title')
    expect(title).toMatchObject({ direction: 'rtl', lang: 'ar', cut: 'true' })
    expect(title.measureShown).toBeLessThanOrEqual(title.max + 1)
    expect(await arabic.$eval('h1', (h) => getComputedStyle(h).direction)).toBe('rtl')
    expect(await arabic.$eval('.feed-item', (e) => getComputedStyle(e).direction)).toBe('rtl')
    // The URL stays left to right inside the right-to-left result.
    expect(await arabic.$eval('.serp-url', (e) => getComputedStyle(e).direction)).toBe('ltr')
    await arabic.locator('[data-preview=snippet]').screenshot({ path: path.join(SHOTS, 'arabic-snippet.png') })
    await arabic.locator('[data-preview=card-x]').screenshot({ path: path.join(SHOTS, 'arabic-card-x.png') })
    const japanese = await open('行政サービス協力.html')
    const jaTitle = await measure(japanese, '.serp-title')
    expect(jaTitle).toMatchObject({ lang: 'ja', direction: 'ltr', cut: 'true' })
    expect(jaTitle.shown).toMatch(/[^\s|]…$/)
    expect(jaTitle.measureShown).toBeLessThanOrEqual(jaTitle.max + 1)
    await japanese.locator('[data-preview=snippet]').screenshot({ path: path.join(SHOTS, 'japanese-snippet.png') })
  })

  it('follows @id links in the JSON-LD tree', async () => {
    const page = await open('menteri-panrb-temui-pm-azerbaijan.html')
    await page.locator('a.ld-ref', { hasText: '#organization' }).first().click()
    expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#node-/)
    const target = page.locator('.ld-node.target')
    await expect.poll(() => target.count()).toBe(1)
    expect(await target.locator('> summary').textContent()).toBe('NewsMediaOrganization: Semarak')
  })

  it('sorts and filters the index', async () => {
    const page = await open('index.html')
    const rows = () => page.$$eval('table.articles tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[0]!.dataset.sort!))
    expect(await rows()).toHaveLength(6)
    await page.locator('th button', { hasText: 'Article' }).click()
    const ascending = await rows()
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)))
    await page.locator('th button', { hasText: 'Article' }).click()
    expect(await rows()).toEqual([...ascending].reverse())
    await page.selectOption('#rule-filter', 'frontmatter/unknown-key')
    expect(await rows()).toEqual(['MPP Digital: Tiga Pekerjaan Rumah Sebelum Loket Pindah ke Layar Ponsel | Semarak'])
    expect(await page.textContent('#shown-count')).toBe('1')
    await page.selectOption('#rule-filter', '')
    expect(await rows()).toHaveLength(6)
    await page.locator('th button', { hasText: 'Warnings' }).click()
    await page.locator('th button', { hasText: 'Warnings' }).click()
    expect((await rows())[0]).toMatch(/^MPP Digital/)
    await page.screenshot({ path: path.join(SHOTS, 'index.png'), fullPage: true })
  })

  it('logged no console error and made no request off the machine', () => {
    expect(consoleErrors).toEqual([])
    expect(offMachine).toEqual([])
  })
})
