/** Injected endpoint for the per-section feeds (`feeds.sections: true`): `/<section>/<feed file>`. */
import { datelineFiles, fileResponse, pathUnderBase } from '../runtime.js'

export const prerender = true

export async function getStaticPaths(): Promise<{ params: { datelineSection: string } }[]> {
  const sections = new Set((await datelineFiles()).map((file) => file.path.split('/')).filter((parts) => parts.length === 2).map((parts) => parts[0]!))
  return [...sections].map((datelineSection) => ({ params: { datelineSection } }))
}

export async function GET({ url }: { url: URL }): Promise<Response> {
  return fileResponse(pathUnderBase(url.pathname))
}
