/**
 * dateline's own package folder (the one with its `package.json` and
 * `data/`), found by walking up from this module: the same answer from
 * `src/`, from `dist/`, and from the bundles `npm run build` makes of the CLI
 * and the worker (`dist/cli/bin.js`, `dist/worker.js`), where relative URLs
 * written for one module's place would point elsewhere.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const NAME = 'dateline-kit'

let memo: string | undefined

/** The package folder; throws when no `package.json` of dateline-kit is above this module (a broken install). */
export function packageRoot(): string {
  if (memo) return memo
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }
      if (manifest.name === NAME) return (memo = dir)
    } catch {
      // no package.json at this level, or not ours
    }
    if (dir === path.dirname(dir)) throw new Error(`no package.json of ${NAME} above ${fileURLToPath(import.meta.url)}`)
  }
}
