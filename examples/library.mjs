// The library, as another build would use it: run with `node examples/library.mjs` after `npm run build`.
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { VFile } from 'vfile'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { articleJsonLd, feedChannel, loadSite, remarkDateline, renderHead, renderRss } from 'dateline-kit'

const now = Date.parse('2023-10-11T12:00:00+07:00')
const here = fileURLToPath(new URL('.', import.meta.url))

// 1. Load a site (config + articles) and turn one article into JSON-LD and a <head> fragment.
const site = await loadSite(here, { now })
const lead = site.articles.find((article) => article.slug === 'menteri-panrb-temui-pm-azerbaijan')
const graph = articleJsonLd(lead, site.config)
console.log(graph['@graph'][0]['@type'], graph['@graph'][0].headline)
console.log(renderHead(lead, site.config).split('\n').length, 'head lines')

// 2. Render a feed from any list of articles.
const channel = feedChannel(site.config, 'feed.xml')
console.log(renderRss(site.articles.slice(0, 2), channel, { content: 'full' }).length, 'bytes of RSS')

// 3. The remark plugin: metadata and JSON-LD on file.data, inside your own unified pipeline.
const path = fileURLToPath(new URL('articles/menteri-panrb-temui-pm-azerbaijan.md', import.meta.url))
const file = new VFile({ path, value: readFileSync(path, 'utf8') })
const processor = unified()
  .use(remarkParse)
  .use(remarkDateline, { config: { site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' } }, root: here, now })
await processor.run(processor.parse(file), file)
console.log(file.data.dateline.status, file.data.dateline.article.datePublished.iso)
