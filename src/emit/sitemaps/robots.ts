/**
 * robots.txt that announces the sitemaps. `Sitemap:` lines stand outside any
 * `User-agent` group and take absolute URLs (sitemaps.org, "Informing search
 * engine crawlers").
 */
import type { ResolvedConfig } from '../../model/config.js'
import { sitemapFileUrl } from './write-sitemap.js'

/** `User-agent: *`, `Allow: /`, then one `Sitemap:` line per absolute URL. */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  let text = 'User-agent: *\nAllow: /\n'
  if (sitemapUrls.length) text += '\n'
  for (const url of sitemapUrls) {
    // A line break or control character would smuggle another directive into the file.
    if (!/^https?:\/\/[^\s\x00-\x1f\x7f]+$/i.test(url)) {
      throw new TypeError(`A robots.txt Sitemap: line needs an absolute http(s) URL without spaces or control characters, got ${JSON.stringify(url)}`)
    }
    text += `Sitemap: ${url}\n`
  }
  return text
}

/** Absolute URLs of the site's sitemap (or index) and news sitemap, as configured. */
export function siteSitemapUrls(config: ResolvedConfig): string[] {
  const urls: string[] = []
  if (config.sitemap) urls.push(sitemapFileUrl(config.site.url, config.sitemap.file))
  if (config.newsSitemap) urls.push(sitemapFileUrl(config.site.url, config.newsSitemap.file))
  return urls
}

/** The site's robots.txt: everything allowed, its sitemaps announced. */
export function siteRobotsTxt(config: ResolvedConfig): string {
  return robotsTxt(siteSitemapUrls(config))
}
