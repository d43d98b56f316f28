import type { MetadataRoute } from 'next'
import { articleSitemap } from 'dateline-kit/next'
import { site } from '../lib/dateline'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return [{ url: 'https://semarak.example/' }, ...articleSitemap(site())]
}
