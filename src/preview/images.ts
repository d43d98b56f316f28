/**
 * Images as the report shows them: an absolute production URL mapped to a
 * local file (the site's `public/` folder or the built output), its size read
 * from the bytes with `image-size`, embedded as a `data:` URI. Never fetched:
 * a URL that maps to no local file is reported, not requested.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import type { PreviewImage } from './types.js'

/** A URL prefix served from a local folder, e.g. `https://semarak.example/` -> `examples/public`. */
export interface ImageRoot {
  urlPrefix: string
  folder: string
}

/** Largest image embedded in the report; bigger ones are measured but shown as a note. */
export const MAX_EMBEDDED_BYTES = 8 * 1024 * 1024

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
}

/** The local file for `url` under one of `roots`, or why there is none. Pure. */
export function localFileFor(url: string, roots: readonly ImageRoot[]): { file: string } | { problem: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { problem: `not an absolute URL: ${url}` }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: `not an http(s) URL: ${url}` }
  for (const root of roots) {
    const prefix = new URL(root.urlPrefix)
    if (parsed.origin !== prefix.origin || !parsed.pathname.startsWith(prefix.pathname)) continue
    let relative: string
    try {
      relative = decodeURIComponent(parsed.pathname.slice(prefix.pathname.length))
    } catch {
      return { problem: `the path of ${url} is not valid percent-encoding` }
    }
    const file = path.resolve(root.folder, ...relative.split('/').filter(Boolean))
    // Dot segments are resolved by URL parsing already; this keeps a hostile path inside the folder anyway.
    if (file !== path.resolve(root.folder) && !file.startsWith(path.resolve(root.folder) + path.sep)) return { problem: `${url} points outside ${root.folder}` }
    return { file }
  }
  const where = roots.map((root) => root.urlPrefix).join(', ')
  return { problem: `${url} is not under ${where || 'the site URL'}, so it cannot be read locally (the report never fetches)` }
}

/** Read an image for the report (the I/O edge). */
export function readImage(url: string, roots: readonly ImageRoot[], declared?: PreviewImage['declared']): PreviewImage {
  const base: PreviewImage = { url, ...(declared ? { declared } : {}) }
  const located = localFileFor(url, roots)
  if ('problem' in located) return { ...base, problem: located.problem }
  const { file } = located
  let bytes: Buffer
  try {
    if (!statSync(file).isFile()) return { ...base, file, problem: `${file} is not a file` }
    bytes = readFileSync(file)
  } catch (error) {
    return { ...base, file, problem: `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}` }
  }
  let size: { width?: number; height?: number; type?: string }
  try {
    size = imageSize(bytes)
  } catch (error) {
    return { ...base, file, bytes: bytes.length, problem: `${file} is not an image dateline can read (${(error as Error).message})` }
  }
  const type = size.type ?? 'unknown'
  const found: PreviewImage = { ...base, file, type, bytes: bytes.length, ...(size.width ? { width: size.width } : {}), ...(size.height ? { height: size.height } : {}) }
  if (bytes.length > MAX_EMBEDDED_BYTES) return { ...found, problem: `${(bytes.length / 1048576).toFixed(1)} MB: too big to embed in the report` }
  const mime = MIME[type]
  if (!mime) return { ...found, problem: `${type} images are not shown` }
  return { ...found, dataUri: `data:${mime};base64,${bytes.toString('base64')}` }
}
