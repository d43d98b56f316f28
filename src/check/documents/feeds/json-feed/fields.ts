/**
 * The fields of a JSON Feed, walked object by object: each field's kind says
 * which checks its value gets (the rules are defined beside those checks, in
 * this folder by concern), in the order of its findings.
 */
import type { ObjectNode, MemberNode, ValueNode } from '@humanwhocodes/momoa'
import type { Findings } from '../../findings.js'
import type { CheckOptions } from '../../options.js'
import { checkContentHtml } from '../content-html.js'
import { checkUniqueId } from '../ids.js'
import { checkLanguage } from '../language.js'
import { checkFeedUrl } from '../urls.js'
import { checkJsonFeedDate } from './dates.js'
import { at, keyOf } from './nodes.js'
import { checkAuthorFields, checkItemFields, checkRequiredFields } from './required.js'
import { checkIdType, expectType } from './types.js'
import { checkKnownField } from './unknown-fields.js'
import { checkDeprecatedAuthor } from './version.js'

type Kind = 'string' | 'url' | 'date' | 'language' | 'html' | 'boolean' | 'number' | 'authors' | 'author' | 'tags' | 'items' | 'attachments' | 'hubs' | 'id'
/** Field -> kind, by object (Maps: keys are the feed's, `constructor` included). */
type Fields = ReadonlyMap<string, Kind>

const fields = (table: Record<string, Kind>): Fields => new Map(Object.entries(table))

export const FEED_FIELDS = fields({
  version: 'string', title: 'string', home_page_url: 'url', feed_url: 'url', description: 'string',
  user_comment: 'string', next_url: 'url', icon: 'url', favicon: 'url', author: 'author', authors: 'authors',
  language: 'language', expired: 'boolean', hubs: 'hubs', items: 'items',
})
const ITEM_FIELDS = fields({
  id: 'id', url: 'url', external_url: 'url', title: 'string', content_html: 'html', content_text: 'string',
  summary: 'string', image: 'url', banner_image: 'url', date_published: 'date', date_modified: 'date',
  author: 'author', authors: 'authors', tags: 'tags', language: 'language', attachments: 'attachments',
})
const AUTHOR_FIELDS = fields({ name: 'string', url: 'url', avatar: 'url' })
const ATTACHMENT_FIELDS = fields({
  url: 'url', mime_type: 'string', title: 'string', size_in_bytes: 'number', duration_in_seconds: 'number',
})
const HUB_FIELDS = fields({ type: 'string', url: 'string' })

/** What the walk of one feed needs. */
export interface JsonFeedWalk {
  findings: Findings
  options: CheckOptions
  /** Item ids so far, with their lines. */
  ids: Map<string, number>
  /** The feed's `version`, if a string (1.1 deprecates `author`). */
  version: string | undefined
}

/** Check the members of `object` (named `where`) against `known`; returns them by name. */
export function checkObject(walk: JsonFeedWalk, object: ObjectNode, known: Fields, where: string): Map<string, MemberNode> {
  const members = new Map<string, MemberNode>()
  for (const member of object.members) {
    const key = keyOf(member)
    members.set(key, member)
    checkKnownField(walk.findings, member, key, known, where)
    const kind = known.get(key)
    if (kind !== undefined) checkValue(walk, member.value, kind, `"${key}" (${where})`)
  }
  return members
}

/** Check a field's value (named `what`) by its kind. */
function checkValue(walk: JsonFeedWalk, value: ValueNode, kind: Kind, what: string): void {
  const { findings } = walk
  switch (kind) {
    case 'string':
    case 'html':
    case 'url':
    case 'date':
    case 'language':
      if (!expectType(findings, value, 'String', what, 'a string')) return
      if (kind === 'url') checkFeedUrl(findings, at(value), what, value.value)
      if (kind === 'html') checkContentHtml(findings, at(value), what, value.value)
      if (kind === 'language') checkLanguage(findings, at(value), what, value.value)
      if (kind === 'date') checkJsonFeedDate(findings, value, what, walk.options)
      return
    case 'id':
      return checkIdType(findings, value, what)
    case 'boolean':
      expectType(findings, value, 'Boolean', what, 'true or false')
      return
    case 'number':
      expectType(findings, value, 'Number', what, 'a number')
      return
    case 'author':
      if (!expectType(findings, value, 'Object', what, 'an object')) return
      checkAuthor(walk, value, what)
      checkDeprecatedAuthor(findings, value, what, walk.version)
      return
    case 'authors':
      if (!expectType(findings, value, 'Array', what, 'an array of author objects')) return
      for (const element of value.elements) {
        if (expectType(findings, element.value, 'Object', `an entry of ${what}`, 'an author object')) checkAuthor(walk, element.value, `an entry of ${what}`)
      }
      return
    case 'tags':
      if (!expectType(findings, value, 'Array', what, 'an array of strings')) return
      for (const element of value.elements) expectType(findings, element.value, 'String', `a tag in ${what}`, 'a string')
      return
    case 'attachments':
      if (!expectType(findings, value, 'Array', what, 'an array of attachment objects')) return
      for (const element of value.elements) {
        if (!expectType(findings, element.value, 'Object', `an attachment in ${what}`, 'an object')) continue
        checkRequiredFields(findings, at(element.value), checkObject(walk, element.value, ATTACHMENT_FIELDS, 'an attachment'), 'an attachment')
      }
      return
    case 'hubs':
      if (!expectType(findings, value, 'Array', what, 'an array of hub objects')) return
      for (const element of value.elements) {
        if (!expectType(findings, element.value, 'Object', `a hub in ${what}`, 'an object')) continue
        checkRequiredFields(findings, at(element.value), checkObject(walk, element.value, HUB_FIELDS, 'a hub'), 'a hub')
      }
      return
    case 'items':
      if (!expectType(findings, value, 'Array', what, 'an array of item objects')) return
      for (const element of value.elements) {
        if (expectType(findings, element.value, 'Object', 'an item', 'an object')) checkItem(walk, element.value)
      }
      return
  }
}

function checkAuthor(walk: JsonFeedWalk, author: ObjectNode, what: string): void {
  checkAuthorFields(walk.findings, at(author), checkObject(walk, author, AUTHOR_FIELDS, 'an author'), what)
}

function checkItem(walk: JsonFeedWalk, item: ObjectNode): void {
  const members = checkObject(walk, item, ITEM_FIELDS, 'an item')
  checkItemFields(walk.findings, at(item), members)
  const id = members.get('id')?.value
  if (id?.type === 'String' || id?.type === 'Number') checkUniqueId(walk.findings, walk.ids, at(id), 'item id', String(id.value), 'item')
}
