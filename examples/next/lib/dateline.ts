// The site's dateline config and articles. Reading the files is this app's job (node:fs runs at build
// time here); dateline-kit/next itself is pure, so nothing of it pulls node:fs or jiti into a bundle.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { assertNoErrors, resolveConfig, siteFromSources, type SourceSite } from 'dateline-kit/next'

const root = process.cwd()

export const config = resolveConfig(
  {
    site: {
      url: 'https://semarak.example/',
      name: 'Semarak',
      language: 'id',
      timezone: 'Asia/Jakarta',
      description: 'Berita pelayanan publik dan reformasi birokrasi',
      logo: { url: '/assets/logo.png', width: 600, height: 60 },
    },
    // The demo's articles, shared with the other examples.
    content: '../articles',
    permalink: '/berita/{slug}/',
    authors: '../authors.yaml',
    feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', content: 'full' },
    newsSitemap: { file: 'news-sitemap.xml' },
  },
  { root },
)

// The demo's articles are from October 2023: build as of then, so the news sitemap has them.
const NOW = Date.parse('2023-10-11T12:00:00+07:00')

let loaded: SourceSite | undefined

/** Every published article, newest first; a frontmatter error stops `next build` with its file and line. */
export function site(): SourceSite {
  if (loaded) return loaded
  const sources = readdirSync(config.content)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(config.content, name)
      return { file: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }
    })
  const authors = typeof config.authors === 'string' ? readFileSync(config.authors, 'utf8') : undefined
  loaded = siteFromSources(config, sources, { now: NOW, ...(authors ? { authors } : {}) })
  assertNoErrors(loaded.diagnostics)
  return loaded
}
