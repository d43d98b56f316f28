/**
 * The build cache is never wrong: after any sequence of edits to a site, a
 * build with the cache writes exactly the bytes of a build without it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { build, type BuildOptions } from '../../src/build.js'
import { BuildCache, defaultCacheDir } from '../../src/cache/store.js'
import { repoRoot } from '../helpers/site.js'

const base = path.join(repoRoot, `.tmp/cache-${process.pid}`)
afterAll(() => rmSync(base, { recursive: true, force: true }))
const NOW = Date.parse('2024-03-01T12:00:00Z')

const BODIES = [
  'Menteri bertemu warga di balai kota.\n\n## Latar\n\nAnggaran naik “tajam” tahun ini.',
  'The council met on Tuesday. The minister’s reply came later.\n\n| a | b |\n| - | - |\n| 1 | 2 |',
  '行政サービスの向上について話し合った。\n\n> 引用です。',
  'Die Regierung sagte: „Wir handeln jetzt.“\n\n- eins\n- zwei',
  'Bagian gratis dengan [tautan](/x/).\n\n<!-- paywall -->\n\nBagian berbayar.',
]
const DATES = ['2024-02-28T09:00:00', '2024-02-29T23:30:00', '2024-03-05T08:00:00', '2023-12-31T10:00:00']

interface Site {
  root: string
  articles: Map<string, { title: string; body: number; date: number; author: number; draft: boolean }>
}

function writeArticle(site: Site, name: string): void {
  const a = site.articles.get(name)!
  const front = [`title: "${a.title}"`, `date: ${DATES[a.date]}`, `authors: [r${a.author}]`, ...(a.draft ? ['draft: true'] : []), ...(a.body === 4 ? ['accessibleForFree: false'] : [])]
  writeFileSync(path.join(site.root, 'articles', name), `---\n${front.join('\n')}\n---\n${BODIES[a.body]}\n`)
}

function writeConfig(site: Site, variant: number): void {
  const config = {
    site: { url: 'https://cache.example/', name: variant % 2 ? 'Cache Times' : 'Cache', language: variant % 3 === 2 ? 'en' : 'id', timezone: 'Asia/Jakarta' },
    permalink: variant % 3 === 1 ? '/{yyyy}/{slug}/' : '/{slug}/',
    authors: 'authors.yaml',
    pages: variant % 4 !== 3,
  }
  writeFileSync(path.join(site.root, 'dateline.config.json'), JSON.stringify(config))
}

function writeAuthors(site: Site, variant: number): void {
  writeFileSync(path.join(site.root, 'authors.yaml'), [0, 1, 2].map((i) => `r${i}:\n  name: Reporter ${i}${i === variant % 3 ? ` v${variant}` : ''}\n`).join(''))
}

function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  if (!existsSync(folder)) return files
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(folder, file)] = readFileSync(file, 'latin1')
  }
  return files
}

async function outcome(root: string, options: BuildOptions): Promise<{ files: Record<string, string>; error?: string; diagnostics: string[] }> {
  try {
    const result = await build(root, { now: NOW, ...options })
    return { files: tree(options.out!), diagnostics: result.diagnostics.map((d) => `${d.file}:${d.line}:${d.rule}`) }
  } catch (error) {
    const e = error as Error & { diagnostics?: { file: string; line: number; rule: string }[] }
    return { files: tree(options.out!), error: e.message, diagnostics: (e.diagnostics ?? []).map((d) => `${d.file}:${d.line}:${d.rule}`) }
  }
}

type Op =
  | { kind: 'add' | 'edit'; slot: number; title: number; body: number; date: number; author: number; draft: boolean }
  | { kind: 'delete' | 'rename'; slot: number }
  | { kind: 'config' | 'authors' | 'public' | 'version'; variant: number }
  | { kind: 'corrupt'; slot: number; truncate: boolean }
  /** Something else changes the last output (or nothing does): the next build still gives what a cold one writes. */
  | { kind: 'output'; action: 'nothing' | 'extra file' | 'extra folder' | 'delete' | 'edit'; slot: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('add' as const, 'edit' as const),
    slot: fc.nat(5),
    title: fc.nat(3),
    body: fc.nat(BODIES.length - 1),
    date: fc.nat(DATES.length - 1),
    author: fc.nat(2),
    draft: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'rename' as const), slot: fc.nat(5) }),
  fc.record({ kind: fc.constantFrom('config' as const, 'authors' as const, 'public' as const, 'version' as const), variant: fc.nat(11) }),
  fc.record({ kind: fc.constant('corrupt' as const), slot: fc.nat(50), truncate: fc.boolean() }),
  fc.record({ kind: fc.constant('output' as const), action: fc.constantFrom('nothing' as const, 'extra file' as const, 'extra folder' as const, 'delete' as const, 'edit' as const), slot: fc.nat(50) }),
)

