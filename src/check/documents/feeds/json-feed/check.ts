/**
 * JSON Feed 1.1 (www.jsonfeed.org/version/1.1/): strict JSON (shared with the
 * JSON-LD layer), required fields, JSON types, RFC 3339 dates, absolute URLs
 * and unknown fields (extensions start with `_`). Each rule is defined beside
 * the check that raises it, in this folder by concern; `fields.ts` walks the
 * feed's objects.
 */
import type { DocumentNode } from '@humanwhocodes/momoa'
import type { Diagnostic } from '../../../../util/diagnostic.js'
import { Findings } from '../../findings.js'
import { parseJsonStrict } from '../../jsonld/json.js'
import type { CheckOptions } from '../../options.js'
import type { ParsedDocument } from '../../parsed.js'
import { checkJsonFeedSelfLink } from '../self-link.js'
import { checkObject, FEED_FIELDS } from './fields.js'
import { at } from './nodes.js'
import { checkRequiredFields } from './required.js'
import { checkFeedIsObject } from './types.js'
import { checkJsonFeedVersion } from './version.js'

/** Check a JSON Feed document (its parse shared through `parsed`, when given). */
export function checkJsonFeed(text: string, file: string, options: CheckOptions = {}, parsed?: ParsedDocument): Diagnostic[] {
  const findings = new Findings(file)
  const document: DocumentNode | undefined = parseJsonStrict(text, { line: 1, column: 1 }, findings, parsed)
  if (!document) return findings.diagnostics
  const body = document.body
  if (!checkFeedIsObject(findings, body)) return findings.sorted()
  const version = checkJsonFeedVersion(findings, body)
  const members = checkObject({ findings, options, ids: new Map(), version }, body, FEED_FIELDS, 'the feed')
  checkRequiredFields(findings, at(body), members, 'the feed')
  checkJsonFeedSelfLink(findings, at(body), members)
  return findings.sorted()
}
