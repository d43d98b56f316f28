import { createInterface } from 'node:readline/promises'

/** What a command needs from the process, passed in so commands can be run in tests. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: Record<string, string | undefined>
  /** Whether standard output and standard error are terminals (progress, colour, markers). Default: neither. */
  tty?: { stdout: boolean; stderr: boolean }
  /** Ask a question and read one line; only when a person is at a terminal (init asks for the config format). */
  prompt?: (question: string) => Promise<string>
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    tty: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    ...(process.stdin.isTTY && process.stdout.isTTY
      ? {
          prompt: async (question: string) => {
            const readline = createInterface({ input: process.stdin, output: process.stdout })
            try {
              return await readline.question(question)
            } finally {
              readline.close()
            }
          },
        }
      : {}),
  }
}