function apply(site: Site, step: Op, cacheDir: string, state: { environment: string }): void {
  const names = [...site.articles.keys()].sort()
  switch (step.kind) {
    case 'add':
    case 'edit': {
      const name = step.kind === 'edit' && names.length ? names[step.slot % names.length]! : `story-${step.slot}.md`
      site.articles.set(name, { title: ['Judul satu', 'Second headline', 'Dritte Schlagzeile', '四番目'][step.title]!, body: step.body, date: step.date, author: step.author, draft: step.draft })
      writeArticle(site, name)
      break
    }
    case 'delete':
    case 'rename': {
      if (!names.length) break
      const name = names[step.slot % names.length]!
      const record = site.articles.get(name)!
      site.articles.delete(name)
      if (step.kind === 'delete') rmSync(path.join(site.root, 'articles', name))
      else {
        const to = `renamed-${name}`
        renameSync(path.join(site.root, 'articles', name), path.join(site.root, 'articles', to))
        site.articles.set(to, record)
      }
      break
    }
    case 'config':
      writeConfig(site, step.variant)
      break
    case 'authors':
      writeAuthors(site, step.variant)
      break
    case 'public':
      writeFileSync(path.join(site.root, 'public', 'robots.txt'), `User-agent: *\n# ${step.variant}\n`)
      break
    case 'version':
      state.environment = `another dateline ${step.variant}`
      break
    case 'output': {
      const out = path.join(path.dirname(cacheDir), 'warm')
      if (!existsSync(out)) break
      // Not the index: without it, out is not taken for an earlier output (and the build refuses to replace it).
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !(e.name === 'index.json' && e.parentPath.endsWith('_dateline')))
      const file = files.length ? path.join(files[step.slot % files.length]!.parentPath, files[step.slot % files.length]!.name) : undefined
      if (step.action === 'extra file') writeFileSync(path.join(out, `extra-${step.slot}.txt`), 'left by another tool')
      else if (step.action === 'extra folder') mkdirSync(path.join(out, '_dateline', `empty-${step.slot}`), { recursive: true })
      else if (step.action === 'delete' && file) rmSync(file)
      else if (step.action === 'edit' && file) writeFileSync(file, readFileSync(file, 'latin1').replace(/[a-z]/, 'Z'), 'latin1')
      break
    }
    case 'corrupt': {
      const entries = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      if (!entries.length) break
      const entry = entries[step.slot % entries.length]!
      const file = path.join(entry.parentPath, entry.name)
      if (step.truncate) truncateSync(file, Math.floor(readFileSync(file).length / 2))
      else writeFileSync(file, readFileSync(file, 'utf8').replace(/"title":"[^"]*"/, '"title":"tampered"'))
      break
    }
  }
}

describe('the build cache', () => {
  it('gives the bytes of a build without it after any sequence of edits', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const folder = path.join(base, `run-${run++}`)
        const site: Site = { root: path.join(folder, 'site'), articles: new Map() }
        const cacheDir = path.join(folder, 'cache')
        mkdirSync(path.join(site.root, 'articles'), { recursive: true })
        mkdirSync(path.join(site.root, 'public'), { recursive: true })
        writeConfig(site, 0)
        writeAuthors(site, 0)
        for (const slot of [0, 1]) apply(site, { kind: 'add', slot, title: slot, body: slot, date: slot, author: slot, draft: false }, cacheDir, { environment: '' })
        const state = { environment: 'this dateline' }
        const warm = () => outcome(site.root, { out: path.join(folder, 'warm'), cache: new BuildCache({ dir: cacheDir, environment: state.environment }) })
        await warm()
        for (const step of ops) {
          apply(site, step, cacheDir, state)
          const cached = await warm()
          const cold = await outcome(site.root, { out: path.join(folder, 'cold'), cache: false })
          expect(cached.error).toEqual(cold.error)
          expect(cached.diagnostics).toEqual(cold.diagnostics)
          expect(Object.keys(cached.files).sort()).toEqual(Object.keys(cold.files).sort())
          for (const [file, bytes] of Object.entries(cold.files)) expect(cached.files[file], file).toBe(bytes)
          // Built again with nothing changed: the same files, and the output folder is left in place, not swapped.
          const out = path.join(folder, 'warm')
          const before = existsSync(out) ? statSync(out).ino : undefined
          const again = await warm()
          expect(again.files).toEqual(cold.files)
          if (before !== undefined && !cold.error) expect(statSync(out).ino).toBe(before)
        }
        rmSync(folder, { recursive: true, force: true })
      }),
      { numRuns: 12 },
    )
  }, 240_000)

  it('lives in node_modules/.cache/dateline when the site has node_modules, else in .dateline-cache', () => {
    const root = path.join(base, 'where')
    mkdirSync(root, { recursive: true })
    expect(defaultCacheDir(root)).toBe(path.join(root, '.dateline-cache'))
    mkdirSync(path.join(root, 'node_modules'))
    expect(defaultCacheDir(root)).toBe(path.join(root, 'node_modules', '.cache', 'dateline'))
  })
})

