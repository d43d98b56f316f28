// The Semarak demo as an Eleventy site: the demo's articles (berita/ links to ../articles), dateline's
// head tags, feeds, news sitemap and sitemap as virtual templates, and dateline's check after the build.
import dateline from 'dateline-kit/eleventy'

export default async function (eleventyConfig) {
  await eleventyConfig.addPlugin(dateline, {
    collection: 'berita',
    config: {
      site: {
        url: 'https://semarak.example/',
        name: 'Semarak',
        language: 'id',
        timezone: 'Asia/Jakarta',
        description: 'Berita pelayanan publik dan reformasi birokrasi',
        logo: { url: '/assets/logo.png', width: 600, height: 60 },
      },
      authors: '../authors.yaml',
      feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', content: 'full' },
      sitemap: { file: 'sitemap.xml' },
      newsSitemap: { file: 'news-sitemap.xml' },
    },
    head: { title: false },
    // The demo's articles are from October 2023: build as of then, so the news sitemap has them.
    now: '2023-10-11T12:00:00+07:00',
  })
  eleventyConfig.addPassthroughCopy({ '../public/assets': 'assets' })
  eleventyConfig.ignores.add('README.md')
}

export const config = {
  // Article bodies are markdown only, never Liquid.
  markdownTemplateEngine: false,
}
