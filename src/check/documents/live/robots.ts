/**
 * robots.txt (RFC 9309) for the crawl, one fetch per origin, matched with
 * robots-parser for the product token "dateline". As the RFC says: a 4xx
 * robots.txt allows everything; a 5xx or an unreachable one disallows
 * everything on that origin.
 */
import { createRequire } from 'node:module'
import { fetchDocument, type FetchLimits } from './fetch.js'

/** The product token matched against `User-agent:` lines. */
export const ROBOTS_AGENT = 'dateline'

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB. */
const ROBOTS_MAX_BYTES = 512 * 1024

type Verdict = (url: string) => boolean

// robots-parser is CommonJS (`module.exports = function`) and its typings do not say so in a way NodeNext accepts.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => { isAllowed(url: string, ua?: string): boolean | undefined }

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Verdict>>()

  constructor(private readonly limits: FetchLimits) {}

  /** Whether robots.txt lets dateline fetch `url`. */
  async allows(url: string): Promise<boolean> {
    const origin = new URL(url).origin
    let verdict = this.byOrigin.get(origin)
    if (!verdict) {
      verdict = this.load(origin)
      this.byOrigin.set(origin, verdict)
    }
    return (await verdict)(url)
  }

  private async load(origin: string): Promise<Verdict> {
    const robotsUrl = `${origin}/robots.txt`
    const response = await fetchDocument(robotsUrl, { ...this.limits, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5 })
    if (!response.ok || response.status >= 500) return () => false
    if (response.status >= 400) return () => true
    const text = new TextDecoder('utf-8').decode(response.bytes ?? new Uint8Array())
    const robots = robotsParser(robotsUrl, text)
    return (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false
  }
}
