/**
 * `node:util` parseArgs with messages for people: an unknown flag gets a
 * did-you-mean from the command's own flags instead of Node's text about
 * positionals starting with `-`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../util/did-you-mean.js'

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
