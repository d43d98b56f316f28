/**
 * Find, load and validate `dateline.config.*`. A TypeScript config loads with
 * no build step on the user's side (jiti transpiles it in memory).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseJson } from '@humanwhocodes/momoa'
import type { DatelineConfig, ResolvedConfig } from '../model/config.js'
import type { Position } from '../model/types.js'
import { DatelineError } from '../util/diagnostic.js'
import { resolveConfig } from './config-schema.js'
import { invalidUtf8At } from '../util/utf8.js'
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
    const text = readUtf8(file, shown, 'config')
    const syntax = jsonSyntaxError(text)
    if (syntax) throw new DatelineError(`${shown}:${syntax.line}:${syntax.column}: JSON error: ${syntax.message}`, 2)
    const parsed = parseYaml(text, file)
    if (!parsed.ok) {
      const d = parsed.diagnostic
      throw new DatelineError(`${shown}:${d.line}:${d.column}: ${d.message}`, 2, [d])
    }
    return parsed.data
  }
  let module: unknown
  try {
    module = await importConfigModule(file)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/^Error: /, '').trim() : String(error)
    const at = error instanceof Error ? lineInStack(error, file) : undefined
    throw new DatelineError(`${shown}${at ? `:${at}` : ''}: cannot load config: ${message}`, 2)
  }
  const value = typeof module === 'object' && module !== null && 'default' in module ? (module as { default: unknown }).default : module
  return { value, positions: new Map() }
}

/**
 * The first JSON syntax error in `text`, with its position. JSON is parsed
 * strictly here (a trailing comma or a comment is an error, as in every JSON
 * reader) before YAML reads it for key positions.
 */
function jsonSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
  try {
    parseJson(text, { mode: 'json' })
    return undefined
  } catch (error) {
    const { line = 1, column = 1, message } = error as { line?: number; column?: number; message: string }
    const tokens: Record<string, string> = { LBrace: '{', RBrace: '}', LBracket: '[', RBracket: ']', Comma: ',', Colon: ':' }
    return { line, column, message: message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\b(LBrace|RBrace|LBracket|RBracket|Comma|Colon)\b/g, (name) => `"${tokens[name]}"`) }
  }
}

/** `line:column` of the config file's first frame in an error's stack or message (jiti reports syntax errors as `file:line:col`). */
function lineInStack(error: Error, file: string): string | undefined {
  const text = `${error.message}\n${error.stack ?? ''}`
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(text)?.slice(1).filter(Boolean).join(':')
}

// The package entry next to this module: dist/index.js when built, src/index.ts when run from source.
const selfEntry = [new URL('../index.js', import.meta.url), new URL('../index.ts', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((file) => existsSync(file))

/**
 * Load a JS or TS config through jiti, uncached: `--watch` must see an edited
 * config, and Node's own `import()` would return the first version forever.
 */
async function importConfigModule(file: string): Promise<unknown> {
  // Loaded here, not at the top: jiti takes about 100 ms to load, and JSON and YAML configs (and `dateline check` of files) never need it.
  const { createJiti } = await import('jiti')
  const jiti = createJiti(import.meta.url, {
    moduleCache: false,
    fsCache: false,
    // The namespace as it is, so `export default null` reads as null rather than crashing jiti's interop.
    interopDefault: false,
    // `import { defineConfig } from 'dateline-kit'` must reach this very copy, installed or not.
    ...(selfEntry ? { alias: { 'dateline-kit': selfEntry } } : {}),
  })
  return jiti.import(file)
}

/** Read a UTF-8 text file, refusing invalid UTF-8 (it would turn into U+FFFD silently). Throws `DatelineError` (exit 2). */
export function readUtf8(file: string, shown: string, what: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new DatelineError(`${shown}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
  }
  const invalid = invalidUtf8At(bytes)
  if (invalid) {
    const { line, column } = invalid
    throw new DatelineError(`${shown}:${line}:${column}: the ${what} is not valid UTF-8; save it as UTF-8`, 2)
  }
  return bytes.toString('utf8')
}

/** A path as users see it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

export type { DatelineConfig }
