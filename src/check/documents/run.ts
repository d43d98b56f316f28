/**
 * `dateline check` on documents: detect each file's kind by content and run
 * the checker for it. `checkDocument` is pure (text in, diagnostics out);
 * `checkFiles` adds the file-system edge (reading, UTF-8, gzip).
 */
import { DatelineError, type Diagnostic } from '../../util/diagnostic.js'
import { detectKind, KIND_NAMES, type DocumentKind } from './detect.js'
import { checkAtom } from './feeds/atom/check.js'
import { checkJsonFeed } from './feeds/json-feed/check.js'
import { checkRss } from './feeds/rss/check.js'
import { checkUnknownKind } from './input-rules.js'
import { resolveInputs } from './inputs.js'
import { checkHtml, checkJsonLdText } from './jsonld/index.js'
import type { CheckOptions } from './options.js'
import type { ParsedDocument } from './parsed.js'
import { readForCheck } from './read.js'
import { ReadAhead } from './read-ahead.js'
import { readInputFile } from './read-file.js'
import { selectFindings } from './rule-selection.js'
import { checkSitemap } from './sitemaps/check.js'

export type { CheckOptions } from './options.js'
export type { DocumentKind } from './detect.js'

/** One checked file and what it was taken for. */
export interface CheckedFile {
  file: string
  kind: DocumentKind
}

export interface CheckResult {
  /** Every finding, ordered by file, line, column. */
  diagnostics: Diagnostic[]
  /** Every file looked at (folder walks included), in report order. */
  files: CheckedFile[]
}

export interface CheckFilesOptions extends CheckOptions {
  /** Folder that relative PATHs and globs start from, and reports are relative to. Default: `process.cwd()`. */
  cwd?: string
  /** Called before each file (for a progress line). */
  onProgress?: (phase: string, done: number, total: number) => void
}

/** Run the checker for a document of a known kind; `parsed` shares its parses with other readers of the same text (site mode). */
export function checkDocumentAs(kind: DocumentKind, text: string, file: string, options: CheckOptions = {}, bytes?: number, parsed?: ParsedDocument): Diagnostic[] {
  switch (kind) {
    case 'html':
      return checkHtml(text, file, options, parsed)
    case 'jsonld':
      return checkJsonLdText(text, file, options, parsed)
    case 'json-feed':
      return checkJsonFeed(text, file, options, parsed)
    case 'rss':
      return checkRss(text, file, options)
    case 'atom':
      return checkAtom(text, file, options)
    case 'sitemap':
    case 'sitemap-index':
    case 'news-sitemap':
      return checkSitemap(text, file, options, bytes === undefined ? {} : { bytes })
    case 'unknown':
      return []
  }
}

/** Check one document, its kind detected from `text` (and `file`'s extension where content cannot tell). */
export function checkDocument(text: string, file: string, options: CheckOptions = {}): Diagnostic[] {
  return checkDocumentAs(detectKind(text, file), text, file, options)
}

/** The error for a file named explicitly that is none of the kinds dateline checks. */
function unknownKindFinding(file: string, text: string): Diagnostic {
  const kinds = Object.values(KIND_NAMES).filter((name) => name !== 'unknown').join(', ')
  // A NUL in the first few KB: binary data (an image, a PDF, an archive), as git tells binary from text.
  const binary = text.slice(0, 8000).includes('\u0000')
  return { file, line: 0, column: 0, severity: checkUnknownKind.severity, rule: checkUnknownKind.id, message: `not checked: ${binary ? 'binary data, ' : ''}none of ${kinds}` }
}

/** Order findings by file, line, column (stable for equal positions). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
}

/**
 * Check files, folders and globs. Paths that name nothing or cannot be read
 * throw a `DatelineError` with exit code 2 (SPEC §5: unreadable input).
 */
export async function checkFiles(paths: readonly string[], options: CheckFilesOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const { files, problems } = await resolveInputs(paths, cwd)
  if (problems.length) throw new DatelineError(problems.join('\n'), 2)
  const diagnostics: Diagnostic[] = []
  const checked: CheckedFile[] = []
  // Files are read ahead on another thread while these are checked; without it, each is read here.
  const ahead = ReadAhead.for(files.map((input) => input.absolute))
  try {
    for (const [index, input] of files.entries()) {
      options.onProgress?.('checking files', index, files.length)
      // Synchronous on purpose (when not read ahead): checking is CPU-bound and thousands of small awaited reads left the core idle.
      const taken = ahead?.take(index)
      const bytes = taken instanceof Promise ? await taken : taken
      const file = bytes ? { ok: true as const, bytes } : readInputFile(input.absolute, input.display)
      const read = file.ok ? readForCheck(file.bytes, input.display) : file
      if (!read.ok) {
        checked.push({ file: input.display, kind: read.kind })
        diagnostics.push(read.finding)
        continue
      }
      const { kind, text } = read
      if (kind === 'unknown') {
        // Named on the command line, a file that is none of the kinds must fail the check, not pass silently;
        // found by walking a folder, it is one of the site's other files (a manifest, OPML, a UTF-16 export) and is skipped.
        if (input.explicit) {
          diagnostics.push(read.utf16 ? read.diagnostics[0]! : unknownKindFinding(input.display, text))
          checked.push({ file: input.display, kind })
        }
        continue
      }
      checked.push({ file: input.display, kind })
      diagnostics.push(...read.diagnostics)
      diagnostics.push(...checkDocumentAs(kind, text, input.display, options, read.bytes))
    }
  } finally {
    ahead?.close()
  }
  return { diagnostics: sortDiagnostics(selectFindings(diagnostics, { rules: options.rules ?? {} })), files: checked }
}
