/** The `dateline` command: dispatches to `build` and `check`. Never prints a stack trace. */
import { processIo, type CliIo } from './io.js'
import { packageVersion } from './options.js'
import { didYouMean } from '../util/did-you-mean.js'

/** The commands, for did-you-mean. */
const COMMANDS = ['build', 'check', 'preview', 'init', 'help']

const HELP = `Usage: dateline <command> [options]

Commands:
  build [ROOT]      build JSON-LD, head fragments, feeds, sitemaps and pages
  check [PATH...]   validate structured data (a site's sources, or built files)
  preview [PATH...] write an HTML report: search result, social cards, feed
                    item, JSON-LD and findings for each article
  init [DIR]        create a site: config, a sample article, authors

Options:
  -h, --help        show help (also: dateline <command> --help)
  -v, --version     show the version
`


/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv
  // Each command's modules are loaded when it runs: a check need not load the build's markdown pipeline.
  switch (command) {
    case 'build':
      return (await import('./build.js')).runBuild(rest, io)
    case 'check':
      return (await import('./check.js')).runCheck(rest, io)
    case 'preview':
      return (await import('./preview.js')).runPreview(rest, io)
    case 'init':
      return (await import('./init.js')).runInit(rest, io)
    case '-v':
    case '--version':
      io.stdout(`${packageVersion()}\n`)
      return 0
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout(HELP)
      return command === undefined ? 2 : 0
    default: {
      const match = command.startsWith('-') ? undefined : didYouMean(command, COMMANDS)
      io.stderr(`dateline: unknown command "${command}"${match ? `; did you mean "${match}"?` : ''}\nRun "dateline --help" for the commands.\n`)
      return 2
    }
  }
}

