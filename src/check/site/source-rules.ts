/**
 * Rules of site mode's source lint: what loading a site (config, authors
 * registry, content folder) reports with file:line:col; the frontmatter
 * rules are in frontmatter-rules.ts. The checks live in src/load/, which
 * reports them by id (load may not import check); these files describe them
 * for SARIF and docs/rules.md (a test keeps the two in step).
 */
import { defineRule, type RuleMeta } from '../documents/rule.js'
import { frontmatterBidiControl, frontmatterCompoundAuthor, frontmatterDateAsUtc, frontmatterDuplicateKey, frontmatterInvalid, frontmatterInvalidAuthor, frontmatterInvalidCorrection, frontmatterInvalidDate, frontmatterInvalidImage, frontmatterInvalidPaywall, frontmatterInvalidType, frontmatterInvalidUrl, frontmatterMissing, frontmatterMissingDate, frontmatterMissingTitle, frontmatterNotAMap, frontmatterUnknownKey, frontmatterUnsafeSlug, frontmatterUnusedPaywall, frontmatterUpdatedBeforeDate } from './frontmatter-rules.js'

const PACKAGE = 'https://www.npmjs.com/package/dateline-kit'
const YAML = 'https://yaml.org/spec/1.2.2/'
const TOML = 'https://toml.io/en/v1.0.0'

/** Raised by `resolveConfig › fail` (../../load/config-schema.ts). */
export const configInvalid = defineRule({
  id: 'config/invalid',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'The site config (`dateline.config.*`) must have the documented shape: `site.url` an absolute http(s) URL, `site.name`, known keys only (with a did-you-mean hint), values of the right type.',
  docs: {
    why: 'Every output is derived from the config; a relative site URL or a misspelt key silently produces wrong URLs or ignored settings.',
    fix: 'Fix the key or value the message names; relative URLs (logo, images) may stay relative, they resolve against `site.url`.',
  },
})

/** Raised by `registryFromEntries` (../../load/author-entries.ts). */
export const authorsInvalid = defineRule({
  id: 'authors/invalid',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'The authors registry is a map of id -> `{ name, url, sameAs, image, jobTitle, type }` with `type` Person or Organization and absolute or site-relative URLs.',
  docs: {
    why: 'Authors feed JSON-LD, feeds and bylines; Google asks for each author\'s name and a `url` or `sameAs`.',
    fix: 'Fix the entry the message names.',
  },
})

/** Raised by `loadAuthorRegistry` (../../load/authors.ts). */
export const authorsUnreadable = defineRule({
  id: 'authors/unreadable',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'The authors registry file named in the config must exist and be readable.',
  docs: {
    why: 'Without it, author ids in frontmatter cannot be resolved.',
    fix: 'Check the `authors` path in the config (relative to the site root).',
  },
})

/** Raised by `walkYamlTree › walk` (../../load/yaml-tree.ts); `parseYaml`, `syntaxError` (../../load/yaml.ts). */
export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  severity: 'error',
  helpUrl: YAML,
  description: 'Frontmatter and YAML registries must be valid YAML.',
  docs: {
    why: 'A YAML error loses the whole frontmatter: title, dates and authors.',
    fix: 'Fix the YAML at the reported line and column (quote values that contain `: ` or start with `@`, `*`, `&`).',
  },
})

/** Raised by `walkYamlTree › walk` (../../load/yaml-tree.ts); `syntaxError` (../../load/yaml.ts). */
export const yamlDuplicateKey = defineRule({
  id: 'yaml/duplicate-key',
  severity: 'error',
  helpUrl: YAML,
  description: 'A YAML map must not repeat a key.',
  docs: {
    why: 'Which value wins depends on the parser; YAML 1.2 forbids duplicates.',
    fix: 'Keep one of the two keys.',
  },
})

/** Raised by `parseYaml` (../../load/yaml.ts). */
export const yamlAliasBomb = defineRule({
  id: 'yaml/alias-bomb',
  severity: 'error',
  helpUrl: YAML,
  description: 'YAML aliases must not expand into an enormous document ("billion laughs").',
  docs: {
    why: 'A few lines of nested aliases can expand to gigabytes and stall the build.',
    fix: 'Write the values out instead of nesting aliases.',
  },
})

/** Raised by `parseToml` (../../load/toml.ts). */
export const tomlSyntax = defineRule({
  id: 'toml/syntax',
  severity: 'error',
  helpUrl: TOML,
  description: 'TOML frontmatter (between `+++` lines, as Hugo and Zola write it) must be valid TOML 1.0.',
  docs: {
    why: 'A TOML error loses the whole frontmatter: title, dates and authors.',
    fix: 'Fix the TOML at the reported line and column (strings need quotes; dates are written bare: `date = 2023-10-11`).',
  },
})

