/**
 * One `<url>` (or index `<sitemap>`) entry, checked when it closes: calls each
 * concern's check in the order of the entry's findings (ties at one element
 * keep that order). The rules are defined beside those checks.
 */
import { IMAGE_NS, NEWS_NS, SITEMAP_NS, VIDEO_NS, XHTML_NS } from '../../../util/namespaces.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import type { XmlElement } from '../xml-tree.js'
import { checkAlternate } from './alternates.js'
import { checkSitemapDate } from './dates.js'
import { checkPlayerAttributes } from './deprecated.js'
import { checkImageCount, countEntry, countNews, type SitemapCounts } from './limits.js'
import { CONTENT_MODELS, display } from './models.js'
import { checkNewsLanguage, checkNewsNotEmpty, checkOneNews, newsChild } from './news.js'
import { checkModel, checkVideoLocation } from './structure.js'
import { checkListedOnce, checkSitemapUrl, type SitemapUrls } from './urls.js'
import { checkChangefreq, checkPriority } from './values.js'

/** What the check of one sitemap keeps while entries come and go. */
export interface SitemapState {
  findings: Findings
  options: CheckOptions
  urls: SitemapUrls
  counts: SitemapCounts
}

function children(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === uri && c.local === local)
}

function child(element: XmlElement, uri: string, local: string): XmlElement | undefined {
  return element.children.find((c) => c.uri === uri && c.local === local)
}

/** Check one entry of a urlset or index. */
export function checkSitemapEntry(state: SitemapState, entry: XmlElement): void {
  const { findings, options } = state
  countEntry(findings, state.counts, entry)
  checkModel(findings, entry, CONTENT_MODELS.get(`${SITEMAP_NS} ${entry.local}`)!)
  const loc = child(entry, SITEMAP_NS, 'loc')
  if (loc) {
    const value = loc.text.trim()
    checkSitemapUrl(findings, state.urls, loc, '<loc>', value, true)
    checkListedOnce(findings, state.urls, loc, value)
  }
  const lastmod = child(entry, SITEMAP_NS, 'lastmod')
  if (lastmod) checkSitemapDate(findings, lastmod, false, options)
  const changefreq = child(entry, SITEMAP_NS, 'changefreq')
  if (changefreq) checkChangefreq(findings, changefreq)
  const priority = child(entry, SITEMAP_NS, 'priority')
  if (priority) checkPriority(findings, priority)
  for (const [index, news] of children(entry, NEWS_NS, 'news').entries()) {
    countNews(findings, state.counts, news)
    checkOneNews(findings, news, index)
    checkNews(state, news)
  }
  const images = children(entry, IMAGE_NS, 'image')
  checkImageCount(findings, images)
  for (const image of images) {
    checkModel(findings, image, CONTENT_MODELS.get(`${IMAGE_NS} image`)!)
    const imageLoc = child(image, IMAGE_NS, 'loc')
    if (imageLoc) checkSitemapUrl(findings, state.urls, imageLoc, '<image:loc>', imageLoc.text, false)
  }
  for (const video of children(entry, VIDEO_NS, 'video')) checkVideo(state, video)
  for (const link of children(entry, XHTML_NS, 'link')) checkAlternate(findings, state.urls, link)
}

function checkNews(state: SitemapState, news: XmlElement): void {
  const { findings } = state
  checkModel(findings, news, CONTENT_MODELS.get(`${NEWS_NS} news`)!)
  const publication = newsChild(news, 'publication')
  if (publication) {
    checkModel(findings, publication, CONTENT_MODELS.get(`${NEWS_NS} publication`)!)
    const name = newsChild(publication, 'name')
    if (name) checkNewsNotEmpty(findings, name, 'name')
    const language = newsChild(publication, 'language')
    if (language) checkNewsLanguage(findings, language)
  }
  const date = newsChild(news, 'publication_date')
  if (date) checkSitemapDate(findings, date, true, state.options)
  const title = newsChild(news, 'title')
  if (title) checkNewsNotEmpty(findings, title, 'title')
}

function checkVideo(state: SitemapState, video: XmlElement): void {
  const { findings } = state
  checkModel(findings, video, CONTENT_MODELS.get(`${VIDEO_NS} video`)!)
  checkVideoLocation(findings, video)
  for (const part of video.children) {
    if (part.uri !== VIDEO_NS) continue
    if (part.local === 'thumbnail_loc' || part.local === 'content_loc' || part.local === 'player_loc') checkSitemapUrl(findings, state.urls, part, display(part), part.text, false)
    if (part.local === 'player_loc') checkPlayerAttributes(findings, part)
  }
}
