/** A config given as an object (from a framework's own config file) instead of `dateline.config.*`. */
import path from 'node:path'
import type { DatelineConfig, ResolvedConfig } from '../model/config.js'
import { resolveConfig as validateConfig } from './config-schema.js'

export interface ResolveConfigOptions {
  /** Site root that relative paths (content, out, authors file) resolve against. Default: the working directory. */
  root?: string
  /** What messages call the config. Default `config`. */
  name?: string
}

/**
 * Validate and resolve an inline config: the same checks, defaults and
 * messages as a config file. Throws `DatelineError` (exit 2) naming every bad key.
 */
export function resolveConfig(config: DatelineConfig, options: ResolveConfigOptions = {}): ResolvedConfig {
  return validateConfig(config, { root: path.resolve(options.root ?? '.'), file: '', displayFile: options.name ?? 'config', positions: new Map() })
}
