// The Semarak demo as an Astro site: the demo's articles (../articles) as a
// content collection, dateline's head tags, feeds and Google News sitemap,
// @astrojs/sitemap for sitemap-index.xml, and `dateline check` after the build.
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import dateline from 'dateline-kit/astro'

// One demo article links an image relative to its dateline URL (../../../assets/…); Astro would look for
// that file next to the markdown. Make such links root-relative before Astro collects images.
function rootRelativeImages() {
  const walk = (node) => {
    if (node.type === 'image' && node.url.startsWith('../')) node.url = `/${node.url.replace(/^(\.\.\/)+/, '')}`
    node.children?.forEach(walk)
  }
  return walk
}

export default defineConfig({
  site: 'https://semarak.example',
  markdown: { remarkPlugins: [rootRelativeImages] },
  publicDir: '../public',
  trailingSlash: 'always',
  integrations: [
    sitemap({ customSitemaps: ['https://semarak.example/news-sitemap.xml'] }),
    // Last, so that its check sees what the other integrations wrote.
    dateline({
      collection: 'berita',
      url: (entry) => `/berita/${entry.id}/`,
      config: {
        site: { name: 'Semarak', language: 'id', timezone: 'Asia/Jakarta', description: 'Berita pelayanan publik dan reformasi birokrasi', logo: { url: '/assets/logo.png', width: 600, height: 60 } },
        authors: '../authors.yaml',
        feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', content: 'full' },
        newsSitemap: { file: 'news-sitemap.xml' },
      },
      // The demo's articles are from October 2023: build as of then, so the news sitemap has them.
      now: '2023-10-11T12:00:00+07:00',
    }),
  ],
})
