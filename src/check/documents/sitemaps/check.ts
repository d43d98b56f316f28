/**
 * Sitemaps (urlset, sitemap index, news, image, video, hreflang): the XSD
 * rules as code plus what no XSD checks — Google's limits, the news window,
 * one host, duplicates, deprecated tags. Each `<url>` is checked as it closes
 * and then dropped, so a 50 MB file needs memory for one entry at a time
 * (plus the set of URLs seen, for duplicates).
 */
import { NEWS_WINDOW_HOURS, newsWindowPlace } from '../../../plan/news-window.js'
import type { Diagnostic } from '../../../util/diagnostic.js'
import { hint } from '../../../util/did-you-mean.js'
import { checkAbsoluteUrl, checkW3cDatetime, isKnownLanguage } from '../formats.js'
import { Findings, withHint } from '../findings.js'
import { xmlNotWellFormed } from '../feeds/rules.js'
import type { CheckOptions } from '../options.js'
import { attribute, LineIndex, walkXml, type XmlElement } from '../xml-tree.js'
import { IMAGE_NS, NEWS_NS, SITEMAP_NS, VIDEO_NS, XHTML_NS } from '../../../util/namespaces.js'
import { CONTENT_MODELS, DEPRECATED_ELEMENTS, EXTENSION_ELEMENTS, prefixOf, type ContentModel } from './models.js'
import {
  newsEmptyElement,
  newsInvalidLanguage,
  newsMultipleNews,
  newsOutsideWindow,
  newsTooManyUrls,
  newsUnknownLanguage,
  sitemapDateFormat,
  sitemapDeprecatedElement,
  sitemapDuplicateElement,
  sitemapDuplicateUrl,
  sitemapElementOrder,
  sitemapEmpty,
  sitemapInvalidDate,
  sitemapInvalidHreflang,
  sitemapInvalidRoot,
  sitemapInvalidUrl,
  sitemapInvalidValue,
  sitemapMissingAttribute,
  sitemapMissingElement,
  sitemapMissingLoc,
  sitemapOtherHost,
  sitemapRelativeUrl,
  sitemapTooLarge,
  sitemapTooManyImages,
  sitemapTooManyUrls,
  sitemapUnencodedUrl,
  sitemapUnknownElement,
} from './rules.js'
import type { Position } from '../../../model/types.js'

/** Google's and sitemaps.org's limits. */
export const SITEMAP_LIMITS = {
  urls: 50_000,
  bytes: 52_428_800,
  newsUrls: 1_000,
  imagesPerUrl: 1_000,
  urlLength: 2_048,
  newsWindowMs: NEWS_WINDOW_HOURS * 3_600_000,
} as const

const CHANGEFREQ = ['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']
const NEWS_LANGUAGE = /^(zh-cn|zh-tw|[a-z]{2,3})$/
const HREFLANG = /^(x-default|[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8})*)$/

function display(element: { uri: string; local: string; name?: string }): string {
  return `<${element.name ?? prefixOf(element.uri) + element.local}>`
}

function particleName(uri: string, local: string): string {
  return `<${uri === SITEMAP_NS ? '' : prefixOf(uri)}${local}>`
}

export interface SitemapCheckContext {
  /** Size of the file in bytes, when known (else measured from the text). */
  bytes?: number
}

