/** Shared test helpers for `dateline check`: fixture paths, the shared reference folder, finding summaries. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../../src/util/diagnostic.js'

function findRepoRoot(from: string): string {
  let dir = from
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('package.json not found')
    dir = parent
  }
  return dir
}

export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)))
export const fixtures = path.join(repoRoot, 'test/check/fixtures')
export const shared = path.resolve(repoRoot, '../shared')
export const samples = path.join(shared, 'reference/xsd/samples')
export const hasShared = existsSync(samples)
if (!hasShared) console.log(`note: ${samples} is absent; the shared XSD sample tests are skipped`)

/** `rule@line` for each finding, in order: compact to assert on. */
export function found(diagnostics: readonly Diagnostic[]): string[] {
  const result = diagnostics.map((d) => `${d.rule}@${d.line}`)
  if (process.env.SHOW_FOUND) console.log(JSON.stringify(result))
  return result
}

/** Only the findings of `severity` and worse. */
export function atLeast(diagnostics: readonly Diagnostic[], severity: 'error' | 'warning'): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || (severity === 'warning' && d.severity === 'warning'))
}
