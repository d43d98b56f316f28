/**
 * JSON Feed 1.1 (www.jsonfeed.org/version/1.1/): strict JSON (shared with the
 * JSON-LD layer), required fields, JSON types, RFC 3339 dates, absolute URLs
 * and unknown fields (extensions start with `_`).
 */
import type { DocumentNode, MemberNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa'
import type { Diagnostic, Severity } from '../../../util/diagnostic.js'
import { hint } from '../../../util/did-you-mean.js'
import { checkRfc3339 } from '../formats.js'
import { Findings } from '../findings.js'
import { parseJsonStrict } from '../jsonld/json.js'
import type { ParsedDocument } from '../parsed.js'
import type { CheckOptions } from '../options.js'
import { checkContentHtml, checkFeedUrl, checkLanguage, checkPlausibleDate } from './common.js'
import {
  feedDuplicateId,
  feedMissingSelfLink,
} from './rules.js'
import type { Position } from '../../../model/types.js'
import { jsonfeedDeprecatedField, jsonfeedInvalidDate, jsonfeedInvalidVersion, jsonfeedMissingField, jsonfeedUnknownField, jsonfeedWrongType } from './json-feed-rules.js'

export const JSON_FEED_VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']

type Kind = 'string' | 'url' | 'date' | 'language' | 'html' | 'boolean' | 'number' | 'authors' | 'author' | 'tags' | 'items' | 'attachments' | 'hubs' | 'id'

const FEED_FIELDS: Record<string, Kind> = {
  version: 'string', title: 'string', home_page_url: 'url', feed_url: 'url', description: 'string',
  user_comment: 'string', next_url: 'url', icon: 'url', favicon: 'url', author: 'author', authors: 'authors',
  language: 'language', expired: 'boolean', hubs: 'hubs', items: 'items',
}
const ITEM_FIELDS: Record<string, Kind> = {
  id: 'id', url: 'url', external_url: 'url', title: 'string', content_html: 'html', content_text: 'string',
  summary: 'string', image: 'url', banner_image: 'url', date_published: 'date', date_modified: 'date',
  author: 'author', authors: 'authors', tags: 'tags', language: 'language', attachments: 'attachments',
}
const AUTHOR_FIELDS: Record<string, Kind> = { name: 'string', url: 'url', avatar: 'url' }
const ATTACHMENT_FIELDS: Record<string, Kind> = {
  url: 'url', mime_type: 'string', title: 'string', size_in_bytes: 'number', duration_in_seconds: 'number',
}
const HUB_FIELDS: Record<string, Kind> = { type: 'string', url: 'string' }

function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}

function at(node: { loc: { start: Position } }): Position {
  return { line: node.loc.start.line, column: node.loc.start.column }
}

function jsonType(value: ValueNode): string {
  switch (value.type) {
    case 'Object': return 'an object'
    case 'Array': return 'an array'
    case 'String': return 'a string'
    case 'Number': return 'a number'
    case 'Boolean': return 'a boolean'
    case 'Null': return 'null'
    default: return value.type
  }
}

