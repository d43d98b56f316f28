/** Sitemap tags and attributes Google no longer uses. */
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { attribute, type XmlElement } from '../xml-tree.js'
import { DEPRECATED_ELEMENTS, display } from './models.js'
import { SPRING_CLEANING } from './sources.js'

/** Raised by `checkDeprecatedElement`, `checkPlayerAttributes` (deprecated.ts). */
export const sitemapDeprecatedElement = defineRule({
  id: 'sitemap/deprecated-element',
  severity: 'warning',
  helpUrl: SPRING_CLEANING,
  description: 'Tags Google no longer uses: `image:caption`, `image:title`, `image:license`, `image:geo_location`; `news:keywords`, `news:genres`, `news:stock_tickers`, `news:access`; video `category`, `gallery_loc`, `price`, `tvshow` and `player_loc` attributes `allow_embed`, `autoplay`.',
  docs: {
    why: 'Google dropped them (image and video in 2022, news from its documentation); they add bytes and suggest settings that do nothing.',
    fix: 'Remove them; put image captions and licences in the page or its structured data.',
  },
})

/** Report an element Google no longer reads (models.ts lists them, with why). */
export function checkDeprecatedElement(findings: Findings, element: XmlElement): void {
  const deprecated = DEPRECATED_ELEMENTS.get(`${element.uri} ${element.local}`)
  if (deprecated) findings.add(sitemapDeprecatedElement, element, `${display(element)} is deprecated: ${deprecated}; remove it`)
}

/** Report the attributes of `<video:player_loc>` Google has ignored since 2022. */
export function checkPlayerAttributes(findings: Findings, playerLoc: XmlElement): void {
  for (const name of ['allow_embed', 'autoplay']) {
    if (attribute(playerLoc, name) !== undefined) findings.add(sitemapDeprecatedElement, playerLoc, `the ${name} attribute of <video:player_loc> is deprecated: Google has ignored it since 2022; remove it`)
  }
}
