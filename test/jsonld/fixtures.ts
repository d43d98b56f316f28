/**
 * Hand-built model values for emitter tests: a ResolvedConfig of a small
 * Indonesian news site and an Article with every field set. Each factory takes
 * overrides, so a test states only what it is about. Reusable by other areas.
 */
import type { ResolvedConfig, ResolvedSite } from '../../src/model/config.js'
import { parseDateTime } from '../../src/model/dates.js'
import type { Article, Author, Image, ZonedDateTime } from '../../src/model/types.js'

/** A ZonedDateTime from an ISO string (offset-less values read in Asia/Jakarta). */
export function zoned(iso: string, timeZone = 'Asia/Jakarta'): ZonedDateTime {
  const result = parseDateTime(iso, timeZone)
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

export const SITE_URL = 'https://semarak.example/'

export function makeSite(overrides: Partial<ResolvedSite> = {}): ResolvedSite {
  return {
    url: SITE_URL,
    name: 'Semarak',
    language: 'id',
    timezone: 'Asia/Jakarta',
    description: 'Berita pelayanan publik',
    logo: { url: `${SITE_URL}assets/logo.png`, width: 600, height: 60 },
    publisher: {
      type: 'NewsMediaOrganization',
      name: 'Semarak',
      sameAs: ['https://x.example/semarak'],
      publishingPrinciples: `${SITE_URL}pedoman/`,
      masthead: `${SITE_URL}redaksi/`,
      ethicsPolicy: `${SITE_URL}kode-etik/`,
      correctionsPolicy: `${SITE_URL}koreksi/`,
      diversityPolicy: `${SITE_URL}keberagaman/`,
      ownershipFundingInfo: `${SITE_URL}kepemilikan/`,
      actionableFeedbackPolicy: `${SITE_URL}kontak-redaksi/`,
      verificationFactCheckingPolicy: `${SITE_URL}verifikasi/`,
      unnamedSourcesPolicy: `${SITE_URL}narasumber-anonim/`,
      noBylinesPolicy: `${SITE_URL}tanpa-nama-penulis/`,
      missionCoveragePrioritiesPolicy: `${SITE_URL}misi/`,
    },
    ...overrides,
  }
}

export function makeConfig(overrides: Partial<Omit<ResolvedConfig, 'site'>> & { site?: Partial<ResolvedSite> } = {}): ResolvedConfig {
  const { site, ...rest } = overrides
  return {
    root: '/site',
    site: makeSite(site),
    content: '/site/articles',
    out: '/site/dist',
    permalink: '/{yyyy}/{mm}/{slug}/',
    authors: undefined,
    feeds: { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json', limit: 50, content: 'full', sections: false },
    sitemap: { file: 'sitemap.xml', maxUrls: 50000, gzip: false },
    newsSitemap: { file: 'news-sitemap.xml', windowHours: 48, maxUrls: 1000 },
    robots: false,
    pages: false,
    ...rest,
  }
}

export function makePerson(key: string, overrides: Partial<Author> = {}): Author {
  return {
    id: `${SITE_URL}#/schema/person/${key}`,
    key,
    type: 'Person',
    name: key
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' '),
    url: `${SITE_URL}penulis/${key}/`,
    sameAs: [`https://x.example/${key}`],
    image: `${SITE_URL}assets/authors/${key}.jpg`,
    jobTitle: 'Wartawan',
    ...overrides,
  }
}

export function makeOrganizationAuthor(key: string, overrides: Partial<Author> = {}): Author {
  return {
    id: `${SITE_URL}#/schema/organization/${key}`,
    key,
    type: 'Organization',
    name: 'Desk Nasional Semarak',
    url: `${SITE_URL}redaksi/`,
    sameAs: [],
    ...overrides,
  }
}

export function makeImage(name: string, overrides: Partial<Image> = {}): Image {
  return {
    url: `${SITE_URL}assets/${name}.jpg`,
    alt: `Foto ${name}`,
    caption: `Keterangan ${name}`,
    width: 1200,
    height: 675,
    credit: 'Semarak/Arsip',
    ...overrides,
  }
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const url = overrides.url ?? `${SITE_URL}2023/10/menteri-panrb-temui-pm-azerbaijan/`
  return {
    file: 'articles/menteri-panrb-temui-pm-azerbaijan.md',
    bodyLine: 14,
    positions: {},
    slug: 'menteri-panrb-temui-pm-azerbaijan',
    path: '/2023/10/menteri-panrb-temui-pm-azerbaijan/',
    url,
    canonical: url,
    type: 'NewsArticle',
    title: 'Menteri PANRB Temui PM Azerbaijan, Bahas Reformasi Pelayanan Publik',
    description: 'Menteri PANRB bertemu Perdana Menteri Azerbaijan di Baku untuk membahas kerja sama pelayanan publik.',
    datePublished: zoned('2023-10-10T09:30:00'),
    dateModified: zoned('2023-10-10T14:05:00'),
    authors: [makePerson('rina-wulandari')],
    images: [makeImage('lead')],
    tags: ['pelayanan publik', 'Azerbaijan'],
    section: 'Nasional',
    lang: 'id',
    dateline: 'BAKU',
    location: 'Baku, Azerbaijan',
    accessibleForFree: true,
    corrections: [],
    draft: false,
    noindex: false,
    body: 'Baku (semarak.co) - Menteri PANRB bertemu PM Azerbaijan.\n',
    wordCount: 8,
    contentHash: '0'.repeat(64),
    ...overrides,
  }
}
