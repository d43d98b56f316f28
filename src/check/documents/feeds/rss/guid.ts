/** RSS item identity: every `<item>` has a `<guid>`, a permalink unless it says otherwise, used by no other item. */
import { checkAbsoluteUrl } from '../../formats.js'
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import type { XmlElement } from '../../xml-tree.js'
import { checkNotBlank } from '../blank-value.js'
import { checkUniqueId } from '../ids.js'
import { W3C } from '../w3c.js'
import { childText } from './children.js'
import { checkIsPermaLink } from './values.js'

/** Raised by `checkRssGuid` (guid.ts). */
export const rssMissingGuid = defineRule({
  id: 'rss/missing-guid',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingGuid.html`,
  description: 'Each RSS item should have a `guid` (W3C: MissingGuid; Google News requires one).',
  docs: {
    why: 'Without a guid, readers guess identity from title or link and show edited items twice; Google News Publisher Center requires `<guid>`.',
    fix: 'Add `<guid>` with the item\'s permalink, or a stable id with `isPermaLink="false"`.',
  },
})

/** Raised by `checkRssGuid` (guid.ts). */
export const rssInvalidGuid = defineRule({
  id: 'rss/invalid-guid',
  severity: 'error',
  helpUrl: `${W3C}/error/InvalidHttpGUID.html`,
  description: 'A `guid` is a permalink unless `isPermaLink="false"`, so it must then be an absolute URL; `isPermaLink` is `true` or `false` (W3C: InvalidHttpGUID, InvalidPermalink).',
  docs: {
    why: 'Readers open a permalink guid as the item\'s link; a bare id such as `post-42` becomes a broken link.',
    fix: 'Add `isPermaLink="false"` to guids that are not URLs, or use the absolute permalink.',
  },
})

/** Check the `<guid>` of `item`; `guids` holds the feed's guids so far, with their lines. */
export function checkRssGuid(findings: Findings, item: XmlElement, guids: Map<string, number>): void {
  const guid = childText(item, 'guid')
  if (!guid) {
    findings.add(rssMissingGuid, item, '<item> has no <guid>; add the permalink, or a stable id with isPermaLink="false"')
    return
  }
  checkNotBlank(findings, guid.element, '<guid>')
  if (checkIsPermaLink(findings, guid.element) !== 'false') {
    const result = checkAbsoluteUrl(guid.value)
    if (!result.ok && result.kind !== 'unencoded') {
      findings.add(rssInvalidGuid, guid.element, `<guid> "${guid.value}" is a permalink (isPermaLink defaults to true) but not an absolute URL; add isPermaLink="false" or use the article URL`)
    }
  }
  if (guid.value !== '') checkUniqueId(findings, guids, guid.element, '<guid>', guid.value, 'item')
}
