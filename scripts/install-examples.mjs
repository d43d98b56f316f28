#!/usr/bin/env node
/**
 * Install the framework examples (examples/astro, eleventy, next) the way a
 * user gets dateline-kit: from the registry-shaped tarball `npm pack` makes,
 * not a `file:` link (Vite and Next would treat a linked folder as source and
 * hide packaging bugs). Each example first gets exactly its lockfile
 * (`npm ci`), then the tarball with `--no-save`, so its lockfile stays as committed.
 *
 *   node scripts/install-examples.mjs [astro|eleventy|next …]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const all = ['astro', 'eleventy', 'next']
const chosen = process.argv.slice(2)
const examples = chosen.length ? chosen : all
for (const name of examples) if (!all.includes(name)) throw new Error(`unknown example "${name}" (one of ${all.join(', ')})`)

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = (args, cwd) => execFileSync(npm, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

const packDir = mkdtempSync(path.join(tmpdir(), 'dateline-pack-'))
try {
  const packed = JSON.parse(run(['pack', '--json', '--pack-destination', packDir], root))
  const tarball = path.join(packDir, packed[0].filename)
  console.log(`packed ${packed[0].filename} (${packed[0].entryCount} files)`)
  for (const name of examples) {
    const cwd = path.join(root, 'examples', name)
    console.log(`examples/${name}: npm ci, then the tarball`)
    run(['ci', '--no-audit', '--no-fund'], cwd)
    run(['install', '--no-save', '--no-audit', '--no-fund', tarball], cwd)
  }
} finally {
  rmSync(packDir, { recursive: true, force: true })
}
