/**
 * `dateline init`: the files of a new site, as data. A config (TypeScript or
 * JSON), one sample article, an authors registry, and the `.gitignore` lines
 * for what dateline writes (output, build cache, preview report). Pure: the
 * CLI decides where and whether to write.
 */

import { bandedPng } from './png.js'

export type ConfigFormat = 'ts' | 'json'

export interface ScaffoldOptions {
  format: ConfigFormat
  /** Site name, e.g. the folder's name. */
  name: string
  /** Absolute http(s) URL of the site, ending with `/`. */
  url: string
  /** BCP 47 language of the site. */
  language: string
  /** IANA timezone that offset-less dates in frontmatter are read in. */
  timezone: string
  /** The sample article's date, `YYYY-MM-DDTHH:mm:ss` in `timezone`. */
  date: string
}

export interface ScaffoldFile {
  /** Path relative to the site folder, `/`-separated. */
  path: string
  content: string | Uint8Array
}

/** The folders and files dateline writes that should stay out of git. */
export const GITIGNORE_LINES = ['dist/', '.dateline-cache/', 'dateline-preview/']

/** The config, the sample article and the authors registry. */
export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  const config = {
    site: { url: options.url, name: options.name, language: options.language, timezone: options.timezone, description: `News from ${options.name}` },
    content: 'articles',
    out: 'dist',
    permalink: '/{yyyy}/{mm}/{slug}/',
    authors: 'authors.yaml',
    feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' },
    sitemap: { file: 'sitemap.xml' },
    newsSitemap: { file: 'news-sitemap.xml' },
    pages: true,
  }
  const configFile =
    options.format === 'json'
      ? { path: 'dateline.config.json', content: `${JSON.stringify(config, null, 2)}\n` }
      : {
          path: 'dateline.config.ts',
          content: `import { defineConfig } from 'dateline-kit'\n\n// Every option: https://www.npmjs.com/package/dateline-kit#config\nexport default defineConfig(${toTs(config)})\n`,
        }
  return [
    configFile,
    {
      path: 'articles/hello-world.md',
      content: `---
title: Hello, world
description: ${JSON.stringify(`The first article of ${options.name}, written by dateline init. Edit it, or delete it and write your own.`)}
date: ${options.date}
authors: [newsroom]
section: News
tags: [dateline]
image:
  url: /images/hello-world.png
  width: 1200
  height: 675
  alt: A blue banner
---
This is the body, in Markdown. The first paragraph is the description when
the frontmatter has none.

Run \`npx dateline build\` to write the JSON-LD, feeds, sitemaps and pages into
\`dist/\`, and \`npx dateline preview\` to see how this article looks in a search
result, on social networks and in a feed reader.
`,
    },
    // 1200 px wide: what Google Discover and the social networks want for a large card.
    { path: 'public/images/hello-world.png', content: bandedPng(1200, 675, [26, 95, 180], [232, 240, 254]) },
    {
      path: 'authors.yaml',
      content: `# Authors, by id. Articles name them by id (authors: [newsroom]).
newsroom:
  type: Organization
  name: ${yamlText(`${options.name} Newsroom`)}
  url: /
`,
    },
  ]
}

/** `.gitignore` with the missing lines of `GITIGNORE_LINES` appended, or undefined when none is missing. */
export function gitignoreWith(existing: string | undefined): string | undefined {
  const present = new Set((existing ?? '').split(/\r?\n/).map((line) => line.trim().replace(/^\//, '')))
  const missing = GITIGNORE_LINES.filter((line) => !present.has(line) && !present.has(line.replace(/\/$/, '')))
  if (missing.length === 0) return undefined
  const before = existing ?? ''
  const separator = before === '' || before.endsWith('\n') ? '' : '\n'
  return `${before}${separator}${before ? '\n' : ''}# dateline: build output, build cache, preview report\n${missing.join('\n')}\n`
}

/** A value as a TypeScript object literal (keys bare where they can be), two-space indented. */
function toTs(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return `[${value.map((item) => toTs(item, indent)).join(', ')}]`
  if (value && typeof value === 'object') {
    const inner = `${indent}  `
    const entries = Object.entries(value).map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${toTs(item, inner)},`)
    return `{\n${entries.join('\n')}\n${indent}}`
  }
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value)
}

/** A YAML scalar that reads back as `text` (double-quoted when plain would not). */
function yamlText(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,_-]*$/u.test(text) && !/[:#]/.test(text) ? text : JSON.stringify(text)
}
