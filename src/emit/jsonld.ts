/**
 * An article as one schema.org JSON-LD `@graph`, shaped the way Yoast does it:
 * every entity (article, page, site, publisher, authors, images) is a node of
 * its own with a stable `@id`, and nodes refer to each other by `{ "@id" }`,
 * never by nested copies. The site-wide ids (`#website`, `#organization`,
 * `#logo`, authors' `#/schema/person/…`) are the same on every page, so graphs
 * of different pages merge cleanly.
 *
 * Every type and property used here exists in schema.org 30.0 and is allowed
 * (domainIncludes, subclass-aware) on the node that carries it; test/jsonld
 * checks the output against the vocabulary file.
 */
import type {
  AnalysisNewsArticleLeaf,
  ArticleLeaf,
  AskPublicNewsArticleLeaf,
  BackgroundNewsArticleLeaf,
  BlogPostingLeaf,
  CorrectionCommentLeaf,
  Graph,
  IdReference,
  ImageObjectLeaf,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  OpinionNewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  ReportageNewsArticleLeaf,
  ReviewNewsArticleLeaf,
  Thing,
  WebPageElementLeaf,
  WebPageLeaf,
  WebSiteLeaf,
} from 'schema-dts'
import { PUBLISHER_POLICIES, type PublisherPolicy, type ResolvedConfig, type ResolvedSite } from '../model/config.js'
import { safeUrl } from '../model/urls.js'
import type { Article, ArticleType, Author, Image } from '../model/types.js'

/** The `@id`s of the nodes every page of a site shares. */
export interface SiteIds {
  website: string
  organization: string
  logo: string
}

/** Stable `@id`s of the site-wide nodes: `<site.url>#website`, `#organization`, `#logo`. */
export function siteIds(site: Pick<ResolvedSite, 'url'>): SiteIds {
  return {
    website: `${site.url}#website`,
    organization: `${site.url}#organization`,
    logo: `${site.url}#logo`,
  }
}

/** The `@id`s of an article's own nodes. */
export interface ArticleIds {
  /** `<url>#article` */
  article: string
  /** The canonical URL: the page that is the article's main entity. */
  webPage: string
  /** `<url>#primaryimage` for the lead image, `<url>#image-2`, `-3`, … for the others. */
  image: (index: number) => string
}

/** Stable `@id`s of an article's nodes, from its URL and canonical URL. */
export function articleIds(article: Pick<Article, 'url' | 'canonical'>): ArticleIds {
  return {
    article: `${article.url}#article`,
    webPage: article.canonical,
    image: (index) => (index === 0 ? `${article.url}#primaryimage` : `${article.url}#image-${index + 1}`),
  }
}

type NewsArticleNode =
  | NewsArticleLeaf
  | AnalysisNewsArticleLeaf
  | AskPublicNewsArticleLeaf
  | BackgroundNewsArticleLeaf
  | OpinionNewsArticleLeaf
  | ReportageNewsArticleLeaf
  | ReviewNewsArticleLeaf
type ArticleNode = NewsArticleNode | ArticleLeaf | BlogPostingLeaf
type NewsArticleType = NewsArticleNode['@type']

/** NewsArticle and its subtypes in schema.org 30.0 (the article types `dateline` is allowed on). */
const NEWS_ARTICLE_TYPES: ReadonlySet<ArticleType> = new Set<NewsArticleType>([
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
])

/** Whether `type` is NewsArticle or one of its subtypes. */
export function isNewsArticleType(type: ArticleType): type is ArticleType & NewsArticleType {
  return NEWS_ARTICLE_TYPES.has(type)
}

/**
 * The trust policies schema.org 30.0 allows on a plain Organization; the other
 * four (masthead, verificationFactCheckingPolicy, noBylinesPolicy,
 * missionCoveragePrioritiesPolicy) have NewsMediaOrganization as their only domain.
 */
const ORGANIZATION_POLICIES = [
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'diversityPolicy',
  'ownershipFundingInfo',
  'actionableFeedbackPolicy',
  'unnamedSourcesPolicy',
] as const satisfies readonly (PublisherPolicy & keyof OrganizationLeaf)[]

/**
 * Whether schema.org allows `policy` on a publisher of `type`. A policy that is
 * not allowed is left out of the graph; the config loader can warn about it.
 */
export function isPolicyAllowed(type: ResolvedSite['publisher']['type'], policy: PublisherPolicy): boolean {
  return type === 'NewsMediaOrganization' || (ORGANIZATION_POLICIES as readonly string[]).includes(policy)
}

/** Whether a value carries nothing: undefined, null, '', [] or an object without keys. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

/** `node` without empty entries (nor empty items in arrays); key order kept (insertion order is the output order). */
export function compact<T extends object>(node: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    const kept = Array.isArray(value) ? value.filter((item) => !isEmpty(item)) : value
    if (!isEmpty(kept)) out[key] = kept
  }
  return out as T
}

export const ref = (id: string): IdReference => ({ '@id': id })

function imageNode(image: Image, id: string): ImageObjectLeaf {
  return compact<ImageObjectLeaf>({
    '@type': 'ImageObject',
    '@id': id,
    // Both, as Yoast does: Google's tools once required `url`; `contentUrl` is the MediaObject term.
    url: safeUrl(image.url),
    contentUrl: safeUrl(image.url),
    // schema-dts types width/height as Distance | QuantitativeValue (Distance is a
    // text DataType, "<number> <unit>"); a bare pixel count is what Google's
    // examples and every major emitter write, so it goes out as a number.
    width: image.width as unknown as ImageObjectLeaf['width'],
    height: image.height as unknown as ImageObjectLeaf['height'],
    // schema.org has no alt-text term; like Yoast, the alt text stands in for a missing caption.
    caption: image.caption ?? image.alt,
    creditText: image.credit,
  })
}

