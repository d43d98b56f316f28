/**
 * Find, load and validate `dateline.config.*`. A TypeScript config loads with
 * no build step on the user's side (jiti transpiles it in memory).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createJiti } from 'jiti'
import type { DatelineConfig, ResolvedConfig } from '../model/config.js'
import type { Position } from '../model/types.js'
import { DatelineError } from '../util/diagnostic.js'
import { resolveConfig } from './config-schema.js'
import { parseYaml } from './yaml.js'

/** Config file names looked for in the site root, in this order. */
export const CONFIG_FILES = ['dateline.config.ts', 'dateline.config.mts', 'dateline.config.js', 'dateline.config.mjs', 'dateline.config.json']

export interface LoadConfigOptions {
  /** A config file to use instead of looking in `root` (relative to the working directory). */
  configFile?: string
}

/** The config file in `root`, if any. */
export function findConfigFile(root: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const candidate = path.join(root, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/** Read, validate and resolve the site config. Throws `DatelineError` (exit 2) naming the file and key. */
export async function loadConfig(root: string, options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const absoluteRoot = path.resolve(root)
  if (!existsSync(absoluteRoot)) throw new DatelineError(`${root}: no such folder`, 2)
  const file = options.configFile ? path.resolve(options.configFile) : findConfigFile(absoluteRoot)
  if (!file) {
    throw new DatelineError(`${displayPath(absoluteRoot)}: no dateline config found (looked for ${CONFIG_FILES.join(', ')})`, 2)
  }
  if (!existsSync(file)) throw new DatelineError(`${options.configFile}: config file not found`, 2)
  const { value, positions } = await readConfigFile(file)
  return resolveConfig(value, { root: absoluteRoot, file, displayFile: displayPath(file), positions })
}

/** Load the raw config object and, for JSON, the positions of its keys. */
async function readConfigFile(file: string): Promise<{ value: unknown; positions: Map<string, Position> }> {
  const shown = displayPath(file)
  if (file.endsWith('.json')) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new DatelineError(`${shown}: cannot read config: ${(error as Error).message}`, 2)
    }
    const parsed = parseYaml(text, shown)
    if (!parsed.ok) {
      const d = parsed.diagnostic
      throw new DatelineError(`${d.file}:${d.line}:${d.column}: ${d.message}`, 2, [d])
    }
    return parsed.data
  }
  let module: unknown
  try {
    module = await importConfigModule(file)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DatelineError(`${shown}: cannot load config: ${message}`, 2)
  }
  const value = (module as { default?: unknown })?.default ?? module
  return { value, positions: new Map() }
}

// The package entry next to this module: dist/index.js when built, src/index.ts when run from source.
const selfEntry = [new URL('../index.js', import.meta.url), new URL('../index.ts', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((file) => existsSync(file))

async function importConfigModule(file: string): Promise<unknown> {
  if (file.endsWith('.mjs') || file.endsWith('.js')) {
    // Plain JavaScript: let Node load it natively (ESM or CJS by the nearest package.json).
    return import(pathToFileURL(file).href)
  }
  const jiti = createJiti(import.meta.url, {
    moduleCache: false,
    fsCache: false,
    interopDefault: true,
    // `import { defineConfig } from 'dateline'` must reach this very copy, installed or not.
    ...(selfEntry ? { alias: { dateline: selfEntry } } : {}),
  })
  return jiti.import(file, { default: true })
}

/** A path as users see it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

export type { DatelineConfig }
