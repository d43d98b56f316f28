/** The fields JSON Feed 1.1 requires, object by object. */
import type { Position } from '../../../../model/types.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'

const JSON_FEED_SPEC = 'https://www.jsonfeed.org/version/1.1/'

/** Raised by `checkRequiredFields`, `checkAuthorFields`, `checkItemFields` (required.ts). */
export const jsonfeedMissingField = defineRule({
  id: 'jsonfeed/missing-field',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed required fields: `version`, `title`, `items`; each item `id` and `content_html` or `content_text`; attachments `url` and `mime_type`; hubs `type` and `url`.',
  docs: {
    why: 'The JSON Feed 1.1 specification requires them; readers reject the feed or the item without them.',
    fix: 'Add the field the message names.',
  },
})

/** What must have which fields. */
const REQUIRED = {
  'the feed': ['version', 'title', 'items'],
  'an attachment': ['url', 'mime_type'],
  'a hub': ['type', 'url'],
} as const

/** Report each field `object` (the feed, an attachment or a hub, at `at`, with `members`) lacks. */
export function checkRequiredFields(findings: Findings, at: Position, members: ReadonlyMap<string, unknown>, object: keyof typeof REQUIRED): void {
  for (const name of REQUIRED[object]) {
    if (!members.has(name)) findings.add(jsonfeedMissingField, at, `${object} needs "${name}"`)
  }
}

/** An author (named `what`) needs at least one of name, url, avatar. */
export function checkAuthorFields(findings: Findings, at: Position, members: ReadonlyMap<string, unknown>, what: string): void {
  if (!['name', 'url', 'avatar'].some((name) => members.has(name))) {
    findings.add(jsonfeedMissingField, at, `${what}: an author needs at least one of "name", "url", "avatar"`)
  }
}

/** An item needs an id and its content as HTML or text. */
export function checkItemFields(findings: Findings, at: Position, members: ReadonlyMap<string, unknown>): void {
  if (!members.has('id')) findings.add(jsonfeedMissingField, at, 'the item needs an "id" (unique and stable, such as its permalink)')
  if (!members.has('content_html') && !members.has('content_text')) {
    findings.add(jsonfeedMissingField, at, 'the item needs "content_html" or "content_text"')
  }
}
