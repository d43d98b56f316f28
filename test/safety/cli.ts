/** Running the built `dateline` executable on temporary sites, for the safety tests. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll } from 'vitest'
import { makeSite, removeSite, repoRoot } from '../helpers/site.js'

export const bin = path.join(repoRoot, 'dist/cli/bin.js')
export const NOW = ['--now', '2023-10-11T12:00:00+07:00']

/** Run `dateline ARGS` (optionally with node flags such as `--import`); returns the exit code and output. */
export function dateline(args: string[], options: { cwd?: string; node?: string[]; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  })
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

/** Temporary sites created through `site()` are removed after the test file. */
export function siteFactory() {
  const roots: string[] = []
  afterAll(() => roots.forEach(removeSite))
  return (files: Record<string, string | Uint8Array>, config?: unknown): string => {
    const root = makeSite(files, config)
    roots.push(root)
    return root
  }
}

/** Names in `dir` (none when it does not exist). */
export function listing(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : []
}
