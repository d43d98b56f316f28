/**
 * Bidirectional controls in text fields: U+202A–U+202E (embeddings and
 * overrides) and U+2066–U+2069 (isolates), the set of the Trojan Source
 * paper (CVE-2021-42574). They are invisible and reorder how the text around
 * them is shown, so a title can display something other than what it says.
 * They stay in the outputs (some right-to-left text needs them): a warning
 * names the field. U+200E/U+200F (LRM/RLM) are left alone: they are marks
 * that Arabic and Hebrew text uses routinely, and cannot reverse a run of text.
 */
import type { Position } from '../model/types.js'
import { type RuleMeta } from '../util/rule.js'
import { frontmatterBidiControl } from './frontmatter-rules.js'

const NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)` for the first bidi control in `text`, or undefined. */
export function bidiControlIn(text: string): string | undefined {
  const found = BIDI_CONTROL.exec(text)?.[0]
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase()} (${NAMES[found]})`
}

/** The warning's text for a field (`title`, `authors.0.name`) holding `control`. */
function bidiControlMessage(field: string, control: string): string {
  return `${field} contains ${control}, an invisible control that reorders how the text is displayed, so it can show something other than what it says (kept in the outputs): remove it unless the text needs it`
}

/**
 * Every string inside `value` (a field's value: text, a list, an object such
 * as an author or image) that holds a bidi control, with its sub-path
 * (`''` for the value itself, `0.name` for a list's first object's name).
 */
export function bidiControls(value: unknown, path = ''): { path: string; control: string }[] {
  if (typeof value === 'string') {
    const control = bidiControlIn(value)
    return control ? [{ path, control }] : []
  }
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => bidiControls(child, path ? `${path}.${key}` : key))
}

/** Where a bidi control is reported: its position, the message, the rule. */
export type BidiWarning = (at: Position, message: string, rule: RuleMeta) => void

/**
 * Report a warning for each bidi control inside `value`; `name` and `at` give
 * the field's name and position for a sub-path (`''` for the value itself).
 */
export function reportBidiControlsIn(value: unknown, name: (path: string) => string, at: (path: string) => Position, warn: BidiWarning): void {
  for (const { path, control } of bidiControls(value)) warn(at(path), bidiControlMessage(name(path), control), frontmatterBidiControl)
}

/** Report a warning for each bidi control in the mapped frontmatter `fields`. */
export function reportBidiControls(fields: Record<string, unknown>, written: Record<string, string>, pos: (key: string, sub?: string) => Position, warn: BidiWarning): void {
  for (const [key, value] of Object.entries(fields)) {
    reportBidiControlsIn(value, (path) => `${written[key] ?? key}${path ? `.${path}` : ''}`, (path) => pos(key, path), warn)
  }
}
