/**
 * Hand-built Articles and a resolved config for the feed and HTML tests (the
 * loader is not involved, so these tests pin the emitters alone). The site is
 * a small Indonesian newsroom like the demo's: several authors, images, a
 * correction, a paywalled analysis, one author with an e-mail.
 */
import type { ResolvedConfig, ResolvedFeeds } from '../../src/model/config.js'
import { parseDateTime } from '../../src/model/dates.js'
import type { Article, Author, Image, ZonedDateTime } from '../../src/model/types.js'
import { resolveUrl } from '../../src/model/urls.js'

export const SITE_URL = 'https://semarak.example/'
const ZONE = 'Asia/Jakarta'

export function date(iso: string): ZonedDateTime {
  const result = parseDateTime(iso, ZONE)
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

export function siteConfig(feeds: Partial<ResolvedFeeds> | false = {}): ResolvedConfig {
  return {
    root: '/site',
    site: {
      url: SITE_URL,
      name: 'Semarak',
      language: 'id',
      timezone: ZONE,
      description: 'Berita pelayanan publik dan reformasi birokrasi',
      logo: { url: `${SITE_URL}assets/logo.png`, width: 600, height: 60 },
      publisher: { type: 'NewsMediaOrganization', name: 'Semarak', sameAs: ['https://x.example/semarak'] },
    },
    content: '/site/articles',
    out: '/site/dist',
    permalink: '/{yyyy}/{mm}/{slug}/',
    authors: undefined,
    feeds:
      feeds === false
        ? false
        : { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', limit: 50, content: 'full', sections: false, ...feeds },
    sitemap: false,
    newsSitemap: false,
    robots: false,
    pages: false,
  }
}

export function person(key: string, name: string, extra: Partial<Author> = {}): Author {
  return {
    id: `${SITE_URL}#/schema/person/${key}`,
    key,
    type: 'Person',
    name,
    url: `${SITE_URL}penulis/${key}/`,
    sameAs: [],
    ...extra,
  }
}

/** An Article with every required field; `overrides` win. `path` defaults from the slug and date. */
export function makeArticle(overrides: Partial<Article> & { slug: string }): Article {
  const datePublished = overrides.datePublished ?? date('2023-10-10T09:00:00')
  const [yyyy, mm] = datePublished.iso.split('-')
  const path = overrides.path ?? `/${yyyy}/${mm}/${overrides.slug}/`
  const url = overrides.url ?? resolveUrl(path, SITE_URL)
  return {
    file: `articles/${overrides.slug}.md`,
    bodyLine: 10,
    positions: {},
    path,
    url,
    canonical: url,
    type: 'NewsArticle',
    title: overrides.slug,
    description: '',
    datePublished,
    authors: [],
    images: [],
    tags: [],
    lang: 'id',
    accessibleForFree: true,
    corrections: [],
    draft: false,
    noindex: false,
    body: '',
    wordCount: 0,
    contentHash: overrides.slug,
    ...overrides,
  }
}

const rina = person('rina-wulandari', 'Rina Wulandari', { image: `${SITE_URL}assets/authors/rina-wulandari.jpg` })
const bagus = person('bagus-prasetyo', 'Bagus Prasetyo')
const dewi = person('dewi-anggraini', 'Dewi Anggraini')
const hendra = person('hendra-siregar', 'Hendra Siregar', { email: 'hendra.siregar@semarak.example' })
const desk: Author = {
  id: `${SITE_URL}#/schema/organization/meja-nasional`,
  key: 'meja-nasional',
  type: 'Organization',
  name: 'Desk Nasional Semarak',
  url: `${SITE_URL}redaksi/`,
  sameAs: [],
}

function image(path: string, extra: Partial<Image> = {}): Image {
  return { url: resolveUrl(path, SITE_URL), width: 1200, height: 800, ...extra }
}

/** Four published articles (one paywalled, one corrected), a draft and a scheduled one. */
export function demoArticles(): Article[] {
  return [
    makeArticle({
      slug: 'menteri-panrb-temui-pm-azerbaijan',
      title: 'Menteri PANRB Temui PM Azerbaijan, Bahas Kerja Sama Pelayanan Publik',
      description:
        'Menteri PANRB Abdullah Azwar Anas bertemu Perdana Menteri Azerbaijan Ali Asadov di Baku untuk membahas kerja sama peningkatan kualitas pelayanan publik.',
      datePublished: date('2023-10-11T08:15:00'),
      dateModified: date('2023-10-11T10:40:00'),
      authors: [rina, bagus],
      section: 'Pelayanan Publik',
      tags: ['Azerbaijan', 'ASAN Xidmat', 'MPP'],
      dateline: 'BAKU',
      images: [
        image('/assets/2023/10/anas-asadov-baku.jpg', {
          alt: 'Menteri PANRB Abdullah Azwar Anas berjabat tangan dengan PM Azerbaijan Ali Asadov',
          caption: 'Menteri PANRB Abdullah Azwar Anas (kiri) dan PM Azerbaijan Ali Asadov di Baku, Selasa (10/10/2023).',
          credit: 'Humas Kementerian PANRB',
        }),
      ],
      corrections: [
        { date: date('2023-10-11T10:40:00'), text: 'Versi sebelumnya menyebut pertemuan berlangsung 90 menit; yang benar hampir 60 menit.' },
      ],
      body: [
        'semarak.co-Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Abdullah Azwar Anas bertemu Perdana Menteri Azerbaijan Ali Asadov di Baku, Selasa (10/10/2023) waktu setempat. Pertemuan berlangsung penuh keakraban selama hampir 60 menit.',
        '',
        '“Kedua negara mempunyai hubungan yang erat, baik secara historis, perdagangan, maupun langkah-langkah peningkatan pelayanan publik,” ujar Menteri Anas, Rabu (11/10/2023).',
        '',
        '![Gedung ASAN Xidmat di Baku](/assets/2023/10/asan-xidmat.jpg "ASAN Xidmat")',
        '',
        'Di Azerbaijan, pusat pelayanan publik disebut [ASAN Xidmat](https://asan.example/). Konsep serupa di Indonesia adalah [Mal Pelayanan Publik](../mpp-152-daerah/) yang kini ada di 152 kabupaten/kota (lihat [pedoman redaksi](/pedoman/)).',
        '',
        '<figure><img src="../../09/foto/mpp-banyuwangi.jpg" srcset="/assets/mpp-480.jpg 480w, /assets/mpp-960.jpg 960w" alt="MPP Banyuwangi"><figcaption>MPP Banyuwangi, salah satu rujukan.</figcaption></figure>',
        '',
        '<iframe src="https://video.example/embed/anas-baku" title="Video: Menteri Anas di Baku"></iframe>',
        '',
        '(hms/smr)',
      ].join('\n'),
    }),
    makeArticle({
      slug: 'analisis-mpp-digital',
      type: 'AnalysisNewsArticle',
      title: 'MPP Digital: Tiga Pekerjaan Rumah Sebelum Loket Pindah ke Layar Ponsel',
      description:
        'Mal Pelayanan Publik digital menjanjikan layanan tanpa antre. Namun integrasi data, identitas digital dan inklusi warga harus dibereskan lebih dulu.',
      datePublished: date('2023-10-09T10:00:00'),
      authors: [dewi, rina, desk],
      section: 'Analisis',
      tags: ['analisis', 'MPP Digital', 'transformasi digital'],
      accessibleForFree: false,
      paywallSelector: '.paywall',
      images: [image('/assets/2023/10/mpp-digital-analisis.png', { alt: 'Grafis MPP Digital', credit: 'Grafis Semarak' })],
      body: [
        'Setelah Mal Pelayanan Publik (MPP) menjangkau 152 kabupaten dan kota, pemerintah mulai menyiapkan langkah berikutnya: MPP Digital.',
        '',
        'Tim analisis Semarak menelaah rancangan layanan digital terpadu dan menemukan tiga pekerjaan rumah.',
        '',
        '<!-- paywall -->',
        '',
        '## 1. Data yang mau berbagi',
        '',
        'RAHASIA-BERBAYAR: layanan terpadu di loket bekerja karena petugas dari berbagai instansi duduk berdekatan.',
      ].join('\n'),
    }),
    makeArticle({
      slug: 'belajar-dari-baku-tanpa-meniru',
      type: 'OpinionNewsArticle',
      title: 'Belajar dari Baku, Tanpa Meniru',
      description: 'ASAN Xidmat layak dipelajari, tetapi MPP harus tumbuh dari kebutuhan warga sendiri.',
      datePublished: date('2023-10-10T19:30:00'),
      authors: [hendra],
      section: 'Opini',
      tags: ['opini', 'reformasi birokrasi'],
      images: [image('/assets/2023/10/kolom-hendra.webp', { width: 800, height: 800 })],
      body: 'Reformasi birokrasi bukan lomba meniru. *Baku* punya sejarahnya sendiri.\n\nBaca juga [tulisan sebelumnya](/2023/09/kolom-sebelumnya/).',
    }),
    makeArticle({
      slug: 'wawancara-pengelola-mpp',
      title: 'Wawancara: Pengelola MPP Bicara soal Antrean & Jam Layanan',
      description: 'Pengelola Mal Pelayanan Publik menjelaskan cara memangkas antrean.',
      datePublished: date('2023-10-10T07:00:00'),
      authors: [bagus],
      section: 'Pelayanan Publik',
      tags: ['MPP', 'wawancara'],
      body: 'Pengelola MPP mengatakan antrean turun 40 persen.\n\n<p onclick="alert(1)">Klik <a href="javascript:alert(2)">di sini</a>.</p>\n\n<script>alert(3)</script>',
    }),
    makeArticle({
      slug: 'draf-belum-terbit',
      title: 'Draf belum terbit',
      datePublished: date('2023-10-11T09:00:00'),
      draft: true,
      body: 'Draf.',
    }),
    makeArticle({
      slug: 'terjadwal-besok',
      title: 'Terjadwal besok',
      datePublished: date('2023-10-12T09:00:00'),
      section: 'Pelayanan Publik',
      body: 'Terjadwal.',
    }),
  ]
}

/** The demo's "now": after every published article, before the scheduled one. */
export const DEMO_NOW = date('2023-10-11T12:00:00')
