/** Load the authors registry named by the config: a YAML/JSON file (read here) or an inline map. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ResolvedConfig } from '../model/config.js'
import type { Author, Position } from '../model/types.js'
import type { Diagnostic } from '../util/diagnostic.js'
import { invalidUtf8At } from '../util/utf8.js'
import { registryFromEntries, type AuthorRegistry } from './author-entries.js'
import { parseYaml } from './yaml.js'
import { authorsUnreadable } from './source-rules.js'

export { authorId, registryFromEntries, resolveAuthorObject, type AuthorRegistry } from './author-entries.js'

/** Load the registry named by `config.authors`. Problems are errors naming the registry file and line. */
export function loadAuthorRegistry(config: ResolvedConfig): { registry: AuthorRegistry; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const byId = new Map<string, Author>()
  let entries: unknown
  let file = config.configFile ? path.relative(config.root, config.configFile) : 'config'
  let positions = new Map<string, Position>()
  let prefix = 'authors.'
  if (typeof config.authors === 'string') {
    file = path.relative(config.root, config.authors).split(path.sep).join('/')
    prefix = ''
    let bytes: Buffer
    try {
      bytes = readFileSync(config.authors)
    } catch (error) {
      diagnostics.push({ file, line: 0, column: 0, severity: 'error', message: `cannot read the authors registry: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, rule: authorsUnreadable.id })
      return { registry: { byId }, diagnostics }
    }
    const invalid = invalidUtf8At(bytes)
    if (invalid) {
      const { line, column } = invalid
      diagnostics.push({ file, line, column, severity: 'error', message: 'the authors registry is not valid UTF-8; save it as UTF-8', rule: authorsUnreadable.id })
      return { registry: { byId }, diagnostics }
    }
    const text = bytes.toString('utf8')
    const parsed = parseYaml(text, file)
    if (!parsed.ok) return { registry: { byId }, diagnostics: [parsed.diagnostic] }
    entries = parsed.data.value
    positions = parsed.data.positions
  } else {
    entries = config.authors ?? {}
  }
  return registryFromEntries(entries, { file, positions, prefix }, config, diagnostics)
}
