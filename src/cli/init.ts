/** `dateline init [DIR]`: scaffold a site (config, sample article, authors, .gitignore lines); never overwrites. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CONFIG_FILES } from '../load/config.js'
import { gitignoreWith, scaffoldFiles, type ConfigFormat } from '../init/scaffold.js'
import { startCommand } from './args.js'
import type { CliIo } from './io.js'

export const INIT_HELP = `Usage: dateline init [DIR] [options]

Creates a site in DIR (default: the current folder): dateline.config.ts (or
.json), articles/hello-world.md, authors.yaml, and .gitignore lines for the
output, the build cache and the preview report. Never overwrites a file: if
any of them exists, nothing is written.

Options:
  --format ts|json   the config's format (asked on a terminal; default ts)
  --url URL          the site's URL (default https://example.com/)
  --name NAME        the site's name (default: the folder's name)
  --language TAG     BCP 47 language (default en)
  --timezone ZONE    IANA timezone (default: this machine's, else UTC)
  -h, --help         show this help

Exit codes: 0 created; 2 usage error, or a file is already there.
`

/** Run the init command; resolves to the exit code. */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const line = startCommand('init', argv, io, {
    format: { type: 'string' },
    url: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    timezone: { type: 'string' },
  }, INIT_HELP)
  if (typeof line === 'number') return line
  const { values, positionals, fail } = line
  if (positionals.length > 1) return fail(`expected at most one folder, got ${positionals.length}`)
  const dir = path.resolve(io.cwd, positionals[0] ?? '.')

  let format = values.format
  if (format === undefined && io.prompt) format = ((await io.prompt('Config format, ts or json? [ts] ')).trim().toLowerCase() || 'ts')
  format ??= 'ts'
  if (format !== 'ts' && format !== 'json') return fail(`--format must be ts or json, not "${format}"`)

  const url = values.url ?? 'https://example.com/'
  try {
    const parsedUrl = new URL(url)
    if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:') throw new Error('not http(s)')
  } catch {
    return fail(`--url must be an absolute http(s) URL, not "${url}"`)
  }
  const timezone = values.timezone ?? io.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone })
  } catch {
    return fail(`--timezone: "${timezone}" is not an IANA timezone (e.g. Asia/Jakarta)`)
  }
  const language = values.language ?? 'en'
  try {
    new Intl.Locale(language)
  } catch {
    return fail(`--language: "${language}" is not a BCP 47 language tag (e.g. en, id, pt-BR)`)
  }
  const files = scaffoldFiles({
    format: format as ConfigFormat,
    name: values.name ?? (path.basename(dir) || 'My news site'),
    url: url.endsWith('/') ? url : `${url}/`,
    language,
    timezone,
    date: localDate(Date.now(), timezone),
  })

  const existing = [...CONFIG_FILES, ...files.map((file) => file.path)].filter((file) => existsSync(path.join(dir, file)))
  if (existing.length) return fail(`${[...new Set(existing)].map((file) => path.join(path.relative(io.cwd, dir), file)).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written`)

  const shown = (file: string) => path.relative(io.cwd, path.join(dir, file)) || file
  try {
    for (const file of files) {
      const target = path.join(dir, file.path)
      mkdirSync(path.dirname(target), { recursive: true })
      // 'wx': fail rather than replace a file that appeared since the check above.
      writeFileSync(target, file.content, { flag: 'wx' })
      io.stdout(`created ${shown(file.path)}\n`)
    }
    const gitignore = path.join(dir, '.gitignore')
    const before = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : undefined
    const after = gitignoreWith(before)
    if (after !== undefined) {
      writeFileSync(gitignore, after)
      io.stdout(`${before === undefined ? 'created' : 'updated'} ${shown('.gitignore')}\n`)
    }
  } catch (error) {
    return fail(`cannot write: ${(error as Error).message}`)
  }
  const cd = path.relative(io.cwd, dir)
  io.stdout(`\nNext: ${cd ? `cd ${/\s/.test(cd) ? JSON.stringify(cd) : cd} && ` : ''}npx dateline build && npx dateline preview\n(edit site.url in the config first: it is ${url})\n`)
  return 0
}

/** `YYYY-MM-DDTHH:mm:00` of `epoch` in `timeZone`. */
function localDate(epoch: number, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(epoch).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00`
}
