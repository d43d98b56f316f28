#!/usr/bin/env node
/** The executable: runs the CLI on this process and sets its exit code. */
import { main } from './main.js'
import { processIo } from './io.js'

const io = processIo()
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    io.stderr(`dateline: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`)
    process.exitCode = 2
  },
)
