/**
 * The public API, listed: the runtime names of the main entry and of each
 * subpath (`dateline-kit/check`, …). Adding, renaming or removing one is a
 * change to users' code: make it here on purpose, and in the README.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/site.js'

const PUBLIC: Record<string, string[]> = {
  'index': [
    'BuildCache', 'DatelineError', 'FORMATS', 'articleFromData', 'collectFiles', 'collectSite', 'renderPreview', 'writePreview', 'articleHtml', 'articleJsonLd', 'articleSitemapEntries',
    'build', 'checkDocument', 'checkFiles', 'checkSite', 'checkUrls', 'defaultCacheDir', 'defineConfig',
    'emitSite', 'feedChannel', 'feedFiles', 'folderSink', 'loadAuthorRegistry', 'loadConfig', 'loadSite', 'memorySink',
    'newsSitemapEntries', 'normalizeArticle', 'parseDateTime', 'planBuild', 'planSite', 'remarkDateline',
    'renderArticlePage', 'renderAtom', 'renderHead', 'renderIndexPage', 'renderJsonFeed', 'renderPageHead', 'renderRss',
    'resolveConfig', 'resolveUrl', 'serializeJsonLdDocument', 'serializeJsonLdForScript', 'sitemapFolderSink',
    'sitemapMemorySink', 'sitePageJsonLd', 'slugify', 'writeNewsSitemap', 'writeSitemap',
  ],
  'api/check': [
    'ALL_RULES', 'KIND_NAMES', 'LIVE_DEFAULTS', 'SITEMAP_LIMITS', 'checkAtom', 'checkDocument',
    'checkDocumentAs', 'checkFiles', 'checkHtml', 'checkJsonFeed', 'checkJsonLdText', 'checkRss',
    'checkSite', 'checkSitemap', 'checkUrls', 'crossCheckSite', 'detectKind', 'readForCheck', 'ruleById',
    'selectFindings', 'sortDiagnostics',
  ],
  'api/report': [
    'FORMATS', 'countBySeverity', 'formatGithub', 'formatJson', 'formatJunit', 'formatSarif',
    'formatStylish', 'isFormatName',
  ],
  'api/feeds': [
    'FEED_MEDIA_TYPES', 'JSON_FEED_VERSION', 'feedAlternates', 'feedChannel', 'feedFiles', 'feedSections',
    'jsonFeed', 'planFeeds', 'renderAtom', 'renderFeed', 'renderJsonFeed', 'renderRss', 'selectFeedArticles',
  ],
  'api/sitemaps': [
    'NEWS_SITEMAP_MAX_URLS', 'NEWS_WINDOW_HOURS', 'SITEMAP_MAX_BYTES', 'SITEMAP_MAX_URLS',
    'articleSitemapEntries', 'isSitemapArticle', 'newsLanguage', 'newsSitemapEntries', 'robotsTxt',
    'sitemapFolderSink', 'sitemapMemorySink', 'writeNewsSitemap', 'writeSiteSitemaps', 'writeSitemap',
    'writeSitemapIndex',
  ],
}

describe('the public API', () => {
  for (const [entry, names] of Object.entries(PUBLIC)) {
    it(`${entry} exports exactly the listed names`, async () => {
      const module = (await import(path.join(repoRoot, 'src', `${entry}.ts`))) as Record<string, unknown>
      expect(Object.keys(module).sort()).toEqual([...names].sort())
    })
  }

  it('package.json maps each subpath to its built entry', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, { import?: string; types?: string } | string> }
    for (const entry of Object.keys(PUBLIC)) {
      const subpath = entry === 'index' ? '.' : `./${entry.replace(/^api\//, '')}`
      const target = manifest.exports[subpath]
      expect(target, subpath).toMatchObject({ import: `./dist/${entry}.js`, types: `./dist/${entry}.d.ts` })
      // `npm test` builds first, so the entry is there to import.
      expect(existsSync(path.join(repoRoot, 'dist', `${entry}.js`)), `dist/${entry}.js`).toBe(true)
    }
  })
})

/** The framework adapters' subpaths (dateline-kit/astro, /eleventy, /next) and their runtime names. */
const ADAPTERS: Record<string, string[]> = {
  astro: ['default'],
  eleventy: ['ELEVENTY_KEYS', 'default'],
  next: [
    'JsonLd', 'articleFromData', 'articleHtml', 'articleJsonLd', 'articleSitemap', 'assertNoErrors', 'authorRegistry',
    'renderHead', 'renderPageHead', 'resolveConfig', 'siteFileResponse', 'siteFiles', 'siteFromSources', 'sitePageJsonLd',
    'toNextMetadata',
  ],
}

describe('the adapter subpaths', () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, { import?: string; types?: string } | string> }
  for (const [name, names] of Object.entries(ADAPTERS)) {
    it(`dateline-kit/${name} exports exactly the listed names and maps to its built entry`, async () => {
      const module = (await import(path.join(repoRoot, 'src', name, 'index.ts'))) as Record<string, unknown>
      expect(Object.keys(module).sort()).toEqual([...names].sort())
      expect(manifest.exports[`./${name}`]).toMatchObject({ import: `./dist/${name}/index.js`, types: `./dist/${name}/index.d.ts` })
    })
  }
  it('ships the Astro component and runtime', () => {
    expect(manifest.exports['./astro/DatelineHead.astro']).toBe('./src/astro/DatelineHead.astro')
    expect(manifest.exports['./astro/runtime']).toMatchObject({ import: './dist/astro/runtime.js' })
  })
})
