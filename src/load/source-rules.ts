/**
 * Rules of the loader's source lint (site mode and the build): the config,
 * the authors registry, YAML, TOML and the content folder; the frontmatter
 * rules are in frontmatter-rules.ts. Each "Raised by" names the function that
 * finds it. They are kept apart from those functions, in two light modules,
 * because the rule registry (and so every `dateline check`) imports them, and
 * the loader's modules pull in the YAML, TOML and markdown parsers.
 */
import { defineRule, PACKAGE_URL } from '../util/rule.js'

/** The YAML specification, which the YAML rules cite. */
const YAML_SPEC = 'https://yaml.org/spec/1.2.2/'
const TOML = 'https://toml.io/en/v1.0.0'

/** Raised by `resolveConfig › fail` (config-schema.ts). */
export const configInvalid = defineRule({
  id: 'config/invalid',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'The site config (`dateline.config.*`) must have the documented shape: `site.url` an absolute http(s) URL, `site.name`, known keys only (with a did-you-mean hint), values of the right type.',
  docs: {
    why: 'Every output is derived from the config; a relative site URL or a misspelt key silently produces wrong URLs or ignored settings.',
    fix: 'Fix the key or value the message names; relative URLs (logo, images) may stay relative, they resolve against `site.url`.',
  },
})

/** Raised by `registryFromEntries` (author-entries.ts). */
export const authorsInvalid = defineRule({
  id: 'authors/invalid',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'The authors registry is a map of id -> `{ name, url, sameAs, image, jobTitle, type }` with `type` Person or Organization and absolute or site-relative URLs.',
  docs: {
    why: 'Authors feed JSON-LD, feeds and bylines; Google asks for each author\'s name and a `url` or `sameAs`.',
    fix: 'Fix the entry the message names.',
  },
})

/** Raised by `loadAuthorRegistry` (authors.ts). */
export const authorsUnreadable = defineRule({
  id: 'authors/unreadable',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'The authors registry file named in the config must exist and be readable.',
  docs: {
    why: 'Without it, author ids in frontmatter cannot be resolved.',
    fix: 'Check the `authors` path in the config (relative to the site root).',
  },
})

/** Raised by `walkYamlTree › walk` (yaml-tree.ts); `parseYaml`, `syntaxError` (yaml.ts). */
export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  severity: 'error',
  helpUrl: YAML_SPEC,
  description: 'Frontmatter and YAML registries must be valid YAML.',
  docs: {
    why: 'A YAML error loses the whole frontmatter: title, dates and authors.',
    fix: 'Fix the YAML at the reported line and column (quote values that contain `: ` or start with `@`, `*`, `&`).',
  },
})

/** Raised by `walkYamlTree › walk` (yaml-tree.ts); `syntaxError` (yaml.ts). */
export const yamlDuplicateKey = defineRule({
  id: 'yaml/duplicate-key',
  severity: 'error',
  helpUrl: YAML_SPEC,
  description: 'A YAML map must not repeat a key.',
  docs: {
    why: 'Which value wins depends on the parser; YAML 1.2 forbids duplicates.',
    fix: 'Keep one of the two keys.',
  },
})

/** Raised by `parseYaml` (yaml.ts). */
export const yamlAliasBomb = defineRule({
  id: 'yaml/alias-bomb',
  severity: 'error',
  helpUrl: YAML_SPEC,
  description: 'YAML aliases must not expand into an enormous document ("billion laughs").',
  docs: {
    why: 'A few lines of nested aliases can expand to gigabytes and stall the build.',
    fix: 'Write the values out instead of nesting aliases.',
  },
})

/** Raised by `parseToml` (toml.ts). */
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

/** Raised by `parseToml` (toml.ts). */
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

/** Raised by `loadContent` (site.ts). */
export const contentNoArticles = defineRule({
  id: 'content/no-articles',
  severity: 'warning',
  helpUrl: PACKAGE_URL,
  description: 'A build finds at least one article under `content`.',
  docs: {
    why: 'A wrong `content` path builds an empty site without complaint: empty feeds, a sitemap with only the home page.',
    fix: 'Point `content` (relative to the site root, or absolute; `../posts` works) at the folder of your markdown files.',
  },
})

/** Raised by `readSource` (site.ts). */
export const contentUnreadable = defineRule({
  id: 'content/unreadable',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'Every article file under `content` must be readable.',
  docs: {
    why: 'An unreadable article would silently disappear from the site.',
    fix: 'Fix the file\'s permissions, or move it out of the content folder.',
  },
})

/** Raised by `isUtf8` (site.ts). */
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

/** Raised by `duplicateUrls` (duplicates.ts). */
export const contentDuplicateUrl = defineRule({
  id: 'content/duplicate-url',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'Each article needs its own URL (the permalink pattern, or a page\'s own `url`/`permalink`, must tell them apart). Slugs may repeat when the URLs differ.',
  docs: {
    why: 'Two articles at one URL collide in feeds, sitemaps and pages.',
    fix: 'Give one of them another `slug:`, or add `{yyyy}`/`{mm}`/`{dd}` to the permalink.',
  },
})

/** Raised by `outputCollisions` (output-collisions.ts). */
export const contentOutputCollision = defineRule({
  id: 'content/output-collision',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'An article\'s URL path must not run into a file the build writes itself: a feed, a sitemap (or one of its `sitemap-N.xml` parts), `robots.txt`, the index page, or the `_dateline/` folder.',
  docs: {
    why: 'A page at `/feed.xml/` needs a folder where the feed file is: one of the two cannot be written, and a static host can serve only one of them.',
    fix: 'Choose another `slug:` (or section), or rename the output in the config.',
  },
})

/** Raised by `parseFrontmatter`, `articleTooLarge` (article-source.ts). */
export const contentTooLarge = defineRule({
  id: 'content/too-large',
  severity: 'error',
  helpUrl: PACKAGE_URL,
  description: 'An article file is at most 10 MiB and its frontmatter at most 1 MiB; both are measured before anything is parsed.',
  docs: {
    why: 'Far larger files exhausted memory (a 100 MB article crashed V8) or time (a frontmatter of 100,000 keys took minutes); no real article comes near the limits.',
    fix: 'Split the article, or move large data (tables, embedded files) out of the markdown and the frontmatter.',
  },
})

/** Raised by `unsupportedTag` (yaml-tree.ts). */
export const yamlUnsupportedTag = defineRule({
  id: 'yaml/unsupported-tag',
  severity: 'error',
  helpUrl: YAML_SPEC,
  description: 'YAML values are text, numbers, booleans, lists and maps; tags for other types (`!!binary`, `!!timestamp`, `!!set`, `!!omap`, `!!pairs`) are refused.',
  docs: {
    why: 'Such a value reaches the fields as bytes, a date object or an empty map, and would be reported as something it is not (or written as "[object Object]").',
    fix: 'Remove the tag and write the value as text (dates as `2023-10-11T09:30:00`).',
  },
})
