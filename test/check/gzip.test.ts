import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_GUNZIPPED_BYTES } from '../../src/check/documents/gunzip.js'
import { checkFiles } from '../../src/check/documents/run.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { found } from './helpers.js'

const root = mkdtempSync(path.join(tmpdir(), 'dateline-gzip-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const MiB = 1024 * 1024
const SITEMAP_START = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
const RSS_START = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'

/**
 * A gzip bomb: `start`, then `mebibytes` MiB of spaces, as concatenated gzip
 * members (gunzip reads them as one stream). One 1 MiB member compresses to
 * about 1 KB, so 4.1 GiB — more than a Node Buffer can hold — is a 4 MB file.
 */
function bomb(start: string, mebibytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(MiB, 0x20))
  return Buffer.concat([gzipSync(start), ...Array.from({ length: mebibytes }, () => member)])
}

function write(name: string, bytes: Uint8Array): string {
  writeFileSync(path.join(root, name), bytes)
  return name
}

describe('.gz inputs are inflated with a limit', () => {
  it('a gzip-bomb sitemap is sitemap/too-large, read only up to the limit', async () => {
    const name = write('bomb-sitemap.xml.gz', bomb(SITEMAP_START, 4200))
    const result = await checkFiles([name], { cwd: root })
    expect(found(result.diagnostics)).toEqual(['sitemap/too-large@0'])
    expect(result.diagnostics[0]!.file).toBe(name)
    expect(result.files).toEqual([{ file: name, kind: 'sitemap' }])
  }, 30_000)

  it('just over 50 MB inflated is too large; a small gzip sitemap is checked as usual', async () => {
    const over = write('over.xml.gz', bomb(SITEMAP_START, Math.ceil(MAX_GUNZIPPED_BYTES / MiB)))
    expect(found((await checkFiles([over], { cwd: root })).diagnostics)).toEqual(['sitemap/too-large@0'])
    const small = write('small.xml.gz', gzipSync(`${SITEMAP_START}<url><loc>https://a.example/</loc></url>\n</urlset>\n`))
    expect(await checkFiles([small], { cwd: root })).toEqual({ diagnostics: [], files: [{ file: small, kind: 'sitemap' }] })
  })

  it('any other oversized or broken .gz file is exit 2 naming the file, not a crash', async () => {
    const feed = write('bomb-feed.xml.gz', bomb(RSS_START, 60))
    const error = await checkFiles([feed], { cwd: root }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatelineError)
    expect((error as DatelineError).exitCode).toBe(2)
    expect((error as DatelineError).message).toContain('bomb-feed.xml.gz')
    const broken = write('broken.xml.gz', Buffer.from('not gzip at all'))
    const notGzip = await checkFiles([broken], { cwd: root }).catch((e: unknown) => e)
    expect(notGzip).toBeInstanceOf(DatelineError)
    expect((notGzip as DatelineError).message).toContain('broken.xml.gz')
  })
})
