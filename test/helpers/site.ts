/** Temporary sites for tests: a folder with a config and articles, removed by the caller's afterAll. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const sharedDir = path.resolve(repoRoot, '../shared')

export const BASE_CONFIG = {
  site: { url: 'https://semarak.example/', name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta' },
}

/** Create a site folder from `files` (path -> text or bytes); a `dateline.config.json` is added unless given. */
export function makeSite(files: Record<string, string | Uint8Array>, config: unknown = BASE_CONFIG): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-test-'))
  const all: Record<string, string | Uint8Array> = { ...files }
  if (!Object.keys(all).some((name) => name.startsWith('dateline.config'))) all['dateline.config.json'] = JSON.stringify(config, null, 2)
  for (const [name, content] of Object.entries(all)) {
    const target = path.join(root, name)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return root
}

export function removeSite(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/** A minimal valid article. */
export function article(front: Record<string, unknown> | string, body = 'Isi berita.\n'): string {
  const yaml = typeof front === 'string' ? front : Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')
  return `---\n${yaml}\n---\n${body}`
}
