/** JSON Feed versions: the version URL, and what version 1.1 deprecates. */
import type { ObjectNode, ValueNode } from '@humanwhocodes/momoa'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { at, keyOf } from './nodes.js'

const JSON_FEED_SPEC = 'https://www.jsonfeed.org/version/1.1/'

/** The version URLs readers recognise, the current one first. */
export const JSON_FEED_VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']

/** Raised by `checkJsonFeedVersion` (version.ts). */
export const jsonfeedInvalidVersion = defineRule({
  id: 'jsonfeed/invalid-version',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed `version` must be `https://jsonfeed.org/version/1.1` (or `/1`).',
  docs: {
    why: 'Readers recognise a JSON Feed by its version URL.',
    fix: 'Write `"version": "https://jsonfeed.org/version/1.1"`.',
  },
})

/** Raised by `checkDeprecatedAuthor` (version.ts). */
export const jsonfeedDeprecatedField = defineRule({
  id: 'jsonfeed/deprecated-field',
  severity: 'warning',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed 1.1 deprecates `author` in favour of the `authors` array.',
  docs: {
    why: 'Version 1.1 readers look for `authors`; `author` holds one person only.',
    fix: 'Write `"authors": [{ "name": "…", "url": "…" }]` (you may keep `author` for 1.0 readers).',
  },
})

/** The feed's `version` when it is a string, reported unless it is a known version URL. */
export function checkJsonFeedVersion(findings: Findings, feed: ObjectNode): string | undefined {
  const member = feed.members.find((m) => keyOf(m) === 'version')
  if (member?.value.type !== 'String') return undefined
  const version = member.value.value
  if (!JSON_FEED_VERSIONS.includes(version)) {
    findings.add(jsonfeedInvalidVersion, at(member.value), `"version" must be "${JSON_FEED_VERSIONS[0]}", not "${version}"`)
  }
  return version
}

/** In a version 1.1 feed, report an `author` field (named `what`), which 1.1 replaced with `authors`. */
export function checkDeprecatedAuthor(findings: Findings, value: ValueNode, what: string, version: string | undefined): void {
  if (version === JSON_FEED_VERSIONS[0]) {
    findings.add(jsonfeedDeprecatedField, at(value), `${what}: "author" is deprecated in JSON Feed 1.1; use "authors": [{ "name": … }]`)
  }
}
