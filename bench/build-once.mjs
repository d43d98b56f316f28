// One measured build in a fresh process: prints {ms, maxRssMB, articles} as JSON.
import { build } from '../dist/index.js'

const [root, out] = process.argv.slice(2)
const started = performance.now()
const result = await build(root, { out, now: Date.parse('2023-12-31T00:00:00Z') })
const ms = performance.now() - started
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, articles: result.site.articles.length }))
