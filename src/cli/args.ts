/**
 * `node:util` parseArgs with messages for people: an unknown flag gets a
 * did-you-mean from the command's own flags instead of Node's text about
 * positionals starting with `-`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../util/did-you-mean.js'
import type { CliIo } from './io.js'

/** Thrown for a command line that cannot be parsed; the message is ready to print. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parse `config.args` like `parseArgs`, throwing `UsageError` with a readable message. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    throw new UsageError(usageMessage(error as NodeJS.ErrnoException, config.options ?? {}))
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

function usageMessage(error: NodeJS.ErrnoException, options: Options): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const match = quoted.startsWith('--') ? didYouMean(quoted.slice(2).replace(/=.*$/, ''), Object.keys(options)) : undefined
      return `unknown option ${quoted}${match ? `; did you mean --${match}?` : ''}`
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const long = /--([\w-]+)/.exec(error.message)?.[1] ?? quoted
      return options[long]?.type === 'string' ? `--${long} needs a value` : `--${long} takes no value`
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted}`
    default:
      return error.message
  }
}

const HELP_OPTION = { type: 'boolean', short: 'h', default: false } as const
type CommandConfig<O extends Options> = { args: string[]; allowPositionals: true; options: O & { help: typeof HELP_OPTION } }
/** The values `parseArgs` gives for a command with `options`. */
type ParsedValues<O extends Options> = ReturnType<typeof parseArgs<CommandConfig<O>>>['values']

/** A command's parsed command line, and how it reports a usage error (exit code 2). */
export interface CommandLine<V> {
  values: V
  positionals: string[]
  /** Print `dateline <command>: <message>` to standard error; returns 2, the usage exit code. */
  fail: (message: string) => number
}

/**
 * The start every command shares: parse `argv` with the command's `options`
 * (plus `--help`/`-h`), print the help and return 0 when asked, report an
 * unparsable line and return 2; else the parsed line.
 */
export function startCommand<const O extends Options>(command: string, argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>, options: O, help: string): CommandLine<ParsedValues<O>> | number {
  const fail = (message: string) => {
    io.stderr(`dateline ${command}: ${message}\n`)
    return 2
  }
  let parsed
  try {
    const config: CommandConfig<O> = { args: argv, allowPositionals: true, options: { ...options, help: HELP_OPTION } }
    parsed = parseCommandArgs(config)
  } catch (error) {
    return fail(`${(error as Error).message}\nRun "dateline ${command} --help" for the options.`)
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help)
    return 0
  }
  return { values: parsed.values, positionals: parsed.positionals, fail }
}
