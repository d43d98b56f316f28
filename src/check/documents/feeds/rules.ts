/**
 * Every feed rule, in the order of docs/rules.md and of SARIF's rule list.
 * Each is defined beside the check that raises it: what all feeds share in
 * this folder (urls.ts, content-html.ts, language.ts, plausible-date.ts,
 * ids.ts, self-link.ts, blank-value.ts, extensions.ts; well-formedness in
 * ../well-formed.ts), each format's in its folder (rss/, atom/, json-feed/)
 * or file (rss1.ts), by concern.
 */
import type { RuleMeta } from '../../../util/rule.js'
import { xmlNotWellFormed } from '../well-formed.js'
import { atomDuplicateElement } from './atom/duplicates.js'
import { atomInvalidDate } from './atom/dates.js'
import { atomInvalidId } from './atom/ids.js'
import { atomMissingElement } from './atom/required.js'
import { atomUndefinedElement } from './atom/undefined-elements.js'
import { atomInvalidIri } from './atom/urls.js'
import { atomInvalidValue } from './atom/values.js'
import { atomUnexpectedWhitespace } from './atom/whitespace.js'
import { feedBlankValue } from './blank-value.js'
import { feedRelativeUrlInContent, feedUnsafeHtml } from './content-html.js'
import { feedInvalidExtensionValue } from './extensions.js'
import { feedDuplicateId } from './ids.js'
import { jsonfeedInvalidDate } from './json-feed/dates.js'
import { jsonfeedMissingField } from './json-feed/required.js'
import { jsonfeedWrongType } from './json-feed/types.js'
import { jsonfeedUnknownField } from './json-feed/unknown-fields.js'
import { jsonfeedDeprecatedField, jsonfeedInvalidVersion } from './json-feed/version.js'
import { feedInvalidLanguage, feedUnknownLanguage } from './language.js'
import { feedImplausibleDate } from './plausible-date.js'
import { rssAuthorMissingName, rssAuthorNotEmail } from './rss/contacts.js'
import { rssDescriptionAfterContent } from './rss/content.js'
import { rssInvalidDate, rssProblematicDate } from './rss/dates.js'
import { rssDuplicateElement, rssDuplicateSemantics } from './rss/duplicates.js'
import { rssInvalidGuid, rssMissingGuid } from './rss/guid.js'
import { rssMissingElement } from './rss/required.js'
import { rssUndefinedElement } from './rss/undefined-elements.js'
import { rssInvalidValue } from './rss/values.js'
import { rss1ItemsMismatch, rss1MissingElement, rss1UndefinedElement } from './rss1.js'
import { feedMissingSelfLink } from './self-link.js'
import { feedRelativeUrl } from './urls.js'

export const FEED_RULES: readonly RuleMeta[] = [
  xmlNotWellFormed,
  feedRelativeUrl,
  feedRelativeUrlInContent,
  feedUnsafeHtml,
  feedMissingSelfLink,
  feedInvalidLanguage,
  feedUnknownLanguage,
  feedImplausibleDate,
  feedDuplicateId,
  rssMissingElement,
  rssUndefinedElement,
  rssInvalidDate,
  rssProblematicDate,
  rssDuplicateElement,
  rssMissingGuid,
  rssInvalidGuid,
  rssAuthorNotEmail,
  rssAuthorMissingName,
  rssDuplicateSemantics,
  rssDescriptionAfterContent,
  rssInvalidValue,
  atomMissingElement,
  atomUndefinedElement,
  atomInvalidDate,
  atomInvalidId,
  atomInvalidValue,
  atomDuplicateElement,
  jsonfeedMissingField,
  jsonfeedWrongType,
  jsonfeedInvalidVersion,
  jsonfeedInvalidDate,
  jsonfeedUnknownField,
  jsonfeedDeprecatedField,
  // These came later; they stay here so SARIF's rule list keeps its order.
  atomUnexpectedWhitespace,
  atomInvalidIri,
  feedBlankValue,
  feedInvalidExtensionValue,
  rss1MissingElement,
  rss1UndefinedElement,
  rss1ItemsMismatch,
]
