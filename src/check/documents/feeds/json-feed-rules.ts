/** Rules of JSON Feed 1.1 (the feed layer's rules for XML feeds are in rules.ts). */
import { defineRule, type RuleMeta } from '../rule.js'

const JSON_FEED_SPEC = 'https://www.jsonfeed.org/version/1.1/'

/** Raised by `checkJsonFeed › checkValue`, `checkJsonFeed › checkAuthor`, `checkJsonFeed › checkItem`, `checkJsonFeed` (json-feed.ts). */
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

/** Raised by `checkJsonFeed › wrongType`, `checkJsonFeed` (json-feed.ts). */
export const jsonfeedWrongType = defineRule({
  id: 'jsonfeed/wrong-type',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed fields have fixed JSON types: strings for text and URLs, arrays for `items`, `authors`, `tags`, `attachments`, `hubs`, a boolean `expired`, numbers for sizes.',
  docs: {
    why: 'Readers read fields by type; a number id, a string `tags` or an object `items` breaks them (a number id must be coerced, so it is only a warning).',
    fix: 'Write the value with the JSON type the message names.',
  },
})

/** Raised by `checkJsonFeed` (json-feed.ts). */
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

/** Raised by `checkJsonFeed › checkValue` (json-feed.ts). */
export const jsonfeedInvalidDate = defineRule({
  id: 'jsonfeed/invalid-date',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  description: 'JSON Feed `date_published` and `date_modified` must be RFC 3339 date-times with a time zone.',
  docs: {
    why: 'The specification requires RFC 3339; readers sort by these dates.',
    fix: 'Write `2023-10-11T09:30:00+07:00`.',
  },
})

/** Raised by `checkJsonFeed › checkObject` (json-feed.ts). */
export const jsonfeedUnknownField = defineRule({
  id: 'jsonfeed/unknown-field',
  severity: 'warning',
  helpUrl: `${JSON_FEED_SPEC}#extensions-a-name-extensions-a`,
  description: 'Fields JSON Feed 1.1 does not define must start with `_` (extensions); others are typos or leftovers.',
  docs: {
    why: 'Readers ignore unknown fields, so a misspelt `content_htm` silently loses the article body.',
    fix: 'Use the field the message suggests, or prefix your own fields with `_` (`_dateline`).',
  },
})

/** Raised by `checkJsonFeed › checkValue` (json-feed.ts). */
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

export const JSON_FEED_RULES: readonly RuleMeta[] = [
  jsonfeedMissingField,
  jsonfeedWrongType,
  jsonfeedInvalidVersion,
  jsonfeedInvalidDate,
  jsonfeedUnknownField,
  jsonfeedDeprecatedField,
]
