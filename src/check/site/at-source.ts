/**
 * Site mode's findings at their source. Findings about what a build would
 * write are moved from the output (which need not exist on disk) to the
 * source line that caused them — frontmatter, authors registry, config — and
 * name the outputs they affect. One problem reaches several outputs (an
 * author is in the JSON-LD, the head fragment and the page of each of their
 * articles), so findings that share rule, source position and message are
 * merged into one that lists every output: in the result, so every report
 * format has them once.
 */
import type { ResolvedConfig } from '../../model/config.js'
import type { OutputPlan, PlannedFile } from '../../plan/plan.js'
import type { Diagnostic } from '../../util/diagnostic.js'
import type { ParsedDocument } from '../documents/parsed.js'
import { outputSources } from './output-source.js'
import { SourcePlaces } from './source-places.js'
import { outputsSuffix } from '../documents/findings.js'

/** How site mode shows paths: outputs (relative to the output folder) and sources (relative to the site root). */
export interface ShownPaths {
  output: (name: string) => string
  source: (file: string) => string
}

export class SourceMapper {
  private readonly places: SourcePlaces
  private readonly planned = new Map<string, PlannedFile>()

  constructor(
    private readonly config: ResolvedConfig,
    plan: OutputPlan,
    private readonly shown: ShownPaths,
  ) {
    this.places = new SourcePlaces(config)
    for (const file of plan.files) this.planned.set(file.path, file)
  }

  /** Findings on the output `name` (its parses and detected kind), each moved to its source and naming `name` as the output. */
  fromOutput(name: string, parsed: ParsedDocument, kind: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (diagnostics.length === 0) return []
    const refs = outputSources(this.planned.get(name), parsed, kind, diagnostics, this.config)
    const output = this.shown.output(name)
    return diagnostics.map((d, i) => {
      const { file, line, column } = this.places.place(refs[i]!)
      return { ...d, file: this.shown.source(file), line, column, outputs: [output] }
    })
  }
}

/**
 * Merge findings with the same rule, file, position and message into one,
 * whose `outputs` lists every output they came from (in order) and whose
 * message names them. Findings without outputs are kept as they are.
 */
export function mergeFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const merged = new Map<string, { d: Diagnostic & { outputs: string[] }; seen: Set<string> }>()
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    if (!d.outputs?.length) {
      out.push(d)
      continue
    }
    const key = `${d.rule}\0${d.file}\0${d.line}\0${d.column}\0${d.message}`
    const group = merged.get(key)
    if (group) {
      for (const output of d.outputs) {
        if (group.seen.has(output)) continue
        group.seen.add(output)
        group.d.outputs.push(output)
      }
      continue
    }
    const first = { ...d, outputs: [...new Set(d.outputs)] }
    merged.set(key, { d: first, seen: new Set(first.outputs) })
    out.push(first)
  }
  for (const { d } of merged.values()) d.message = `${d.message}${outputsSuffix(d.outputs)}`
  return out
}
