import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadVocabulary, SCHEMA_ORG_RELEASE } from '../../src/check/documents/vocabulary/index.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const shared = path.resolve(repoRoot, '../shared')
const source = path.join(shared, 'reference/schemaorg/schemaorg-all-https.jsonld')
const hasShared = existsSync(source)
if (!hasShared) console.log(`skipping the vocabulary regeneration test: ${source} is absent`)

describe('the shipped schema.org vocabulary', () => {
  it.skipIf(!hasShared)('is exactly what scripts/build-vocabulary.mjs derives from the release file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dateline-vocab-'))
    try {
      const out = path.join(dir, 'vocab.json')
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-vocabulary.mjs'), source, out], { stdio: 'pipe' })
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(repoRoot, `data/schemaorg-${SCHEMA_ORG_RELEASE}.json`), 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const v = loadVocabulary()
  it('is release 30.0 with its class tree', () => {
    expect(v.release).toBe('30.0')
    expect([...v.ancestors('NewsArticle')].sort()).toEqual(['Article', 'CreativeWork', 'NewsArticle', 'Thing'])
    expect(v.isSubclassOf('LiveBlogPosting', 'BlogPosting')).toBe(true)
    expect(v.isSubclassOf('ReviewNewsArticle', 'Review')).toBe(true)
    expect(v.isSubclassOf('Person', 'Organization')).toBe(false)
  })
  it('knows domains, ranges and data types', () => {
    expect(v.domain('dateline')).toEqual(['NewsArticle'])
    expect(v.range('author')).toEqual(['Organization', 'Person'])
    expect(v.isDataType('URL')).toBe(true)
    expect(v.isDataType('Distance')).toBe(true)
    expect(v.isDataType('ImageObject')).toBe(false)
  })
  it('knows superseded, pending, retired terms and enumeration members', () => {
    expect(v.supersededBy('awards')).toBe('award')
    expect(v.isPending('correction')).toBe(true)
    expect(v.isAttic('StupidType')).toBe(true)
    expect(v.memberOf('InStock')).toEqual(['ItemAvailability'])
    expect(v.memberOf('True')).toEqual(['Boolean'])
  })
  it('is loaded once', () => {
    expect(loadVocabulary()).toBe(v)
  })
})
