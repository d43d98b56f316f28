/** Injected endpoint for a site-wide feed or the news sitemap (the route pattern is the file's path). */
import { fileResponse, pathUnderBase } from '../runtime.js'

export const prerender = true

export async function GET({ url }: { url: URL }): Promise<Response> {
  return fileResponse(pathUnderBase(url.pathname))
}
