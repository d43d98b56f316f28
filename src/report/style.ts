/**
 * How the terminal output looks: colours through `node:util` `styleText`,
 * decided once per stream from NO_COLOR, FORCE_COLOR and whether the stream
 * is a terminal; Unicode markers on a terminal, plain ASCII otherwise (logs,
 * pipes, CI files). Colour is never left to `styleText` itself: on Node 20
 * an array of formats emits escapes even with NO_COLOR and a pipe.
 */
import { styleText } from 'node:util'

export type Tone = 'error' | 'warning' | 'info' | 'ok' | 'dim'

export interface TerminalStyle {
  /** Whether escapes are written at all. */
  readonly color: boolean
  /** Colour `text` for `tone` (unchanged when colour is off). */
  paint(tone: Tone, text: string): string
  /** The marker for `tone`: `✖ ⚠ ℹ ✔` on a terminal, `x ! i ok` otherwise. */
  mark(tone: Exclude<Tone, 'dim'>): string
}

// One format each: arrays are what Node 20 colours unconditionally.
const FORMAT = { error: 'red', warning: 'yellow', info: 'blue', ok: 'green', dim: 'gray' } as const
const UNICODE = { error: '✖', warning: '⚠', info: 'ℹ', ok: '✔' } as const
const ASCII = { error: 'x', warning: '!', info: 'i', ok: 'ok' } as const

/**
 * Whether to colour a stream: NO_COLOR (any non-empty value) never,
 * FORCE_COLOR `0`/`false` never, any other FORCE_COLOR always, else only a
 * terminal (and not TERM=dumb). See https://no-color.org and https://force-color.org.
 */
export function shouldColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  return isTTY && env.TERM !== 'dumb'
}

/** The style for a stream. */
export function terminalStyle(env: Record<string, string | undefined>, isTTY: boolean): TerminalStyle {
  const color = shouldColor(env, isTTY)
  const marks = isTTY ? UNICODE : ASCII
  return {
    color,
    paint: (tone, text) => (color ? styleText(FORMAT[tone], text, { validateStream: false }) : text),
    mark: (tone) => (color ? styleText(FORMAT[tone], marks[tone], { validateStream: false }) : marks[tone]),
  }
}

/** No colour, ASCII markers: for files and tests. */
export const PLAIN_STYLE: TerminalStyle = terminalStyle({ NO_COLOR: '1' }, false)
