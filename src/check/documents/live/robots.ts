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

/** What robots.txt says for one origin: may dateline fetch a URL, and the sitemaps it lists. */
interface OriginRobots {
  allows: Verdict
  /** `Sitemap:` lines, as absolute URLs, with their line (1-based) in robots.txt. */
  sitemaps: { url: string; line: number }[]
}

// robots-parser is CommonJS (`module.exports = function`) and its typings do not say so in a way NodeNext accepts.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => { isAllowed(url: string, ua?: string): boolean | undefined; getSitemaps(): string[] }

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<OriginRobots>>()

  constructor(private readonly limits: FetchLimits) {}

  /** Whether robots.txt lets dateline fetch `url`. */
  async allows(url: string): Promise<boolean> {
    return (await this.forOrigin(new URL(url).origin)).allows(url)
  }

  /**
   * The sitemaps `origin`'s robots.txt lists (`Sitemap:` lines), resolved
   * against it: where a crawl that starts from a page finds the site's URLs,
   * as search engines do.
   */
  async sitemaps(origin: string): Promise<{ url: string; line: number }[]> {
    return (await this.forOrigin(origin)).sitemaps
  }

  private forOrigin(origin: string): Promise<OriginRobots> {
    let robots = this.byOrigin.get(origin)
    if (!robots) {
      robots = this.load(origin)
      this.byOrigin.set(origin, robots)
    }
    return robots
  }

  private async load(origin: string): Promise<OriginRobots> {
    const robotsUrl = `${origin}/robots.txt`
    const response = await fetchDocument(robotsUrl, { ...this.limits, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5 })
    if (!response.ok || response.status >= 500) return { allows: () => false, sitemaps: [] }
    if (response.status >= 400) return { allows: () => true, sitemaps: [] }
    const text = new TextDecoder('utf-8').decode(response.bytes ?? new Uint8Array())
    const robots = robotsParser(robotsUrl, text)
    // robots-parser reads the `Sitemap:` lines; the line of each is for the report.
    const lines = text.split(/\r\n?|\n/)
    const sitemaps = robots.getSitemaps().flatMap((written) => {
      const url = URL.canParse(written, robotsUrl) ? new URL(written, robotsUrl) : undefined
      const line = lines.findIndex((text) => /^\s*sitemap\s*:/i.test(text) && text.includes(written)) + 1
      return url && (url.protocol === 'http:' || url.protocol === 'https:') ? [{ url: url.href, line }] : []
    })
    return { allows: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false, sitemaps }
  }
}
