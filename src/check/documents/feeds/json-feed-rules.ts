/** Rules of JSON Feed 1.1 (the feed layer's rules for XML feeds are in rules.ts). */
import type { RuleMeta } from '../rule.js'

const JSON_FEED_SPEC = 'https://www.jsonfeed.org/version/1.1/'

export const jsonFeedMissingField: RuleMeta = {
  id: 'jsonfeed/missing-field',
  description: 'JSON Feed required fields: `version`, `title`, `items`; each item `id` and `content_html` or `content_text`; attachments `url` and `mime_type`; hubs `type` and `url`.',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  docs: {
    why: 'The JSON Feed 1.1 specification requires them; readers reject the feed or the item without them.',
    fix: 'Add the field the message names.',
  },
}

export const jsonFeedWrongType: RuleMeta = {
  id: 'jsonfeed/wrong-type',
  description: 'JSON Feed fields have fixed JSON types: strings for text and URLs, arrays for `items`, `authors`, `tags`, `attachments`, `hubs`, a boolean `expired`, numbers for sizes.',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  docs: {
    why: 'Readers read fields by type; a number id, a string `tags` or an object `items` breaks them (a number id must be coerced, so it is only a warning).',
    fix: 'Write the value with the JSON type the message names.',
  },
}

export const jsonFeedInvalidVersion: RuleMeta = {
  id: 'jsonfeed/invalid-version',
  description: 'JSON Feed `version` must be `https://jsonfeed.org/version/1.1` (or `/1`).',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  docs: {
    why: 'Readers recognise a JSON Feed by its version URL.',
    fix: 'Write `"version": "https://jsonfeed.org/version/1.1"`.',
  },
}

export const jsonFeedInvalidDate: RuleMeta = {
  id: 'jsonfeed/invalid-date',
  description: 'JSON Feed `date_published` and `date_modified` must be RFC 3339 date-times with a time zone.',
  severity: 'error',
  helpUrl: JSON_FEED_SPEC,
  docs: {
    why: 'The specification requires RFC 3339; readers sort by these dates.',
    fix: 'Write `2023-10-11T09:30:00+07:00`.',
  },
}

export const jsonFeedUnknownField: RuleMeta = {
  id: 'jsonfeed/unknown-field',
  description: 'Fields JSON Feed 1.1 does not define must start with `_` (extensions); others are typos or leftovers.',
  severity: 'warning',
  helpUrl: `${JSON_FEED_SPEC}#extensions-a-name-extensions-a`,
  docs: {
    why: 'Readers ignore unknown fields, so a misspelt `content_htm` silently loses the article body.',
    fix: 'Use the field the message suggests, or prefix your own fields with `_` (`_dateline`).',
  },
}

export const jsonFeedDeprecatedField: RuleMeta = {
  id: 'jsonfeed/deprecated-field',
  description: 'JSON Feed 1.1 deprecates `author` in favour of the `authors` array.',
  severity: 'warning',
  helpUrl: JSON_FEED_SPEC,
  docs: {
    why: 'Version 1.1 readers look for `authors`; `author` holds one person only.',
    fix: 'Write `"authors": [{ "name": "…", "url": "…" }]` (you may keep `author` for 1.0 readers).',
  },
}
