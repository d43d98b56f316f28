/**
 * What, besides an article's own source, can change the bytes a build makes
 * from it: dateline's code (the version string stays 0.1.0 across commits),
 * the versions of the parsers and renderers, and the ICU data under Node
 * (word segmentation and time zones come from it). One digest of all of them
 * keys every cache entry, so any change starts a cold cache.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageAbove, packageRoot } from '../util/package-root.js'

/** Bump when the shape of a cache entry changes. */
export const CACHE_FORMAT = 2

/** Packages whose output ends up in rendered bytes (directly or as a dependency of one that does). */
const RENDER_DEPENDENCIES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-rehype',
  'rehype-raw',
  'rehype-sanitize',
  'rehype-stringify',
  'hast-util-to-html',
  'hast-util-raw',
  'hast-util-sanitize',
  'mdast-util-to-hast',
  'mdast-util-from-markdown',
  'mdast-util-gfm',
  'mdast-util-to-string',
  'micromark',
  'micromark-extension-gfm',
  'parse5',
  'yaml',
  'smol-toml',
  'rss',
  'jiti',
]

let memo: string | undefined

/** The digest of everything outside the site that decides what a build writes. Computed once per process. */
export function environmentFingerprint(): string {
  if (memo) return memo
  const hash = createHash('sha256')
  hash.update(`format ${CACHE_FORMAT}\0`)
  const { icu, unicode, cldr, tz } = process.versions as Record<string, string | undefined>
  hash.update(`node ${process.version} icu ${icu} unicode ${unicode} cldr ${cldr} tz ${tz}\0`)
  for (const name of RENDER_DEPENDENCIES) hash.update(`${name} ${dependencyVersion(name)}\0`)
  hashCode(hash, codeRoot())
  memo = hash.digest('hex')
  return memo
}

/** The folder holding dateline's own code: `dist/` when installed, `src/` when run from source (this module's place tells which). */
function codeRoot(): string {
  const here = fileURLToPath(import.meta.url)
  return path.join(packageRoot(), here.endsWith('.ts') ? 'src' : 'dist')
}

function hashCode(hash: ReturnType<typeof createHash>, root: string): void {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\0`)
    hash.update(readFileSync(file))
  }
}

function dependencyVersion(name: string): string {
  let file: string
  try {
    file = fileURLToPath(import.meta.resolve(name))
  } catch {
    return 'absent'
  }
  // From the entry point up to the package's own package.json.
  const found = packageAbove(path.dirname(file), name)
  return found ? (found.manifest.version ?? 'unknown') : 'unknown'
}

/**
 * JSON with object keys sorted, so two equal configs give one key whatever
 * order they were written in. Functions (an adapter's inline config may hold
 * some) are keyed by their source text.
 */
export function stableJson(value: unknown): string {
  if (typeof value === 'function') return JSON.stringify(`function:${String(value)}`)
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value instanceof RegExp) return JSON.stringify(`regexp:${String(value)}`)
  const keys = Object.keys(value).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`
}
