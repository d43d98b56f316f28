import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { emitSite, planBuild } from '../../src/build.js'
import { loadSite, type Site } from '../../src/load/site.js'
import { planSite } from '../../src/plan/plan.js'
import { SITEMAP_MEASURE } from '../../src/emit/sitemaps/xml.js'
import { articleValues, releasePoints, renderPlannedFile, type RenderContext } from '../../src/emit/render.js'
import { memorySink } from '../../src/write/output.js'
import { repoRoot } from '../helpers/site.js'

const NOW = Date.parse('2023-10-11T12:00:00+07:00')
let demo: Site
beforeAll(async () => {
  demo = await loadSite(path.join(repoRoot, 'examples'), { now: NOW })
})

async function written(site: Site): Promise<string[]> {
  const sink = memorySink()
  const files = await emitSite(site, sink)
  expect([...sink.files.keys()].sort()).toEqual(files)
  return files
}

describe('planSite', () => {
  it('lists exactly the files the build writes, each once', async () => {
    const plan = planBuild(demo)
    const paths = plan.files.map((file) => file.path)
    expect(new Set(paths).size).toBe(paths.length)
    expect([...paths].sort()).toEqual(await written(demo))
    expect(new Set(plan.files.map((file) => file.kind))).toEqual(
      new Set(['feed', 'article-jsonld', 'article-head', 'article-page', 'data-index', 'index-page', 'sitemap', 'news-sitemap', 'robots']),
    )
  })

  it('plans a split, gzipped sitemap as its children and the index, as written', async () => {
    const config = { ...demo.config, sitemap: { ...demo.config.sitemap || { file: 'sitemap.xml', maxUrls: 50_000, gzip: false }, maxUrls: 2, gzip: true } }
    const site = { ...demo, config }
    const plan = planBuild(site)
    const sitemaps = plan.files.filter((file) => file.kind === 'sitemap' || file.kind === 'sitemap-index')
    expect(sitemaps.map((file) => file.path)).toEqual([...sitemaps.slice(0, -1).map((_, i) => `sitemap-${i + 1}.xml.gz`), 'sitemap.xml'])
    expect(sitemaps.length).toBeGreaterThan(2)
    expect(plan.files.map((file) => file.path).sort()).toEqual(await written(site))
  })

  it('gives each article its shared facts: the feeds that list it, sitemap and news membership, content date', () => {
    const plan = planSite(demo, { sitemapMeasure: SITEMAP_MEASURE })
    expect(plan.articles.size).toBe(demo.articles.length)
    for (const file of plan.files) {
      if (file.kind !== 'feed') continue
      for (const article of file.articles) expect(plan.articles.get(article)!.feeds).toContain(file.path)
    }
    const news = plan.files.find((file) => file.kind === 'news-sitemap')!
    for (const [article, facts] of plan.articles) {
      expect(facts.inNewsSitemap, article.slug).toBe(news.articles.includes(article))
      expect(facts.contentDate.epochMs).toBeGreaterThanOrEqual(article.datePublished.epochMs)
      expect(facts.files).toContain(`_dateline/${article.slug}.jsonld`)
    }
    expect([...plan.articles.values()].some((facts) => facts.inNewsSitemap)).toBe(true)
    expect([...plan.articles.values()].some((facts) => !facts.inNewsSitemap)).toBe(true)
  })

  it('is pure: the same site and now give the same plan', () => {
    const a = planSite(demo, { sitemapMeasure: SITEMAP_MEASURE })
    const b = planSite(demo, { sitemapMeasure: SITEMAP_MEASURE })
    expect(a.files.map((f) => [f.kind, f.path, f.url, f.articles.map((x) => x.slug)])).toEqual(b.files.map((f) => [f.kind, f.path, f.url, f.articles.map((x) => x.slug)]))
  })
})

describe('no hidden order', () => {
  it('rendering the planned files in reverse order gives the same bytes', async () => {
    const plan = planBuild(demo)
    const forward = memorySink()
    await emitSite(demo, forward, plan)
    const backward = memorySink()
    const context: RenderContext = { config: demo.config, now: plan.now, shared: articleValues(demo.config) }
    for (const file of [...plan.files].reverse()) await renderPlannedFile(file, context, backward)
    expect(backward.files.size).toBe(forward.files.size)
    for (const [name, bytes] of forward.files) expect(backward.files.get(name)?.equals(bytes), name).toBe(true)
  })

  it('releases each article\'s shared values after the last file that reads them', () => {
    const plan = planBuild(demo)
    const points = releasePoints(plan.files)
    const released = points.flat()
    expect(new Set(released).size).toBe(demo.articles.length)
    for (const [i, articles] of points.entries()) {
      for (const article of articles) {
        const later = plan.files.slice(i + 1).filter((file) => ['feed', 'article-jsonld', 'article-head', 'article-page'].includes(file.kind))
        expect(later.some((file) => file.articles.includes(article)), article.slug).toBe(false)
      }
    }
  })
})

describe('the layout lives in src/plan', () => {
  it('names the data folder and the news window only there', () => {
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name)
        if (statSync(file).isDirectory()) walk(file)
        else if (file.endsWith('.ts') && !file.includes(`${path.sep}plan${path.sep}`)) {
          const text = readFileSync(file, 'utf8')
          if (/(['"])_dateline(\/|\1)|`_dateline\/\$\{/.test(text)) offenders.push(`${file}: _dateline`)
          if (/NEWS_WINDOW_HOURS\s*=/.test(text)) offenders.push(`${file}: NEWS_WINDOW_HOURS`)
          if (/\bfunction (pageFile|sitemapChildName)\b/.test(text)) offenders.push(`${file}: layout function`)
        }
      }
    }
    walk(path.join(repoRoot, 'src'))
    expect(offenders).toEqual([])
  })
})
