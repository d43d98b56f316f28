/**
 * The one findings collector of check: every finding is raised with its rule
 * object (so "go to definition" at a report site leads to the rule) and
 * stamped with the rule's id and default severity.
 */
import type { Position } from '../../model/types.js'
import type { Diagnostic, Severity } from '../../util/diagnostic.js'
import type { RuleMeta } from '../../util/rule.js'
import { detached } from '../../util/detached.js'

/** One finding of `rule` in `file` at `at` (none: line 0, the whole file). */
export function finding(file: string, rule: RuleMeta, at: Position | undefined, message: string, severity: Severity = rule.severity): Diagnostic {
  // Findings outlive the file they are about: the message must not keep that file's text in memory.
  return { file, line: at?.line ?? 0, column: at?.column ?? 0, severity, message: detached(message), rule: rule.id }
}

/** Collects one file's findings. */
export class Findings {
  readonly diagnostics: Diagnostic[] = []

  constructor(readonly file: string) {}

  /** The findings in source order (line, then column; ties keep the order they were found in). */
  sorted(): Diagnostic[] {
    return this.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  }

  /** Report `message` under `rule` at `at` (line 0 = the whole file). */
  add(rule: RuleMeta, at: Position | undefined, message: string, severity: Severity = rule.severity): void {
    this.diagnostics.push(finding(this.file, rule, at, message, severity))
  }
}

/** `message` plus a did-you-mean hint (from `hint()`), as two sentences; `message` alone without one. */
export function withHint(message: string, hintText: string): string {
  return hintText ? `${message}.${hintText}` : message
}

/** How many outputs a site-mode message names before "and N more". */
const NAMED_OUTPUTS = 3

/** ` (in a, b and c)`, or ` (in 12 outputs: a, b, c and 9 more)`. */
export function outputsSuffix(outputs: readonly string[]): string {
  if (outputs.length <= NAMED_OUTPUTS) return ` (in ${listed(outputs)})`
  const shown = outputs.slice(0, NAMED_OUTPUTS).join(', ')
  return ` (in ${outputs.length.toLocaleString('en-US')} outputs: ${shown} and ${(outputs.length - NAMED_OUTPUTS).toLocaleString('en-US')} more)`
}

function listed(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The message without the list of outputs `mergeFindings` adds (what stays the same as articles come and go). */
export function messageWithoutOutputs(d: Pick<Diagnostic, 'message' | 'outputs'>): string {
  if (!d.outputs?.length) return d.message
  const suffix = outputsSuffix(d.outputs)
  return d.message.endsWith(suffix) ? d.message.slice(0, -suffix.length) : d.message
}