describe('a second build', () => {
  it('normalizes and renders nothing that did not change', async () => {
    const site: Site = { root: path.join(base, 'second', 'site'), articles: new Map() }
    mkdirSync(path.join(site.root, 'articles'), { recursive: true })
    writeConfig(site, 0)
    writeAuthors(site, 0)
    for (const slot of [0, 1, 2]) {
      site.articles.set(`story-${slot}.md`, { title: `Judul ${slot}`, body: slot, date: slot, author: slot % 3, draft: false })
      writeArticle(site, `story-${slot}.md`)
    }
    const cache = new BuildCache({ dir: path.join(base, 'second', 'cache') })
    const options = { out: path.join(base, 'second', 'out'), now: NOW, cache }
    await build(site.root, options)
    expect(cache.stats.hits).toBe(0)
    const result = await build(site.root, options)
    expect(cache.stats.sources).toBe(3)
    expect(cache.stats.hits).toBe(3)
    // JSON-LD, head fragment and page of each of the two published articles (the third is scheduled).
    expect(result.site.articles.length).toBe(2)
    expect(cache.stats.files).toBe(6)
  })
})

describe('two builds at once', () => {
  it('share one cache folder without damaging it', async () => {
    const site: Site = { root: path.join(base, 'twice', 'site'), articles: new Map() }
    mkdirSync(path.join(site.root, 'articles'), { recursive: true })
    writeConfig(site, 0)
    writeAuthors(site, 0)
    for (const slot of [0, 1, 3, 4]) {
      site.articles.set(`story-${slot}.md`, { title: `Judul ${slot}`, body: slot, date: slot % 4, author: slot % 3, draft: false })
      writeArticle(site, `story-${slot}.md`)
    }
    const cacheDir = path.join(base, 'twice', 'cache')
    const bin = path.join(repoRoot, 'dist/cli/bin.js')
    const cli = (out: string) => promisify(execFile)(process.execPath, [bin, 'build', site.root, '--out', out, '--cache-dir', cacheDir, '--now', new Date(NOW).toISOString(), '--quiet'])
    await Promise.all([cli(path.join(base, 'twice', 'a')), cli(path.join(base, 'twice', 'b'))])
    const cold = await outcome(site.root, { out: path.join(base, 'twice', 'cold'), cache: false })
    // A third build reads what the two wrote (the CLI runs dist/, whose code fingerprint the entries carry).
    await cli(path.join(base, 'twice', 'c'))
    expect(tree(path.join(base, 'twice', 'c'))).toEqual(cold.files)
    expect(tree(path.join(base, 'twice', 'a'))).toEqual(cold.files)
    expect(tree(path.join(base, 'twice', 'b'))).toEqual(cold.files)
    // No temporary file is left behind, and every entry is whole.
    const left = readdirSync(cacheDir, { recursive: true }).map(String)
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
  }, 120_000)
})

describe('page bodies rendered on worker threads', () => {
  it('give the bytes of a build on one thread', async () => {
    const site: Site = { root: path.join(base, 'workers', 'site'), articles: new Map() }
    mkdirSync(path.join(site.root, 'articles'), { recursive: true })
    writeConfig(site, 0)
    writeAuthors(site, 0)
    for (let slot = 0; slot < 12; slot++) {
      site.articles.set(`story-${slot}.md`, { title: `Judul ${slot}`, body: slot % BODIES.length, date: slot % 2, author: slot % 3, draft: false })
      writeArticle(site, `story-${slot}.md`)
    }
    // In-process from source: no workers. The CLI from dist/ with DATELINE_WORKERS=2: two of them.
    const single = await outcome(site.root, { out: path.join(base, 'workers', 'single'), cache: false })
    expect(Object.keys(single.files).filter((file) => file.endsWith('index.html')).length).toBe(13)
    const out = path.join(base, 'workers', 'pool')
    await promisify(execFile)(process.execPath, [path.join(repoRoot, 'dist/cli/bin.js'), 'build', site.root, '--out', out, '--no-cache', '--now', new Date(NOW).toISOString(), '--quiet'], {
      env: { ...process.env, DATELINE_WORKERS: '2' },
    })
    expect(tree(out)).toEqual(single.files)
  }, 120_000)
})