/** Check a JSON Feed document (its parse shared through `parsed`, when given). */
export function checkJsonFeed(text: string, file: string, options: CheckOptions = {}, parsed?: ParsedDocument): Diagnostic[] {
  const findings = new Findings(file)
  const document: DocumentNode | undefined = parseJsonStrict(text, { line: 1, column: 1 }, findings, parsed)
  if (!document) return findings.diagnostics
  const ids = new Map<string, number>()
  let version: string | undefined

  const wrongType = (node: ValueNode, what: string, expected: string, severity?: Severity) =>
    findings.add(jsonfeedWrongType, at(node), `${what} must be ${expected}, not ${jsonType(node)}`, severity)

  /** Check the members of `object` against `fields`; returns them by name. */
  const checkObject = (object: ObjectNode, fields: Record<string, Kind>, where: string): Map<string, MemberNode> => {
    const members = new Map<string, MemberNode>()
    for (const member of object.members) {
      const key = keyOf(member)
      members.set(key, member)
      const kind = fields[key]
      if (kind === undefined) {
        if (!key.startsWith('_')) {
          findings.add(jsonfeedUnknownField, at(member.name), `"${key}" is not a JSON Feed 1.1 field of ${where}.${hint(key, Object.keys(fields))} Extension fields must start with "_".`)
        }
        continue
      }
      checkValue(member.value, kind, `"${key}" (${where})`)
    }
    return members
  }

  const checkValue = (value: ValueNode, kind: Kind, what: string) => {
    switch (kind) {
      case 'string':
      case 'html':
      case 'url':
      case 'date':
      case 'language':
        if (value.type !== 'String') return wrongType(value, what, 'a string')
        if (kind === 'url') checkFeedUrl(findings, at(value), what, value.value)
        if (kind === 'html') checkContentHtml(findings, at(value), what, value.value)
        if (kind === 'language') checkLanguage(findings, at(value), what, value.value)
        if (kind === 'date') {
          const result = checkRfc3339(value.value)
          if (!result.ok) findings.add(jsonfeedInvalidDate, at(value), `${what}: ${result.reason}`)
          else checkPlausibleDate(findings, at(value), `${what} "${value.value}"`, result.epochMs, options)
        }
        return
      case 'id':
        if (value.type === 'Number') return wrongType(value, what, 'a string (readers coerce a number, write "…")', 'warning')
        if (value.type !== 'String') return wrongType(value, what, 'a string')
        return
      case 'boolean':
        if (value.type !== 'Boolean') wrongType(value, what, 'true or false')
        return
      case 'number':
        if (value.type !== 'Number') wrongType(value, what, 'a number')
        return
      case 'author':
        if (value.type !== 'Object') return wrongType(value, what, 'an object')
        checkAuthor(value, what)
        if (version === JSON_FEED_VERSIONS[0]) {
          findings.add(jsonfeedDeprecatedField, at(value), `${what}: "author" is deprecated in JSON Feed 1.1; use "authors": [{ "name": … }]`)
        }
        return
      case 'authors':
        if (value.type !== 'Array') return wrongType(value, what, 'an array of author objects')
        for (const element of value.elements) {
          if (element.value.type !== 'Object') wrongType(element.value, `an entry of ${what}`, 'an author object')
          else checkAuthor(element.value, `an entry of ${what}`)
        }
        return
      case 'tags':
        if (value.type !== 'Array') return wrongType(value, what, 'an array of strings')
        for (const element of value.elements) {
          if (element.value.type !== 'String') wrongType(element.value, `a tag in ${what}`, 'a string')
        }
        return
      case 'attachments':
        if (value.type !== 'Array') return wrongType(value, what, 'an array of attachment objects')
        for (const element of value.elements) {
          if (element.value.type !== 'Object') {
            wrongType(element.value, `an attachment in ${what}`, 'an object')
            continue
          }
          const members = checkObject(element.value, ATTACHMENT_FIELDS, 'an attachment')
          for (const name of ['url', 'mime_type']) {
            if (!members.has(name)) findings.add(jsonfeedMissingField, at(element.value), `an attachment needs "${name}"`)
          }
        }
        return
      case 'hubs':
        if (value.type !== 'Array') return wrongType(value, what, 'an array of hub objects')
        for (const element of value.elements) {
          if (element.value.type !== 'Object') {
            wrongType(element.value, `a hub in ${what}`, 'an object')
            continue
          }
          const members = checkObject(element.value, HUB_FIELDS, 'a hub')
          for (const name of ['type', 'url']) {
            if (!members.has(name)) findings.add(jsonfeedMissingField, at(element.value), `a hub needs "${name}"`)
          }
        }
        return
      case 'items':
        if (value.type !== 'Array') return wrongType(value, what, 'an array of item objects')
        for (const element of value.elements) {
          if (element.value.type !== 'Object') wrongType(element.value, 'an item', 'an object')
          else checkItem(element.value)
        }
        return
    }
  }

  const checkAuthor = (author: ObjectNode, what: string) => {
    const members = checkObject(author, AUTHOR_FIELDS, 'an author')
    if (!['name', 'url', 'avatar'].some((name) => members.has(name))) {
      findings.add(jsonfeedMissingField, at(author), `${what}: an author needs at least one of "name", "url", "avatar"`)
    }
  }

  const checkItem = (item: ObjectNode) => {
    const members = checkObject(item, ITEM_FIELDS, 'an item')
    const id = members.get('id')
    if (!id) findings.add(jsonfeedMissingField, at(item), 'the item needs an "id" (unique and stable, such as its permalink)')
    else if (id.value.type === 'String' || id.value.type === 'Number') {
      const value = String(id.value.value)
      const first = ids.get(value)
      if (first !== undefined) findings.add(feedDuplicateId, at(id.value), `item id "${value}" is also used by the item on line ${first}`)
      else ids.set(value, id.value.loc.start.line)
    }
    if (!members.has('content_html') && !members.has('content_text')) {
      findings.add(jsonfeedMissingField, at(item), 'the item needs "content_html" or "content_text"')
    }
  }

  const body = document.body
  if (body.type !== 'Object') {
    findings.add(jsonfeedWrongType, at(body), `a JSON Feed is an object, not ${jsonType(body)}`)
    return findings.sorted()
  }
  const versionMember = body.members.find((member) => keyOf(member) === 'version')
  if (versionMember?.value.type === 'String') {
    version = versionMember.value.value
    if (!JSON_FEED_VERSIONS.includes(version)) {
      findings.add(jsonfeedInvalidVersion, at(versionMember.value), `"version" must be "${JSON_FEED_VERSIONS[0]}", not "${version}"`)
    }
  }
  const members = checkObject(body, FEED_FIELDS, 'the feed')
  for (const name of ['version', 'title', 'items']) {
    if (!members.has(name)) findings.add(jsonfeedMissingField, at(body), `the feed needs "${name}"`)
  }
  if (!members.has('feed_url')) {
    findings.add(feedMissingSelfLink, at(body), 'the feed has no "feed_url"; add its own URL, such as "https://example.com/feed.json"')
  }
  return findings.sorted()
}