/** Raised by `parseToml` (../../load/toml.ts). */
export const tomlDuplicateKey = defineRule({
  id: 'toml/duplicate-key',
  severity: 'error',
  helpUrl: TOML,
  description: 'A TOML table must not define a key twice.',
  docs: {
    why: 'TOML 1.0 forbids it; which value was meant is unknowable.',
    fix: 'Keep one of the two keys.',
  },
})

/** Raised by `loadContent` (../../load/site.ts). */
export const contentNoArticles = defineRule({
  id: 'content/no-articles',
  severity: 'warning',
  helpUrl: PACKAGE,
  description: 'A build finds at least one article under `content`.',
  docs: {
    why: 'A wrong `content` path builds an empty site without complaint: empty feeds, a sitemap with only the home page.',
    fix: 'Point `content` (relative to the site root, or absolute; `../posts` works) at the folder of your markdown files.',
  },
})

/** Raised by `readSource` (../../load/site.ts). */
export const contentUnreadable = defineRule({
  id: 'content/unreadable',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'Every article file under `content` must be readable.',
  docs: {
    why: 'An unreadable article would silently disappear from the site.',
    fix: 'Fix the file\'s permissions, or move it out of the content folder.',
  },
})

/** Raised by `utf8Text` (../../load/site.ts). */
export const contentInvalidUtf8 = defineRule({
  id: 'content/invalid-utf8',
  severity: 'error',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3629',
  description: 'Article files must be UTF-8.',
  docs: {
    why: 'Bytes that are not UTF-8 become replacement characters in titles and text, in every output.',
    fix: 'Save the file as UTF-8.',
  },
})

/** Raised by `duplicateUrls` (../../load/duplicates.ts). */
export const contentDuplicateUrl = defineRule({
  id: 'content/duplicate-url',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'Each article needs its own URL (the permalink pattern, or a page\'s own `url`/`permalink`, must tell them apart). Slugs may repeat when the URLs differ.',
  docs: {
    why: 'Two articles at one URL collide in feeds, sitemaps and pages.',
    fix: 'Give one of them another `slug:`, or add `{yyyy}`/`{mm}`/`{dd}` to the permalink.',
  },
})

/** Raised by `outputCollisions` (../../load/output-collisions.ts). */
export const contentOutputCollision = defineRule({
  id: 'content/output-collision',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'An article\'s URL path must not run into a file the build writes itself: a feed, a sitemap (or one of its `sitemap-N.xml` parts), `robots.txt`, the index page, or the `_dateline/` folder.',
  docs: {
    why: 'A page at `/feed.xml/` needs a folder where the feed file is: one of the two cannot be written, and a static host can serve only one of them.',
    fix: 'Choose another `slug:` (or section), or rename the output in the config.',
  },
})

/** Raised by ../../write/public.ts. */
export const publicNotCopied = defineRule({
  id: 'public/not-copied',
  severity: 'warning',
  helpUrl: PACKAGE,
  description: 'Every entry of `public/` is a file or folder inside the site: a symbolic link is copied as the file or folder it points to only when that lies inside the site root.',
  docs: {
    why: 'A link to `/etc/passwd` or `/etc` would publish the build machine\'s files; dangling links and loops cannot be copied; a copied link would point at a path of the build machine.',
    fix: 'Copy the file into the site, or point the link at a file inside the site root; remove dangling links and loops.',
  },
})

// Issue #8 item 7 and 10: limits and values the loader refuses or flags (README: "Limits").
/** Raised by `parseFrontmatter`, `articleTooLarge` (../../load/article.ts). */
export const contentTooLarge = defineRule({
  id: 'content/too-large',
  severity: 'error',
  helpUrl: PACKAGE,
  description: 'An article file is at most 10 MiB and its frontmatter at most 1 MiB; both are measured before anything is parsed.',
  docs: {
    why: 'Far larger files exhausted memory (a 100 MB article crashed V8) or time (a frontmatter of 100,000 keys took minutes); no real article comes near the limits.',
    fix: 'Split the article, or move large data (tables, embedded files) out of the markdown and the frontmatter.',
  },
})

/** Raised by `unsupportedTag` (../../load/yaml-tree.ts). */
export const yamlUnsupportedTag = defineRule({
  id: 'yaml/unsupported-tag',
  severity: 'error',
  helpUrl: YAML,
  description: 'YAML values are text, numbers, booleans, lists and maps; tags for other types (`!!binary`, `!!timestamp`, `!!set`, `!!omap`, `!!pairs`) are refused.',
  docs: {
    why: 'Such a value reaches the fields as bytes, a date object or an empty map, and would be reported as something it is not (or written as "[object Object]").',
    fix: 'Remove the tag and write the value as text (dates as `2023-10-11T09:30:00`).',
  },
})

/** Every rule of the source lint, in the order docs/rules.md lists them. */
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