/** Check a sitemap, sitemap index or news/image/video sitemap. */
export function checkSitemap(text: string, file: string, options: CheckOptions = {}, context: SitemapCheckContext = {}, lines = new LineIndex(text)): Diagnostic[] {
  const findings = new Findings(file)
  const seen = new Map<string, number>()
  let origin: { origin: string; from: string } | undefined
  if (options.siteUrl) {
    try {
      origin = { origin: new URL(options.siteUrl).origin, from: 'the site URL' }
    } catch {
      // an unusable site URL is the caller's problem; fall back to the first loc
    }
  }
  let entries = 0
  let newsEntries = 0
  let rootKind: 'urlset' | 'sitemapindex' | undefined

  /** Check children against a content model (XSD sequence). */
  const checkModel = (element: XmlElement, model: ContentModel) => {
    const counts = model.sequence.map(() => 0)
    let position = 0
    for (const child of element.children) {
      const index = model.sequence.findIndex((p) => p.uri === child.uri && p.local === child.local)
      if (index === -1) {
        if (model.extensions && child.uri !== element.uri && child.uri !== SITEMAP_NS) {
          if (!EXTENSION_ELEMENTS.some((e) => e.uri === child.uri && e.local === child.local) && !isKnownNamespace(child.uri)) {
            findings.add(sitemapUnknownElement, child, `${display(child)} is from namespace "${child.uri || '(none)'}", which no sitemap schema defines; the XSD rejects undeclared extension elements`)
          } else if (!EXTENSION_ELEMENTS.some((e) => e.uri === child.uri && e.local === child.local)) {
            findings.add(sitemapUnknownElement, child, `${display(child)} is not an element of that extension here`)
          }
          position = model.sequence.length
          continue
        }
        const candidates = model.sequence.filter((p) => p.uri === child.uri).map((p) => p.local)
        const where = display(element)
        findings.add(sitemapUnknownElement, child, withHint(`${display(child)} is not allowed in ${where}`, hint(child.local, candidates)))
        continue
      }
      counts[index]!++
      const particle = model.sequence[index]!
      if (counts[index]! > particle.max) {
        findings.add(sitemapDuplicateElement, child, `${display(element)} may have ${particle.max === 1 ? 'one' : `at most ${particle.max}`} ${particleName(particle.uri, particle.local)}; this is another`)
        continue
      }
      if (index < position) {
        const later = model.sequence[position]
        const what = later ? particleName(later.uri, later.local) : 'the extension elements'
        findings.add(sitemapElementOrder, child, `${display(child)} must come before ${what} in ${display(element)}`)
        continue
      }
      position = index
    }
    model.sequence.forEach((particle, index) => {
      if (counts[index]! >= particle.min) return
      const name = particleName(particle.uri, particle.local)
      if (particle.local === 'loc' && particle.uri === SITEMAP_NS) findings.add(sitemapMissingLoc, element, `${display(element)} needs a <loc> with the absolute URL`)
      else findings.add(sitemapMissingElement, element, `${display(element)} needs ${name}`)
    })
  }

  const checkUrlValue = (at: Position, what: string, value: string, sameHost: boolean): void => {
    const result = checkAbsoluteUrl(value)
    if (!result.ok) {
      if (result.kind === 'relative') findings.add(sitemapRelativeUrl, at, `${what}: ${result.reason}`)
      else if (result.kind === 'invalid') findings.add(sitemapInvalidUrl, at, `${what}: ${result.reason}`)
      else findings.add(sitemapUnencodedUrl, at, `${what}: ${result.reason}`)
    }
    if (value.trim().length > SITEMAP_LIMITS.urlLength) {
      findings.add(sitemapInvalidUrl, at, `${what} is ${value.trim().length} characters long; the limit is ${SITEMAP_LIMITS.urlLength}`)
    }
    const url = result.url
    if (!sameHost || !url) return
    if (!origin) origin = { origin: url.origin, from: `the first URL in the file` }
    else if (url.origin !== origin.origin) {
      findings.add(sitemapOtherHost, at, `${what} "${value.trim()}" is on ${url.origin}, not ${origin.origin} (${origin.from}); a sitemap lists one site's URLs`)
    }
  }

  const checkDate = (element: XmlElement, news: boolean) => {
    const value = element.text.trim()
    const result = checkW3cDatetime(value)
    const what = display(element)
    if (!result.ok) return findings.add(sitemapInvalidDate, element, `${what}: ${result.reason}`)
    if (news && (result.precision === 'year' || result.precision === 'month')) {
      return findings.add(sitemapInvalidDate, element, `${what} "${value}" needs at least a full date; write "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss±hh:mm"`)
    }
    if (result.precision === 'year' || result.precision === 'month' || result.precision === 'minute') {
      findings.add(sitemapDateFormat, element, `${what} "${value}" is a W3C Datetime the sitemap XSD rejects; write ${result.precision === 'minute' ? 'the seconds too ("…T18:42:00+01:00")' : 'a full date ("YYYY-MM-DD")'}`)
    }
    if (news && options.now !== undefined) {
      const now = options.now
      // A date without a time is a span: flag it only when all of it is outside the window.
      if (newsWindowPlace(result.endMs, now) === 'before') {
        findings.add(newsOutsideWindow, element, `${what} "${value}" is more than two days before now (${new Date(now).toISOString()}); Google News reads only articles from the last two days: remove the entry or its <news:news>`)
      } else if (newsWindowPlace(result.startMs, now) === 'after') {
        findings.add(newsOutsideWindow, element, `${what} "${value}" is after now (${new Date(now).toISOString()}); list an article only once it is published`)
      }
    }
  }

  const checkNews = (news: XmlElement) => {
    checkModel(news, CONTENT_MODELS.get(`${NEWS_NS} news`)!)
    const publication = news.children.find((c) => c.uri === NEWS_NS && c.local === 'publication')
    if (publication) {
      checkModel(publication, CONTENT_MODELS.get(`${NEWS_NS} publication`)!)
      const name = publication.children.find((c) => c.uri === NEWS_NS && c.local === 'name')
      if (name && name.text.trim() === '') findings.add(newsEmptyElement, name, '<news:name> is empty; write the publication name as it appears on news.google.com')
      const language = publication.children.find((c) => c.uri === NEWS_NS && c.local === 'language')
      if (language) {
        const value = language.text.trim()
        if (!NEWS_LANGUAGE.test(value)) {
          const primary = value.toLowerCase().split(/[-_]/)[0] ?? ''
          const suggestion = /^[a-z]{2,3}$/.test(primary) ? `; write "${['zh-cn', 'zh-tw'].includes(value.toLowerCase()) ? value.toLowerCase() : primary}"` : ''
          findings.add(newsInvalidLanguage, language, `<news:language> "${value}" is not an ISO 639 code in lower case (or zh-cn, zh-tw)${suggestion}`)
        } else if (!isKnownLanguage(value)) {
          findings.add(newsUnknownLanguage, language, `<news:language> "${value}" is not a known ISO 639 language code`)
        }
      }
    }
    const date = news.children.find((c) => c.uri === NEWS_NS && c.local === 'publication_date')
    if (date) checkDate(date, true)
    const title = news.children.find((c) => c.uri === NEWS_NS && c.local === 'title')
    if (title && title.text.trim() === '') findings.add(newsEmptyElement, title, '<news:title> is empty; write the article title as shown on the site')
  }

  const checkImage = (image: XmlElement) => {
    checkModel(image, CONTENT_MODELS.get(`${IMAGE_NS} image`)!)
    const loc = image.children.find((c) => c.uri === IMAGE_NS && c.local === 'loc')
    if (loc) checkUrlValue(loc, '<image:loc>', loc.text, false)
  }

  const checkVideo = (video: XmlElement) => {
    checkModel(video, CONTENT_MODELS.get(`${VIDEO_NS} video`)!)
    if (!video.children.some((c) => c.uri === VIDEO_NS && (c.local === 'content_loc' || c.local === 'player_loc'))) {
      findings.add(sitemapMissingElement, video, '<video:video> needs <video:content_loc> or <video:player_loc>')
    }
    for (const child of video.children) {
      if (child.uri !== VIDEO_NS) continue
      if (child.local === 'thumbnail_loc' || child.local === 'content_loc' || child.local === 'player_loc') checkUrlValue(child, display(child), child.text, false)
      if (child.local === 'player_loc') {
        for (const name of ['allow_embed', 'autoplay']) {
          if (attribute(child, name) !== undefined) findings.add(sitemapDeprecatedElement, child, `the ${name} attribute of <video:player_loc> is deprecated: Google has ignored it since 2022; remove it`)
        }
      }
    }
  }

  const checkAlternate = (link: XmlElement) => {
    const rel = attribute(link, 'rel')
    const hreflang = attribute(link, 'hreflang')
    const href = attribute(link, 'href')
    if (rel === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link> needs rel="alternate"')
    if (href === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link> needs an href')
    else checkUrlValue(link, '<xhtml:link> href', href, false)
    if (rel === 'alternate' && hreflang === undefined) findings.add(sitemapMissingAttribute, link, '<xhtml:link rel="alternate"> needs an hreflang')
    if (hreflang !== undefined) {
      if (!HREFLANG.test(hreflang)) {
        findings.add(sitemapInvalidHreflang, link, `hreflang "${hreflang}" is not a language code with an optional region (such as "en" or "de-CH") or "x-default"`)
      } else if (hreflang !== 'x-default' && !isKnownLanguage(hreflang.split('-')[0]!)) {
        findings.add(sitemapInvalidHreflang, link, `hreflang "${hreflang}" does not start with a known ISO 639 language code`, 'warning')
      }
    }
  }

  const checkEntry = (entry: XmlElement) => {
    entries++
    if (entries === SITEMAP_LIMITS.urls + 1) {
      findings.add(sitemapTooManyUrls, entry, `more than ${SITEMAP_LIMITS.urls.toLocaleString('en-US')} ${entry.local === 'url' ? 'URLs' : 'sitemaps'} in one file (this is the ${(SITEMAP_LIMITS.urls + 1).toLocaleString('en-US')}th); split it and list the parts in a sitemap index`)
    }
    checkModel(entry, CONTENT_MODELS.get(`${SITEMAP_NS} ${entry.local}`)!)
    const loc = entry.children.find((c) => c.uri === SITEMAP_NS && c.local === 'loc')
    if (loc) {
      const value = loc.text.trim()
      checkUrlValue(loc, '<loc>', value, true)
      const first = seen.get(value)
      if (first !== undefined) findings.add(sitemapDuplicateUrl, loc, `"${value}" is already listed on line ${first}`)
      else seen.set(value, loc.line)
    }
    const lastmod = entry.children.find((c) => c.uri === SITEMAP_NS && c.local === 'lastmod')
    if (lastmod) checkDate(lastmod, false)
    const changefreq = entry.children.find((c) => c.uri === SITEMAP_NS && c.local === 'changefreq')
    if (changefreq && !CHANGEFREQ.includes(changefreq.text.trim())) {
      findings.add(sitemapInvalidValue, changefreq, `<changefreq> must be one of ${CHANGEFREQ.join(', ')}, not "${changefreq.text.trim()}"`)
    }
    const priority = entry.children.find((c) => c.uri === SITEMAP_NS && c.local === 'priority')
    if (priority) {
      const value = priority.text.trim()
      if (!/^\+?(\d+(\.\d*)?|\.\d+)$/.test(value) || Number(value) > 1) {
        findings.add(sitemapInvalidValue, priority, `<priority> must be a decimal from 0.0 to 1.0, not "${value}"`)
      }
    }
    const news = entry.children.filter((c) => c.uri === NEWS_NS && c.local === 'news')
    for (const [index, item] of news.entries()) {
      newsEntries++
      if (newsEntries === SITEMAP_LIMITS.newsUrls + 1) {
        findings.add(newsTooManyUrls, item, `more than ${SITEMAP_LIMITS.newsUrls.toLocaleString('en-US')} <news:news> entries in one sitemap; split them over several sitemaps`)
      }
      if (index > 0) findings.add(newsMultipleNews, item, `a <url> holds one <news:news>; this is number ${index + 1}`)
      checkNews(item)
    }
    const images = entry.children.filter((c) => c.uri === IMAGE_NS && c.local === 'image')
    if (images.length > SITEMAP_LIMITS.imagesPerUrl) {
      findings.add(sitemapTooManyImages, images[SITEMAP_LIMITS.imagesPerUrl]!, `a <url> holds at most ${SITEMAP_LIMITS.imagesPerUrl.toLocaleString('en-US')} <image:image>; this one has ${images.length}`)
    }
    for (const image of images) checkImage(image)
    for (const video of entry.children.filter((c) => c.uri === VIDEO_NS && c.local === 'video')) checkVideo(video)
    for (const link of entry.children.filter((c) => c.uri === XHTML_NS && c.local === 'link')) checkAlternate(link)
  }

  const { root, error } = walkXml(
    text,
    {
      open(element) {
        if (element.parent) return
        if (element.uri === SITEMAP_NS && (element.local === 'urlset' || element.local === 'sitemapindex')) rootKind = element.local
      },
      close(element) {
        const deprecated = DEPRECATED_ELEMENTS.get(`${element.uri} ${element.local}`)
        if (deprecated) findings.add(sitemapDeprecatedElement, element, `${display(element)} is deprecated: ${deprecated}; remove it`)
        const parent = element.parent
        if (!rootKind || !parent || parent.parent) return
        // A direct child of the root.
        const entryName = rootKind === 'urlset' ? 'url' : 'sitemap'
        if (element.uri === SITEMAP_NS && element.local === entryName) {
          checkEntry(element)
          return false
        }
        if (element.uri === SITEMAP_NS) {
          const other = entryName === 'url' ? 'sitemap' : 'url'
          const message = `<${element.name}> is not allowed in <${rootKind}>`
          findings.add(
            sitemapUnknownElement,
            element,
            element.local === other
              ? `${message}; a ${rootKind === 'urlset' ? 'urlset lists <url>' : 'sitemap index lists <sitemap>'} entries`
              : withHint(message, hint(element.local, [entryName])),
          )
        } else if (!EXTENSION_ELEMENTS.some((e) => e.uri === element.uri && e.local === element.local)) {
          findings.add(sitemapUnknownElement, element, `${display(element)} is from namespace "${element.uri || '(none)'}", which no sitemap schema defines here`)
        }
        return false
      },
    },
    lines,
  )
  if (error) {
    findings.add(xmlNotWellFormed, error, `not well-formed XML: ${error.message}`)
    return findings.sorted()
  }
  if (root && !rootKind) {
    findings.add(sitemapInvalidRoot, root, `the root must be <urlset> or <sitemapindex> in namespace "${SITEMAP_NS}", not <${root.name}>${root.uri ? ` in "${root.uri}"` : ' without a namespace'}`)
    return findings.sorted()
  }
  const bytes = context.bytes ?? Buffer.byteLength(text, 'utf8')
  if (bytes > SITEMAP_LIMITS.bytes) {
    findings.add(sitemapTooLarge, undefined, `the file is ${bytes.toLocaleString('en-US')} bytes uncompressed; the limit is ${SITEMAP_LIMITS.bytes.toLocaleString('en-US')} (50 MB): split it and list the parts in a sitemap index`)
  }
  if (root && entries === 0) {
    findings.add(sitemapEmpty, root, rootKind === 'urlset' ? '<urlset> lists no <url>: fine for a news sitemap between news cycles, otherwise check what generated it' : '<sitemapindex> lists no <sitemap>')
  }
  return findings.sorted()
}

function isKnownNamespace(uri: string): boolean {
  return uri === NEWS_NS || uri === IMAGE_NS || uri === VIDEO_NS || uri === XHTML_NS
}
