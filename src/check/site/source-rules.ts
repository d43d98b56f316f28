/**
 * Every rule of site mode's source lint, in the order of docs/rules.md and of
 * SARIF's rule list: what loading a site (config, authors registry, content
 * folder, frontmatter) and copying public/ report with file:line:col. They are
 * defined in load/source-rules.ts and load/frontmatter-rules.ts (and
 * write/public.ts), since load may not import check.
 */
import type { RuleMeta } from '../../util/rule.js'
import { frontmatterBidiControl, frontmatterCompoundAuthor, frontmatterDateAsUtc, frontmatterDuplicateKey, frontmatterInvalid, frontmatterInvalidAuthor, frontmatterInvalidCorrection, frontmatterInvalidDate, frontmatterInvalidImage, frontmatterInvalidPaywall, frontmatterInvalidType, frontmatterInvalidUrl, frontmatterMissing, frontmatterMissingDate, frontmatterMissingTitle, frontmatterNotAMap, frontmatterUnknownKey, frontmatterUnsafeSlug, frontmatterUnusedPaywall, frontmatterUpdatedBeforeDate } from '../../load/frontmatter-rules.js'
import { authorsInvalid, authorsUnreadable, configInvalid, contentDuplicateUrl, contentInvalidUtf8, contentNoArticles, contentOutputCollision, contentTooLarge, contentUnreadable, tomlDuplicateKey, tomlSyntax, yamlAliasBomb, yamlDuplicateKey, yamlSyntax, yamlUnsupportedTag } from '../../load/source-rules.js'
import { publicNotCopied } from '../../write/public.js'

export const SOURCE_RULES: readonly RuleMeta[] = [
  configInvalid,
  authorsInvalid,
  authorsUnreadable,
  yamlSyntax,
  yamlDuplicateKey,
  yamlAliasBomb,
  tomlSyntax,
  tomlDuplicateKey,
  contentNoArticles,
  contentUnreadable,
  contentInvalidUtf8,
  contentDuplicateUrl,
  contentOutputCollision,
  publicNotCopied,
  frontmatterMissing,
  frontmatterNotAMap,
  frontmatterUnknownKey,
  frontmatterDateAsUtc,
  frontmatterDuplicateKey,
  frontmatterInvalid,
  frontmatterMissingTitle,
  frontmatterMissingDate,
  frontmatterInvalidDate,
  frontmatterUpdatedBeforeDate,
  frontmatterUnsafeSlug,
  frontmatterInvalidUrl,
  frontmatterInvalidPaywall,
  frontmatterUnusedPaywall,
  frontmatterInvalidType,
  frontmatterInvalidAuthor,
  frontmatterCompoundAuthor,
  frontmatterInvalidImage,
  frontmatterInvalidCorrection,
  contentTooLarge,
  yamlUnsupportedTag,
  frontmatterBidiControl,
]
