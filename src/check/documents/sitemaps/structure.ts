/**
 * The sitemap XSDs' structure as code: the root, which children each
 * element takes (the content models of models.ts), in which order, how often.
 */
import { IMAGE_NS, NEWS_NS, SITEMAP_NS, VIDEO_NS, XHTML_NS } from '../../../util/namespaces.js'
import { hint } from '../../../util/did-you-mean.js'
import { withHint, type Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { display, EXTENSION_ELEMENTS, prefixOf, type ContentModel } from './models.js'
import { GOOGLE_NEWS, PROTOCOL } from './sources.js'

/** Raised by `checkSitemapRoot` (structure.ts). */
export const sitemapInvalidRoot = defineRule({
  id: 'sitemap/invalid-root',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'A sitemap\'s root is `<urlset>` or `<sitemapindex>` in the namespace `http://www.sitemaps.org/schemas/sitemap/0.9`.',
  docs: {
    why: 'Crawlers recognise a sitemap by its root element and namespace; an old Google 0.84 namespace or a missing xmlns is not a sitemap.',
    fix: 'Write `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` (or `<sitemapindex …>` for an index).',
  },
})

/** Raised by `checkModel` (structure.ts). */
export const sitemapMissingLoc = defineRule({
  id: 'sitemap/missing-loc',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Every `<url>` and index `<sitemap>` needs a `<loc>` (sitemap XSD).',
  docs: {
    why: 'The loc is the URL being listed; an entry without one is rejected by the XSD and ignored by crawlers.',
    fix: 'Add `<loc>` with the page\'s absolute URL as the first child.',
  },
})

/** Raised by `checkModel`, `checkVideoLocation` (structure.ts). */
export const sitemapMissingElement = defineRule({
  id: 'sitemap/missing-element',
  severity: 'error',
  helpUrl: GOOGLE_NEWS,
  description: 'Required extension elements (news, image and video XSDs): `news:publication` with `news:name` and `news:language`, `news:publication_date`, `news:title`; `image:loc`; video `thumbnail_loc`, `title`, `description` and `content_loc` or `player_loc`.',
  docs: {
    why: 'Google rejects an extension entry without its required parts, and the XSD fails the file.',
    fix: 'Add the element the message names, in XSD order.',
  },
})

/** Raised by `checkModel` (structure.ts). */
export const sitemapElementOrder = defineRule({
  id: 'sitemap/element-order',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Children must come in XSD order: `loc`, `lastmod`, `changefreq`, `priority`, then extensions; `news:publication`, `news:publication_date`, `news:title`; `image:loc` first.',
  docs: {
    why: 'The XSDs define sequences, so an element out of order fails validation (xmllint: "This element is not expected").',
    fix: 'Move the element to the position the message names.',
  },
})

/** Raised by `checkModel` (structure.ts). */
export const sitemapDuplicateElement = defineRule({
  id: 'sitemap/duplicate-element',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Elements that may appear once per entry (`loc`, `lastmod`, `changefreq`, `priority`, `news:title`, …) must not repeat.',
  docs: {
    why: 'The XSD allows one; crawlers keep one of them, unpredictably.',
    fix: 'Remove the repeated element.',
  },
})

/** Raised by `checkModel`, `checkRootChild` (structure.ts). */
export const sitemapUnknownElement = defineRule({
  id: 'sitemap/unknown-element',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Elements must be defined by the sitemap XSD or a known extension (news, image, video, xhtml:link); the XSD wildcard is strict, so undeclared elements fail validation.',
  docs: {
    why: 'A misspelt element (`<lastmodified>`) or one from an unknown namespace is rejected by the XSD and ignored by crawlers; `<url>` in a sitemap index is a common mistake.',
    fix: 'Use the element the message suggests, or remove it; a sitemap index lists `<sitemap>` entries, a urlset `<url>` entries.',
  },
})

/** The two sitemap roots. */
export type RootKind = 'urlset' | 'sitemapindex'

function particleName(uri: string, local: string): string {
  return `<${uri === SITEMAP_NS ? '' : prefixOf(uri)}${local}>`
}

function isExtensionElement(element: { uri: string; local: string }): boolean {
  return EXTENSION_ELEMENTS.some((e) => e.uri === element.uri && e.local === element.local)
}

function isKnownNamespace(uri: string): boolean {
  return uri === NEWS_NS || uri === IMAGE_NS || uri === VIDEO_NS || uri === XHTML_NS
}

/** The element a root lists: `url` in a urlset, `sitemap` in an index. */
export function entryName(rootKind: RootKind): 'url' | 'sitemap' {
  return rootKind === 'urlset' ? 'url' : 'sitemap'
}

/** The kind of sitemap `root` starts, or undefined when it is no sitemap root. */
export function rootKindOf(root: XmlElement): RootKind | undefined {
  return root.uri === SITEMAP_NS && (root.local === 'urlset' || root.local === 'sitemapindex') ? root.local : undefined
}

/** Report a root that is no sitemap root; returns whether it is one. */
export function checkSitemapRoot(findings: Findings, root: XmlElement, rootKind: RootKind | undefined): rootKind is RootKind {
  if (rootKind) return true
  findings.add(sitemapInvalidRoot, root, `the root must be <urlset> or <sitemapindex> in namespace "${SITEMAP_NS}", not <${root.name}>${root.uri ? ` in "${root.uri}"` : ' without a namespace'}`)
  return false
}

/** Check the children of `element` against its content model (an XSD sequence). */
export function checkModel(findings: Findings, element: XmlElement, model: ContentModel): void {
  const counts = model.sequence.map(() => 0)
  let position = 0
  for (const child of element.children) {
    const index = model.sequence.findIndex((p) => p.uri === child.uri && p.local === child.local)
    if (index === -1) {
      if (model.extensions && child.uri !== element.uri && child.uri !== SITEMAP_NS) {
        if (!isExtensionElement(child) && !isKnownNamespace(child.uri)) {
          findings.add(sitemapUnknownElement, child, `${display(child)} is from namespace "${child.uri || '(none)'}", which no sitemap schema defines; the XSD rejects undeclared extension elements`)
        } else if (!isExtensionElement(child)) {
          findings.add(sitemapUnknownElement, child, `${display(child)} is not an element of that extension here`)
        }
        position = model.sequence.length
        continue
      }
      const candidates = model.sequence.filter((p) => p.uri === child.uri).map((p) => p.local)
      findings.add(sitemapUnknownElement, child, withHint(`${display(child)} is not allowed in ${display(element)}`, hint(child.local, candidates)))
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

/** A video needs the URL of its file or of its player. */
export function checkVideoLocation(findings: Findings, video: XmlElement): void {
  if (!video.children.some((c) => c.uri === VIDEO_NS && (c.local === 'content_loc' || c.local === 'player_loc'))) {
    findings.add(sitemapMissingElement, video, '<video:video> needs <video:content_loc> or <video:player_loc>')
  }
}

/** Report a child of the root other than its entries (`<url>` in a urlset, `<sitemap>` in an index) and the known extensions. */
export function checkRootChild(findings: Findings, element: XmlElement, rootKind: RootKind): void {
  const entry = entryName(rootKind)
  if (element.uri === SITEMAP_NS) {
    const other = entry === 'url' ? 'sitemap' : 'url'
    const message = `<${element.name}> is not allowed in <${rootKind}>`
    findings.add(
      sitemapUnknownElement,
      element,
      element.local === other
        ? `${message}; a ${rootKind === 'urlset' ? 'urlset lists <url>' : 'sitemap index lists <sitemap>'} entries`
        : withHint(message, hint(element.local, [entry])),
    )
  } else if (!isExtensionElement(element)) {
    findings.add(sitemapUnknownElement, element, `${display(element)} is from namespace "${element.uri || '(none)'}", which no sitemap schema defines here`)
  }
}
