/**
 * Pack files: pieces appended before their entry (a build appends each
 * rendered file when it is made, and the entry when the article is done)
 * read back the same, from the writer while it writes and from the pack
 * once it is in place; a pack no entry made it into is not kept.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { PACK_SUFFIX, PackReader, PackWriter } from '../../src/cache/pack.js'

const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))
function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'dateline-pack-'))
  folders.push(made)
  return made
}

describe('a pack', () => {
  it('holds what was appended before its entry and what came with it, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ early: fc.string({ unit: 'grapheme' }), late: fc.string({ unit: 'grapheme' }), normalized: fc.string() }), { minLength: 1, maxLength: 8 }), (entries) => {
        const writer = new PackWriter(folder())
        const written = entries.map(({ early }) => writer.append(early)!)
        // The writer reads back what it appended, before the pack is in place.
        expect(written.map((piece) => writer.read(piece))).toEqual(entries.map(({ early }) => early))
        entries.forEach(({ late, normalized }, i) => writer.add({ key: `k${i}`, authors: {}, normalized, outputs: { late }, written: { early: written[i]! } }))
        const pack = PackReader.open(writer.finish()!)!
        try {
          expect(pack.entries.map((entry) => [pack.read(entry.normalized), pack.read(entry.outputs.early!), pack.read(entry.outputs.late!)])).toEqual(entries.map(({ early, late, normalized }) => [normalized, early, late]))
        } finally {
          pack.close()
        }
      }),
      { numRuns: 30 },
    )
  })

  it('is not kept when pieces were appended but no entry was added (a build that failed)', () => {
    const dir = folder()
    const writer = new PackWriter(dir)
    expect(writer.append('rendered, then the build failed')).toBeDefined()
    expect(writer.finish()).toBeUndefined()
    expect(readdirSync(dir).filter((name) => name.endsWith(PACK_SUFFIX) || name.endsWith('.tmp'))).toEqual([])
  })

  it('takes nothing more once writing it failed, and is not kept', () => {
    const dir = folder()
    const writer = new PackWriter(dir)
    writer.add({ key: 'a', authors: {}, normalized: '{}', outputs: {} })
    rmSync(dir, { recursive: true })
    writer.abort()
    expect(writer.append('more')).toBeUndefined()
    writer.add({ key: 'b', authors: {}, normalized: '{}', outputs: {} })
    expect(writer.size).toBe(1)
    expect(writer.finish()).toBeUndefined()
  })
})
