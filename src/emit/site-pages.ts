/**
 * JSON-LD and `<head>` fragments for the pages of a news site that are not
 * articles: the home page (WebSite + publisher), a section page
 * (CollectionPage listing its articles) and an author page (ProfilePage with
 * the Person as `mainEntity`, as Google's profile-page documentation shows).
 * The site-wide nodes carry the same `@id`s as in every article's graph.
 */
import type { CollectionPageLeaf, Graph, ItemListLeaf, ListItemLeaf, ProfilePageLeaf, Thing, WebPageLeaf } from 'schema-dts'
import type { ResolvedConfig } from '../model/config.js'
import type { Article, Author } from '../model/types.js'
import { resolveUrl } from '../model/urls.js'
import { alternateLinks, link, meta, ogLocale, type HeadOptions } from './head.js'
import { escapeHtmlText, htmlSafe } from '../util/html-escape.js'
import { authorNode, compact, publisherNodes, ref, siteIds, webSiteNode } from './jsonld.js'
import { serializeJsonLdForScript } from './script-json.js'

/** A page that is not an article. URLs may be absolute or paths on the site. */
export type SitePage =
  | { kind: 'home'; description?: string }
  | {
      kind: 'section'
      /** The section's name, as in the articles' `section:`. */
      name: string
      url: string
      description?: string
      /** The articles listed on the page, in page order (an `ItemList` of their URLs). */
      articles?: readonly Pick<Article, 'url'>[]
    }
  | {
      kind: 'author'
      author: Author
      /** Default: the author's `url`. */
      url?: string
      description?: string
    }

/** Options of `renderPageHead`: the same parts as an article's head, except `graph`. */
export type PageHeadOptions = Omit<HeadOptions, 'graph'>

/** The page's own URL, absolute. */
export function sitePageUrl(page: SitePage, config: ResolvedConfig): string {
  const url = page.kind === 'home' ? config.site.url : page.kind === 'section' ? page.url : (page.url ?? page.author.url)
  if (url === undefined) throw new TypeError(`author "${page.kind === 'author' ? page.author.name : ''}" has no url: give the page a url`)
  return resolveUrl(url, config.site.url)
}

function pageName(page: SitePage, config: ResolvedConfig): string {
  return page.kind === 'home' ? config.site.name : page.kind === 'section' ? page.name : page.author.name
}

/** The page's schema.org graph: its page node, the page's subject, the WebSite and the publisher. */
export function sitePageJsonLd(page: SitePage, config: ResolvedConfig): Graph {
  const { site } = config
  const ids = siteIds(site)
  const url = sitePageUrl(page, config)
  const description = page.description ?? (page.kind === 'home' ? site.description : undefined)
  const common = { '@id': url, url, name: pageName(page, config), description, isPartOf: ref(ids.website), inLanguage: site.language }
  let nodes: Thing[]
  if (page.kind === 'home') {
    nodes = [compact<WebPageLeaf>({ '@type': 'WebPage', ...common, about: ref(ids.organization) })]
  } else if (page.kind === 'section') {
    const list = (page.articles ?? []).map((article, index) => compact<ListItemLeaf>({ '@type': 'ListItem', position: index + 1, url: article.url }))
    const itemList = list.length ? compact<ItemListLeaf>({ '@type': 'ItemList', itemListElement: list }) : undefined
    nodes = [compact<CollectionPageLeaf>({ '@type': 'CollectionPage', ...common, mainEntity: itemList })]
  } else {
    nodes = [compact<ProfilePageLeaf>({ '@type': 'ProfilePage', ...common, mainEntity: ref(page.author.id) }), authorNode(page.author)]
  }
  return { '@context': 'https://schema.org', '@graph': [...nodes, webSiteNode(site), ...publisherNodes(site)] }
}

/**
 * The `<head>` fragment of a non-article page, one tag per line: `<title>`,
 * description, canonical, feed links, Open Graph (`website`, or `profile` for
 * an author), Twitter card and the JSON-LD script.
 */
export function renderPageHead(page: SitePage, config: ResolvedConfig, options: PageHeadOptions = {}): string {
  const { site } = config
  const url = sitePageUrl(page, config)
  const name = pageName(page, config)
  const description = page.description ?? (page.kind === 'home' ? site.description : undefined)
  const image = page.kind === 'author' ? page.author.image : site.logo?.url
  const title = page.kind === 'home' ? htmlSafe(site.name) : `${htmlSafe(name)} | ${htmlSafe(site.name)}`
  const lines: (string | undefined)[] = [
    options.title === false ? undefined : `<title>${escapeHtmlText(title)}</title>`,
    meta('name', 'description', description),
    link({ rel: 'canonical', href: url }),
    ...alternateLinks(options.alternates ?? []),
    ...(options.openGraph === false
      ? []
      : [
          meta('property', 'og:type', page.kind === 'author' && page.author.type === 'Person' ? 'profile' : 'website'),
          meta('property', 'og:site_name', site.name),
          meta('property', 'og:locale', ogLocale(site.language)),
          meta('property', 'og:title', name),
          meta('property', 'og:description', description),
          meta('property', 'og:url', url),
          meta('property', 'og:image', image),
        ]),
    ...(options.twitter === false
      ? []
      : [meta('name', 'twitter:card', 'summary'), meta('name', 'twitter:title', name), meta('name', 'twitter:description', description), meta('name', 'twitter:image', image)]),
    options.jsonLd === false ? undefined : `<script type="application/ld+json">${serializeJsonLdForScript(sitePageJsonLd(page, config))}</script>`,
  ]
  return `${lines.filter((line) => line !== undefined).join('\n')}\n`
}
