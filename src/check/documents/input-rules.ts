/** Rules about the input files themselves, before any format is checked. */
import { defineRule, type RuleMeta } from '../../util/rule.js'

/** Raised by `checkTask` (live/crawl.ts); `unknownKindFinding` (check-input.ts). */
export const checkUnknownKind = defineRule({
  id: 'check/unknown-kind',
  severity: 'error',
  helpUrl: 'https://www.npmjs.com/package/dateline-kit',
  description: 'A file (or URL) named on the command line is one of the formats dateline checks (HTML, JSON-LD, JSON Feed, RSS 2.0, Atom 1.0, sitemap, sitemap index, news sitemap). Files of other kinds found by walking a folder are skipped without a finding.',
  docs: {
    why: 'Kinds are detected by content; a file that is none of them (OPML, a web manifest, a JSON file without @context, binary data) is not checked at all, and a CI job that names it must not pass as if it had been.',
    fix: 'Leave the file out of the PATH list, or check that it is what you meant (a JSON-LD file needs "@context"; a JSON Feed needs its "version" URL).',
  },
})

/** Raised by `readForCheck`, `decodeUtf8` (read.ts). */
export const checkInvalidUtf8 = defineRule({
  id: 'check/invalid-utf8',
  severity: 'error',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3629',
  description: 'Files must be UTF-8 (sitemaps.org, JSON RFC 8259, HTML and feeds as served). A UTF-16 file is read as UTF-16, so its content is still checked, and reported.',
  docs: {
    why: 'A byte sequence that is not UTF-8 is either rejected (XML parsers stop) or turned into U+FFFD replacement characters, mangling names and titles.',
    fix: 'Save the file as UTF-8; convert legacy encodings (Windows-1252, Latin-1) with iconv.',
  },
})

export const INPUT_RULES: readonly RuleMeta[] = [checkUnknownKind, checkInvalidUtf8]
