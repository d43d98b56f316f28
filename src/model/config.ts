/**
 * Site configuration: what users write (`DatelineConfig`) and what the rest of
 * dateline reads (`ResolvedConfig`, every default filled in, every URL absolute).
 */

/** The trust-policy URLs of a NewsMediaOrganization (schema.org), relative or absolute. */
export const PUBLISHER_POLICIES = [
  'publishingPrinciples',
  'masthead',
  'ethicsPolicy',
  'correctionsPolicy',
  'diversityPolicy',
  'ownershipFundingInfo',
  'actionableFeedbackPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'noBylinesPolicy',
  'missionCoveragePrioritiesPolicy',
] as const
export type PublisherPolicy = (typeof PUBLISHER_POLICIES)[number]

export interface LogoConfig {
  url: string
  width?: number
  height?: number
}

export type PublisherConfig = {
  /** `NewsMediaOrganization` (default) or `Organization`. */
  type?: 'NewsMediaOrganization' | 'Organization'
  /** Defaults to `site.name`. */
  name?: string
  sameAs?: string[]
} & { [K in PublisherPolicy]?: string }

/** An author as written in the registry or in frontmatter. */
export interface AuthorInput {
  name: string
  type?: 'Person' | 'Organization'
  url?: string
  sameAs?: string | string[]
  image?: string
  jobTitle?: string
  email?: string
}

export interface FeedsConfig {
  /** RSS 2.0 file name, or `false`. Default `feed.xml`. */
  rss?: string | false
  /** Atom 1.0 file name, or `false`. Default `atom.xml`. */
  atom?: string | false
  /** JSON Feed 1.1 file name, or `false`. Default `feed.json`. */
  json?: string | false
  /** Items per feed, newest first. Default 50. */
  limit?: number
  /** `full` article HTML or only the `summary`. Default `full`. */
  content?: 'full' | 'summary'
  /** Also write `/<section>/feed.xml` etc. per section. Default false. */
  sections?: boolean
  /** WebSub hub URL, advertised with `rel="hub"`. */
  hub?: string
  /** URL of an XSLT/CSS stylesheet for the XML feeds (`xml-stylesheet`). */
  stylesheet?: string
}

export interface SitemapConfig {
  /** Default `sitemap.xml`. */
  file?: string
  /** URLs per file before splitting into an index; default and maximum 50,000. */
  maxUrls?: number
  /** Also write `.xml.gz` children. Default false. */
  gzip?: boolean
  /** Written only when set; Google ignores it. */
  changefreq?: 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never'
  /** Written only when set; Google ignores it. */
  priority?: number
}

export interface NewsSitemapConfig {
  /** Default `news-sitemap.xml`. */
  file?: string
  /** Articles published within this many hours before "now". Default 48. */
  windowHours?: number
  /** Default and Google's maximum: 1,000. */
  maxUrls?: number
}

/** How frontmatter keys of other tools and themes are read. */
export interface FrontmatterConfig {
  /** Your key -> dateline's key (e.g. `{ "story_date": "date" }`); applies to every article. */
  aliases?: Record<string, string>
  /** Keys dateline should not mention at all (a theme's own, such as `layout` or `weight`). */
  ignore?: string[]
}

/** What users write in `dateline.config.*`. */
export interface DatelineConfig {
  site: {
    /** Absolute http(s) URL of the site root. */
    url: string
    name: string
    /** BCP 47. Default `en`. */
    language?: string
    /** IANA zone that offset-less dates are read in. Default `UTC`. */
    timezone?: string
    description?: string
    logo?: string | LogoConfig
    publisher?: PublisherConfig
  }
  /** Folder of markdown articles, relative to the root. Default `articles`. */
  content?: string
  /** Output folder, relative to the root. Default `dist`. */
  out?: string
  /** Tokens: `{yyyy} {mm} {dd} {slug} {section} {lang}`. Default `/{slug}/`. */
  permalink?: string
  /** A YAML/JSON file (relative to the root) or an inline map id -> author. */
  authors?: string | Record<string, AuthorInput>
  feeds?: FeedsConfig | false
  sitemap?: SitemapConfig | false
  newsSitemap?: NewsSitemapConfig | false
  /** Write `robots.txt` with `Sitemap:` lines. Default false. */
  robots?: boolean
  /** Write a plain page per article and an index page. Default false. */
  pages?: boolean
  frontmatter?: FrontmatterConfig
  /** `dateline check` settings, honoured in site mode and with PATHs. */
  check?: CheckConfig
}

/** A rule's setting: `off` drops its findings, `warn`/`error` sets their severity. */
export type RuleSetting = 'off' | 'warn' | 'error'

export interface CheckConfig {
  /** Rule id (as in docs/rules.md) -> setting. */
  rules?: Record<string, RuleSetting>
}

export interface ResolvedSite {
  /** Absolute, normalized, ends with `/`. */
  url: string
  name: string
  language: string
  timezone: string
  description?: string
  logo?: { url: string; width?: number; height?: number }
  publisher: {
    type: 'NewsMediaOrganization' | 'Organization'
    name: string
    sameAs: string[]
  } & { [K in PublisherPolicy]?: string }
}

export interface ResolvedFeeds {
  rss: string | false
  atom: string | false
  json: string | false
  limit: number
  content: 'full' | 'summary'
  sections: boolean
  hub?: string
  stylesheet?: string
}

/** The config with every default filled in and every URL absolute. */
export interface ResolvedConfig {
  /** Absolute path of the site root. */
  root: string
  /** Absolute path of the config file, when there was one. */
  configFile?: string
  site: ResolvedSite
  /** Absolute path. */
  content: string
  /** Absolute path. */
  out: string
  permalink: string
  /** Absolute path of the registry file, or the inline map. */
  authors: string | Record<string, AuthorInput> | undefined
  feeds: ResolvedFeeds | false
  sitemap: (Required<Pick<SitemapConfig, 'file' | 'maxUrls' | 'gzip'>> & Pick<SitemapConfig, 'changefreq' | 'priority'>) | false
  newsSitemap: Required<NewsSitemapConfig> | false
  robots: boolean
  pages: boolean
  /** Rule settings for `dateline check`; absent when the config has none. */
  check?: { rules: Record<string, RuleSetting> }
  /** Absent in configs built by hand (tests, adapters): no aliases, nothing ignored. */
  frontmatter?: Required<FrontmatterConfig>
}

/** Types a config file; returns it unchanged. */
export function defineConfig(config: DatelineConfig): DatelineConfig {
  return config
}
