/** Shared fixtures for the sitemap tests: articles, config, XSD validation, strict XML parsing, golden files. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SaxesParser } from 'saxes'
import { expect } from 'vitest'
import { validateXML, type XMLFileInfo } from 'xmllint-wasm'
import type { ResolvedConfig } from '../../src/model/config.js'
import { parseDateTime } from '../../src/model/dates.js'
import type { Article, Image, ZonedDateTime } from '../../src/model/types.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const xsdDir = path.resolve(repoRoot, '../shared/reference/xsd')
/** Google's XSDs are read from ../shared (never copied into the repo); tests that need them skip without it. */
export const hasShared = existsSync(path.join(xsdDir, 'sitemap-all.xsd'))
if (!hasShared) console.warn(`sitemap XSD tests skipped: ${xsdDir} is absent (it holds Google's schemas, which are not in this repo)`)

const IMPORTED_XSDS = ['sitemap.xsd', 'siteindex.xsd', 'sitemap-news.xsd', 'sitemap-image.xsd', 'sitemap-video.xsd', 'xhtml-link.xsd']

let schemas: { schema: XMLFileInfo; preload: XMLFileInfo[] } | undefined
function loadSchemas() {
  schemas ??= {
    schema: { fileName: 'sitemap-all.xsd', contents: readFileSync(path.join(xsdDir, 'sitemap-all.xsd'), 'utf8') },
    // fileName = the schemaLocation in sitemap-all.xsd, so the includes and imports resolve in the wasm file system.
    preload: IMPORTED_XSDS.map((fileName) => ({ fileName, contents: readFileSync(path.join(xsdDir, fileName), 'utf8') })),
  }
  return schemas
}

/** Validate files against sitemap-all.xsd (streaming, so big files fit in wasm memory); returns the error messages. */
export async function xsdErrors(files: Record<string, string>): Promise<string[]> {
  const { schema, preload } = loadSchemas()
  const xml = Object.entries(files).map(([fileName, contents]) => ({ fileName: fileName.replace(/\//g, '_'), contents }))
  const result = await validateXML({ xml, schema, preload, stream: true })
  return result.errors.map((error) => error.rawMessage)
}

/** Assert every file is XSD-valid. */
export async function expectXsdValid(files: Record<string, string>): Promise<void> {
  expect(await xsdErrors(files)).toEqual([])
}

/** Parse strictly (well-formedness and namespaces) with saxes; returns the root element's local name and the text of every element by name. */
export function parseStrict(xml: string): { root: string; elements: Map<string, string[]> } {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const elements = new Map<string, string[]>()
  const stack: { name: string; text: string }[] = []
  let root = ''
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    if (!root) root = tag.local
    stack.push({ name: tag.prefix ? `${tag.prefix}:${tag.local}` : tag.local, text: '' })
  })
  parser.on('text', (text) => {
    const top = stack[stack.length - 1]
    if (top) top.text += text
  })
  parser.on('closetag', () => {
    const top = stack.pop()!
    const list = elements.get(top.name) ?? []
    list.push(top.text.trim())
    elements.set(top.name, list)
  })
  parser.write(xml).close()
  return { root, elements }
}

/** Compare with test/golden/sitemaps/<name>, or write it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(repoRoot, 'test/golden/sitemaps', name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  expect(existsSync(file), `golden file ${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

export function date(value: string, timeZone = 'Asia/Jakarta'): ZonedDateTime {
  const parsed = parseDateTime(value, timeZone)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

export const SITE_URL = 'https://semarak.example/'

/** A normalized article with only what the sitemaps read filled in meaningfully. */
export function makeArticle(fields: Partial<Article> & { slug: string; datePublished: ZonedDateTime }): Article {
  const url = fields.url ?? `${SITE_URL}${fields.slug}/`
  return {
    file: `articles/${fields.slug}.md`,
    bodyLine: 1,
    positions: {},
    path: new URL(url).pathname,
    url,
    canonical: url,
    type: 'NewsArticle',
    title: `Title of ${fields.slug}`,
    description: '',
    authors: [],
    images: [] as Image[],
    tags: [],
    lang: 'id',
    accessibleForFree: true,
    corrections: [],
    draft: false,
    noindex: false,
    body: '',
    wordCount: 0,
    contentHash: fields.slug,
    ...fields,
  }
}

export function makeConfig(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    root: '/site',
    site: {
      url: SITE_URL,
      name: 'Semarak',
      language: 'id',
      timezone: 'Asia/Jakarta',
      publisher: { type: 'NewsMediaOrganization', name: 'Semarak', sameAs: [] },
    },
    content: '/site/articles',
    out: '/site/dist',
    permalink: '/{slug}/',
    authors: undefined,
    feeds: false,
    sitemap: { file: 'sitemap.xml', maxUrls: 50_000, gzip: false },
    newsSitemap: { file: 'news-sitemap.xml', windowHours: 48, maxUrls: 1000 },
    robots: false,
    pages: false,
    ...overrides,
  }
}
