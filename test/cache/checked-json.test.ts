/**
 * The output manifest and the source stamps are written a piece at a time
 * (`writeCheckedJsonFiles`) and read back whole (`readCheckedJson`): what is
 * read is what was written, whatever the names and values, and a write that
 * fails halfway leaves no file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { readCheckedJson, writeCheckedJsonFiles } from '../../src/util/checked-json.js'

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-checked-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a checked JSON file written piece by piece', () => {
  it('reads back as the record it was written from', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', maxLength: 3000 }), { maxKeys: 600 }), fc.nat(9), (files, format) => {
        const file = path.join(dir, 'files.json')
        writeCheckedJsonFiles(file, format, Object.entries(files))
        expect(readCheckedJson(file)).toEqual({ format, files })
      }),
      { numRuns: 40 },
    )
  })

  it('is not written when making its entries fails halfway', () => {
    const file = path.join(dir, 'failed.json')
    function* entries(): Generator<[string, string]> {
      yield ['a', 'b']
      throw new Error('stat failed')
    }
    writeCheckedJsonFiles(file, 1, entries())
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(dir).filter((name) => name.startsWith('failed'))).toEqual([])
  })
})
