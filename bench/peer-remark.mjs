// The peer: what a typical static-site build does per article — YAML frontmatter, then
// unified + remark-parse + remark-gfm + remark-rehype + rehype-stringify to HTML, every body.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { parse } from 'yaml'

const [root] = process.argv.slice(2)
const folder = path.join(root, 'articles')
const started = performance.now()
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
let bytes = 0
for (const name of readdirSync(folder)) {
  const text = readFileSync(path.join(folder, name), 'utf8')
  const end = text.indexOf('\n---\n', 4)
  parse(text.slice(4, end))
  bytes += String(processor.processSync(text.slice(end + 5))).length
}
const ms = performance.now() - started
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, bytes }))
