/**
 * Package folders, found by walking up to the `package.json` that names the
 * package. dateline's own (`packageRoot`) is found from this module: the same
 * answer from `src/`, from `dist/`, and from the bundles `npm run build` makes
 * of the CLI and the worker (`dist/cli/bin.js`, `dist/worker.js`), where
 * relative URLs written for one module's place would point elsewhere.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder at or above `from` whose `package.json` names `name`, with that manifest; undefined when there is none. */
export function packageAbove(from: string, name: string): { dir: string; manifest: { name: string; version?: string } } | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: string }
      if (manifest.name === name) return { dir, manifest: manifest as { name: string; version?: string } }
    } catch {
      // no package.json at this level, or not JSON
    }
    if (dir === path.dirname(dir)) return undefined
  }
}

let memo: string | undefined

/** dateline's package folder; throws when no `package.json` of dateline-kit is above this module (a broken install). */
export function packageRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  memo ??= packageAbove(here, 'dateline-kit')?.dir
  if (!memo) throw new Error(`no package.json of dateline-kit above ${here}`)
  return memo
}
