/**
 * Every rule of site mode's source lint, in the order of docs/rules.md and of
 * SARIF's rule list: what loading a site (config, authors registry, content
 * folder, frontmatter) and copying public/ report with file:line:col. Each is
 * defined in src/load/ (or write/public.ts) beside the function that finds it,
 * since load may not import check.
 */
import type { RuleMeta } from '../../util/rule.js'
import { frontmatterInvalidDate, frontmatterMissingDate, frontmatterUpdatedBeforeDate } from '../../load/article-dates.js'
import { contentTooLarge, frontmatterMissing, frontmatterNotAMap } from '../../load/article-source.js'
import { frontmatterInvalidUrl } from '../../load/article-url.js'
import { frontmatterInvalid, frontmatterMissingTitle } from '../../load/article.js'
import { authorsInvalid } from '../../load/author-entries.js'
import { authorsUnreadable } from '../../load/authors.js'
import { frontmatterBidiControl } from '../../load/bidi.js'
import { configInvalid } from '../../load/config-schema.js'
import { contentDuplicateUrl } from '../../load/duplicates.js'
import { frontmatterCompoundAuthor, frontmatterInvalidAuthor, frontmatterInvalidCorrection, frontmatterInvalidImage, frontmatterInvalidType } from '../../load/fields.js'
import { frontmatterDateAsUtc } from '../../load/from-data.js'
import { frontmatterDuplicateKey, frontmatterUnknownKey } from '../../load/keys.js'
import { contentOutputCollision } from '../../load/output-collisions.js'
import { frontmatterInvalidPaywall, frontmatterUnusedPaywall } from '../../load/paywall.js'
import { contentInvalidUtf8, contentNoArticles, contentUnreadable } from '../../load/site.js'
import { frontmatterUnsafeSlug } from '../../load/slug.js'
import { tomlDuplicateKey, tomlSyntax } from '../../load/toml.js'
import { yamlDuplicateKey, yamlSyntax, yamlUnsupportedTag } from '../../load/yaml-tree.js'
import { yamlAliasBomb } from '../../load/yaml.js'
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
