import { defineConfig } from 'dateline-kit'

// Semarak: a fictional Indonesian news site about public services.
// Build it from the repository root with
//   npm run demo
// (that is: dateline build examples --now 2023-10-11T12:00:00+07:00).
export default defineConfig({
  site: {
    url: 'https://semarak.example/',
    name: 'Semarak',
    language: 'id',
    timezone: 'Asia/Jakarta',
    description: 'Berita pelayanan publik dan reformasi birokrasi',
    logo: { url: '/assets/logo.png', width: 600, height: 60 },
    publisher: {
      type: 'NewsMediaOrganization',
      name: 'Semarak',
      sameAs: [
        'https://x.example/semarak',
        'https://facebook.example/semarak.id',
        'https://instagram.example/semarak.id',
        'https://youtube.example/@semarak',
      ],
      // The trust policies of schema.org's NewsMediaOrganization, relative to site.url.
      publishingPrinciples: '/pedoman/',
      masthead: '/redaksi/',
      ethicsPolicy: '/kode-etik/',
      correctionsPolicy: '/koreksi/',
      diversityPolicy: '/keberagaman/',
      ownershipFundingInfo: '/kepemilikan/',
      actionableFeedbackPolicy: '/kontak-redaksi/',
      verificationFactCheckingPolicy: '/verifikasi/',
      unnamedSourcesPolicy: '/narasumber-anonim/',
      noBylinesPolicy: '/tanpa-nama-penulis/',
      missionCoveragePrioritiesPolicy: '/misi/',
    },
  },
  content: 'articles',
  out: 'dist',
  permalink: '/{yyyy}/{mm}/{slug}/',
  authors: 'authors.yaml',
  feeds: {
    rss: 'feed.xml',
    atom: 'atom.xml',
    json: 'feed.json',
    limit: 50,
    content: 'full',
    sections: true,
  },
  sitemap: { file: 'sitemap.xml', maxUrls: 50000 },
  newsSitemap: { file: 'news-sitemap.xml', windowHours: 48, maxUrls: 1000 },
  robots: true,
  pages: true,
})
