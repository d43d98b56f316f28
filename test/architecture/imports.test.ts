/**
 * The layers of src/ and what each may import, read from the code itself
 * (docs/architecture.md explains them). A new import across layers that is not
 * in the table fails here: change the table only on purpose.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/site.js'

const src = path.join(repoRoot, 'src')

/** Layer of a file (path relative to src/, `/`-separated); undefined: an entry point (may import anything). */
function layerOf(file: string): string | undefined {
  if (file.startsWith('check/documents/')) return 'check/documents'
  if (file.startsWith('check/site/')) return 'check/site'
  if (file === 'build.ts') return 'build'
  const folder = file.split('/')[0]!
  return ['util', 'model', 'plan', 'load', 'cache', 'emit', 'write', 'check', 'report', 'preview', 'init', 'cli'].includes(folder) ? folder : undefined
}

/** Layer -> the other layers it may import (itself always allowed). */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  model: ['util'],
  plan: ['model', 'util'],
  // The build cache keeps loaded articles, so load and cache know each other's types.
  load: ['cache', 'plan', 'model', 'util'],
  cache: ['load', 'model', 'util'],
  emit: ['plan', 'model', 'util'],
  // Sinks, and the worker task that renders an article's planned files and creates them (`write/article-files.ts`).
  write: ['emit', 'plan', 'model', 'util'],
  build: ['load', 'cache', 'plan', 'emit', 'write', 'model', 'util'],
  // Checks any site's files: nothing of dateline's own build.
  'check/documents': ['plan', 'model', 'util'],
  // Site mode (sources + a build in memory + cross-checks) and the registry of both modes' rules, above the build.
  'check/site': ['check/documents', 'build', 'load', 'plan', 'emit', 'write', 'model', 'util'],
  // The check library's entry and the generated rules doc.
  check: ['check/documents', 'check/site', 'model', 'util'],
  // The html format renders with the preview's components.
  report: ['check/documents', 'preview', 'util'],
  // The preview report: a site check's in-memory build (or built files), rendered as HTML.
  preview: ['check/site', 'check/documents', 'load', 'plan', 'emit', 'write', 'model', 'util'],
  init: ['util'],
  cli: ['build', 'cache', 'check', 'check/documents', 'check/site', 'report', 'preview', 'init', 'load', 'plan', 'model', 'util', 'write', 'emit'],
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) sourceFiles(file, out)
    else if (file.endsWith('.ts')) out.push(file)
  }
  return out
}

/** Relative imports and re-exports of `text` (static `import`/`export … from` and dynamic `import()`). */
function importsOf(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]/g)) found.push(match[1]!)
  for (const match of text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) found.push(match[1]!)
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) found.push(match[1]!)
  return found
}

describe('layers', () => {
  const files = sourceFiles(src)
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(importsOf("import { a } from './a.js'\nexport type { B } from '../b.js'\nconst c = await import('./c.js')")).toEqual(['./a.js', '../b.js', './c.js'])
  })

  it('each layer imports only what the table allows', () => {
    const offences: string[] = []
    for (const file of files) {
      const from = path.relative(src, file).split(path.sep).join('/')
      const layer = layerOf(from)
      if (layer === undefined) continue
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const target = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/').replace(/\.js$/, '.ts')
        const to = layerOf(target)
        if (to === layer) continue
        if (to === undefined) offences.push(`${from} imports entry point ${target}`)
        else if (!ALLOWED[layer]!.includes(to)) offences.push(`${from} (${layer}) imports ${target} (${to})`)
      }
    }
    expect(offences).toEqual([])
  })

  it('check/documents imports nothing from build, load, emit or write', () => {
    for (const layer of ['build', 'load', 'emit', 'write']) expect(ALLOWED['check/documents']).not.toContain(layer)
    expect(ALLOWED.report).not.toContain('emit')
  })

  it('has no import cycles between source files (type-only imports aside)', () => {
    // A cycle means two modules are one module in two files, and makes load order matter.
    const graph = new Map<string, string[]>()
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/(?:^|\n)\s*(?:import|export)\s+type\b[^'"]*?\bfrom\s*['"][^'"]+['"]/g, '')
      graph.set(file, importsOf(text).map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts')))
    }
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done' || !graph.has(file)) return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(src, f)).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file)!) visit(next, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('keeps every source file under 400 lines (small modules that each do one thing)', () => {
    const long = files.map((file) => [path.relative(src, file), readFileSync(file, 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 400)
    expect(long).toEqual([])
  })
})