export function authorNode(author: Author): PersonLeaf | OrganizationLeaf {
  const common = {
    '@id': safeUrl(author.id),
    name: author.name,
    url: author.url ? safeUrl(author.url) : undefined,
    sameAs: author.sameAs.filter(Boolean).map(safeUrl),
    image: author.image ? safeUrl(author.image) : undefined,
  }
  // The type is the registry's, never guessed from the name. jobTitle has Person as its only domain.
  return author.type === 'Person'
    ? compact<PersonLeaf>({ '@type': 'Person', ...common, jobTitle: author.jobTitle })
    : compact<OrganizationLeaf>({ '@type': 'Organization', ...common })
}

export function publisherNodes(site: ResolvedSite): Thing[] {
  const ids = siteIds(site)
  const { publisher } = site
  const policies: Partial<Record<PublisherPolicy, string>> = {}
  for (const policy of PUBLISHER_POLICIES) {
    const url = publisher[policy]
    if (url !== undefined && isPolicyAllowed(publisher.type, policy)) policies[policy] = safeUrl(url)
  }
  const common = {
    '@id': ids.organization,
    name: publisher.name,
    url: safeUrl(site.url),
    logo: site.logo ? ref(ids.logo) : undefined,
    sameAs: publisher.sameAs.filter(Boolean).map(safeUrl),
  }
  const organization =
    publisher.type === 'NewsMediaOrganization'
      ? compact<NewsMediaOrganizationLeaf>({ '@type': 'NewsMediaOrganization', ...common, ...policies })
      : compact<OrganizationLeaf>({
          '@type': 'Organization',
          ...common,
          ...(policies as Pick<OrganizationLeaf, (typeof ORGANIZATION_POLICIES)[number]>),
        })
  const logo = site.logo ? [imageNode(site.logo, ids.logo)] : []
  return [organization, ...logo]
}

export function webSiteNode(site: ResolvedSite): WebSiteLeaf {
  const ids = siteIds(site)
  return compact<WebSiteLeaf>({
    '@type': 'WebSite',
    '@id': ids.website,
    url: safeUrl(site.url),
    name: site.name,
    description: site.description,
    inLanguage: site.language,
    publisher: ref(ids.organization),
  })
}

/** Images with distinct URLs, the lead image first (a repeated URL would repeat an `@id`'s content). */
function distinctImages(images: readonly Image[]): Image[] {
  const seen = new Set<string>()
  return images.filter((image) => !seen.has(image.url) && seen.add(image.url))
}

/**
 * The article's schema.org graph: `{ "@context": "https://schema.org", "@graph": [...] }`
 * with, in this order, the article (`@type` = `article.type`), its WebPage, its
 * ImageObjects, the WebSite, the publisher and its logo, and one node per author.
 * Empty values are left out; key order is fixed, so the same input always gives
 * the same JSON.
 */
export function articleJsonLd(article: Article, config: ResolvedConfig): Graph {
  const { site } = config
  const ids = articleIds(article)
  const shared = siteIds(site)
  const images = distinctImages(article.images)
  const authors = [...new Map(article.authors.map((author) => [author.id, author])).values()]
  const dateModified = (article.dateModified ?? article.datePublished).iso
  // The page is part of this site unless the canonical page lives elsewhere.
  const onSite = article.canonical.startsWith(site.url)

  const lead = {
    '@id': ids.article,
    url: safeUrl(article.url),
    headline: article.title,
    description: article.description,
    datePublished: article.datePublished.iso,
    dateModified,
    author: authors.map((author) => ref(author.id)),
    publisher: ref(shared.organization),
    image: images.map((_, index) => ref(ids.image(index))),
    mainEntityOfPage: ref(ids.webPage),
    isPartOf: ref(ids.webPage),
    inLanguage: article.lang,
    articleSection: article.section,
    keywords: [...article.tags],
    wordCount: article.wordCount,
  } satisfies Omit<ArticleLeaf, '@type'>
  const paywalled = !article.accessibleForFree
  const trail = {
    contentLocation: article.location ? compact<PlaceLeaf>({ '@type': 'Place', name: article.location }) : undefined,
    correction: article.corrections.map((correction) =>
      compact<CorrectionCommentLeaf>({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date.iso }),
    ),
    isAccessibleForFree: paywalled ? false : undefined,
    hasPart:
      paywalled && article.paywallSelector
        ? compact<WebPageElementLeaf>({ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: article.paywallSelector })
        : undefined,
  } satisfies Omit<ArticleLeaf, '@type'>
  const type = article.type
  const articleNode: ArticleNode = isNewsArticleType(type)
    ? compact<NewsArticleNode>({ '@type': type, ...lead, dateline: article.dateline, ...trail })
    : compact<ArticleLeaf | BlogPostingLeaf>({ '@type': type, ...lead, ...trail })

  const webPage = compact<WebPageLeaf>({
    '@type': 'WebPage',
    '@id': ids.webPage,
    url: safeUrl(article.canonical),
    name: article.title,
    description: article.description,
    isPartOf: onSite ? ref(shared.website) : undefined,
    primaryImageOfPage: images.length ? ref(ids.image(0)) : undefined,
    datePublished: article.datePublished.iso,
    dateModified,
    inLanguage: article.lang,
  })

  return {
    '@context': 'https://schema.org',
    '@graph': [
      articleNode,
      webPage,
      ...images.map((image, index) => imageNode(image, ids.image(index))),
      webSiteNode(site),
      ...publisherNodes(site),
      ...authors.map(authorNode),
    ],
  }
}
