/**
 * The Google layer: what Google's Article documentation asks of Article, NewsArticle,
 * BlogPosting and their subtypes today (no required properties; recommendations and author
 * best practices), its paywalled-content and speakable rules — and, under the `dateline`
 * policy, dateline's stricter requirements for its own output.
 */
import type { Vocabulary } from '../vocabulary/index.js'
import { schemaLocalName } from './context.js'
import { anchorOf, type Graph, type LdNode, type LdValue } from './graph.js'
import type { ClassedElement } from './html.js'
import { classifyUrl, parseTemporal, type ParsedTemporal } from './literals.js'
import type { Findings } from '../findings.js'
import type { Position } from '../../../model/types.js'
import { positionOf } from '../position.js'
import { datelineAuthorObject, datelineDatePublished, datelineHeadline, datelineImageUrl, googleAuthorName, googleAuthorNameOnly, googleAuthorOnePerEntry, googleAuthorType, googleAuthorUrl, googleDateOrder, googleImageSize, googleImplausibleDate, googlePaywallMarkup, googlePaywallNested, googlePaywallSelector, googlePaywallUnmatched, googleRecommendedProperty, googleSpeakableSelector } from './google-rules.js'

export type Policy = 'google' | 'dateline'

export interface GoogleCheckOptions {
  policy: Policy
  /** "Now" in epoch ms, for dates in the future. */
  now?: number
  /** The page's elements carrying given classes, when the JSON-LD came from an HTML page. */
  elementsWithClasses?: (classNames: readonly string[]) => Map<string, ClassedElement[]>
}

const RECOMMENDED = ['author', 'datePublished', 'dateModified', 'headline', 'image'] as const
const CLASS_SELECTOR = /^\.-?[_a-zA-Z\u00a0-\uffff][_a-zA-Z0-9\u00a0-\uffff-]*$/
const BYLINE_PREFIX = /^\s*(by|posted by|written by|words by|story by|reported by|oleh)\s*[:\s]\s*/i
const HONORIFIC_PREFIX = /^(dr|prof|mr|mrs|ms|mx|sir|dame|rev)\.?\s+\S/i
const NAME_SUFFIX = /^(jr|sr|i{2,3}|iv|v|inc|ltd|llc|llp|plc|gmbh|co|corp|ag|bv|pty|s\.?a)\.?$/i
const CREDENTIAL = /^(ph\.?\s?d|m\.?d|mba|esq|dds|rn|cpa|m\.?a|b\.?a|m\.?sc|b\.?sc)\.?$/i
const DAY = 86_400_000
/** The feed rules' bound (after the W3C validator): dates before it are placeholders. */
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1)
const JOB_WORDS = /\b(editor|editors|reporter|correspondent|writer|journalist|columnist|contributor|staff|producer|photographer|chief|director|manager|founder|ceo|cto|analyst|intern|anchor|critic|engineer|developer|designer|scientist|researcher|professor|lecturer|officer|president|head|lead|consultant|specialist|coordinator|strategist|economist|attorney|lawyer|spokesperson|redaksi|wartawan|jurnalis|penulis|kontributor|koresponden)\b/i

/** A node is an article for Google: Article and subtypes, except the social-media postings Google treats separately (BlogPosting stays). */
export function isGoogleArticle(vocabulary: Vocabulary, types: readonly string[]): boolean {
  return types.some((t) =>
    vocabulary.isSubclassOf(t, 'Article') &&
    (!vocabulary.isSubclassOf(t, 'SocialMediaPosting') || vocabulary.isSubclassOf(t, 'BlogPosting')))
}

export class GoogleChecker {
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly graph: Graph,
    private readonly findings: Findings,
    private readonly options: GoogleCheckOptions,
  ) {}

  run(): void {
    const seen = new Set<string>()
    for (const node of this.graph.nodes) {
      if (node.context.unknown) continue
      if (node.properties.some((p) => p.name === 'speakable')) this.checkSpeakable(node)
      if (node.types.length === 0 || !isGoogleArticle(this.vocabulary, this.graph.typesOf(node))) continue
      // Google reads the page's items: top-level nodes and @graph members, and a page's mainEntity;
      // articles nested elsewhere (an update of a live blog, the subject of a review) are not items.
      if (!node.topLevel && node.parentProperty !== 'mainEntity') continue
      if (node.id !== undefined) {
        if (seen.has(node.id)) continue
        seen.add(node.id)
      }
      this.checkArticle(node)
    }
  }

  private checkArticle(article: LdNode): void {
    const g = this.graph
    const anchor = anchorOf(article)
    for (const name of RECOMMENDED) {
      if (!g.values(article, name).some((v) => this.isPresent(v))) {
        this.findings.add(googleRecommendedProperty, anchor,
          `${article.types[0]} has no "${name}"; Google recommends it for articles.`)
      }
    }
    for (const author of g.values(article, 'author')) this.checkAuthor(author, article)
    for (const image of g.values(article, 'image')) this.checkImage(image, article)
    this.checkDateOrder(article)
    this.checkPlausibleDates(article)
    this.checkPaywall(article)
    if (this.options.policy === 'dateline') this.checkDatelinePolicy(article, anchor)
  }

  private isPresent(value: LdValue): boolean {
    if (value.kind === 'node') return true
    const literal = value.node
    if (literal.type === 'String') return literal.value.trim() !== ''
    return literal.type !== 'Null'
  }

  private valuePosition(value: LdValue, owner: LdNode): Position {
    return value.kind === 'node' ? positionOf(value.node.origin, value.node.object) : positionOf(owner.origin, value.node)
  }

  private strings(node: LdNode, property: string): { text: string; at: Position }[] {
    const result: { text: string; at: Position }[] = []
    for (const description of this.graph.descriptions(node)) {
      for (const p of description.properties) {
        if (p.name !== property) continue
        for (const v of p.values) {
          if (v.kind !== 'node' && v.node.type === 'String') result.push({ text: v.node.value, at: positionOf(description.origin, v.node) })
        }
      }
    }
    return result
  }

  private checkAuthor(author: LdValue, article: LdNode): void {
    const at = this.valuePosition(author, article)
    if (author.kind === 'node' && this.graph.typesOf(author.node).some((t) => this.vocabulary.isSubclassOf(t, 'Role'))) {
      // schema.org's Role pattern: {"@type": "Role", "author": {…}, "roleName": …} wraps the real author.
      for (const inner of this.graph.values(author.node, 'author')) this.checkAuthor(inner, article)
      return
    }
    if (author.kind !== 'node') {
      if (author.node.type !== 'String') return // wrong literal types are the schema layer's
      this.findings.add(googleAuthorType, at,
        `The author ${JSON.stringify(author.node.value)} is plain text; give a Person or Organization object with "name" and "url".`)
      this.checkAuthorName(author.node.value, true, at)
      return
    }
    const node = author.node
    if (node.reference && !this.graph.isDescribed(node.id!)) return // dangling: reported by the schema layer
    const types = this.graph.typesOf(node)
    const v = this.vocabulary
    const isPerson = types.some((t) => v.isSubclassOf(t, 'Person'))
    const isOrganization = types.some((t) => v.isSubclassOf(t, 'Organization'))
    if (types.length === 0 && !this.graph.hasForeignTypes(node)) {
      this.findings.add(googleAuthorType, at, 'The author has no @type; say "Person" or "Organization".')
    } else if (types.length > 0 && !isPerson && !isOrganization && types.every((t) => v.isClass(t))) {
      this.findings.add(googleAuthorType, at, `The author is ${/^[AEIOU]/.test(types[0]!) ? 'an' : 'a'} ${types.join(' / ')}; Google expects a Person or an Organization.`)
    }
    const names = this.strings(node, 'name').filter((n) => n.text.trim() !== '')
    if (names.length === 0) this.findings.add(googleAuthorName, at, 'The author has no "name"; add the name as shown in the byline.')
    for (const name of names) this.checkAuthorName(name.text, !isOrganization || isPerson, name.at)
    if (this.graph.values(node, 'url').length === 0 && this.graph.values(node, 'sameAs').length === 0) {
      this.findings.add(googleAuthorUrl, at, 'The author has neither "url" nor "sameAs"; add the author\'s profile page as "url".')
    }
  }

  /** Google: only the name, one person per entry. Person-like authors get the checks for joined names and titles. */
  private checkAuthorName(name: string, personLike: boolean, at: Position): void {
    const prefix = BYLINE_PREFIX.exec(name)
    if (prefix) {
      this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} starts with "${prefix[1]}"; give only the name.`)
      return
    }
    if (!personLike) return
    if (HONORIFIC_PREFIX.test(name)) {
      this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} starts with an honorific; move it to "honorificPrefix".`)
      return
    }
    const parenthesis = /\(([^)]*)\)\s*$/.exec(name)
    if (parenthesis) {
      this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} has "(${parenthesis[1]})" after the name; give only the name (a job title goes in "jobTitle").`)
      return
    }
    const dash = /\s[-–—|]\s(.+)$/.exec(name)
    if (dash && JOB_WORDS.test(dash[1]!)) {
      this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} includes "${dash[1]}"; put the job title in "jobTitle".`)
      return
    }
    const parts = name.split(',').map((p) => p.trim()).filter((p) => p !== '')
    for (const part of parts.slice(1)) {
      if (NAME_SUFFIX.test(part)) continue
      if (CREDENTIAL.test(part)) {
        this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} includes "${part}"; move it to "honorificSuffix".`)
        return
      }
      if (JOB_WORDS.test(part)) {
        this.findings.add(googleAuthorNameOnly, at, `The author name ${JSON.stringify(name)} includes the job title "${part}"; put it in "jobTitle".`)
        return
      }
      this.findings.add(googleAuthorOnePerEntry, at, `The author name ${JSON.stringify(name)} looks like several people; give each its own author entry.`)
      return
    }
    if (/\s(and|&)\s/i.test(name)) {
      this.findings.add(googleAuthorOnePerEntry, at, `The author name ${JSON.stringify(name)} joins several people; give each its own author entry.`)
    }
  }

  private checkImage(image: LdValue, article: LdNode): void {
    if (image.kind !== 'node') {
      if (this.options.policy === 'dateline' && image.node.type === 'String') this.datelineImageUrl(image.node.value, positionOf(article.origin, image.node))
      return
    }
    const node = image.node
    if (node.reference && !this.graph.isDescribed(node.id!)) return
    const width = this.dimension(node, 'width')
    const height = this.dimension(node, 'height')
    if (width !== undefined && height !== undefined && width * height < 50_000) {
      this.findings.add(googleImageSize, this.valuePosition(image, article),
        `The image is ${width} × ${height} = ${(width * height).toLocaleString('en-US')} pixels; Google recommends at least 50,000 (e.g. 1200 × 675).`)
    }
    if (this.options.policy === 'dateline') {
      for (const url of [...this.strings(node, 'url'), ...this.strings(node, 'contentUrl')]) this.datelineImageUrl(url.text, url.at)
    }
  }

  /** A pixel size from 1200, "1200", "1200 px" or a QuantitativeValue's value. */
  private dimension(node: LdNode, property: string): number | undefined {
    for (const value of this.graph.values(node, property)) {
      if (value.kind === 'node') {
        const inner = this.graph.values(value.node, 'value')[0]
        if (inner && inner.kind !== 'node') return numberOf(inner.node)
        continue
      }
      const n = numberOf(value.node)
      if (n !== undefined) return n
    }
    return undefined
  }

  /** A placeholder year such as 0001 passes as a valid date; like the feed rule, warn before 1990 and after tomorrow. */
  private checkPlausibleDates(article: LdNode): void {
    for (const property of ['datePublished', 'dateModified']) {
      for (const date of this.strings(article, property)) {
        const parsed = parseTemporal(date.text)
        if (!parsed.ok || parsed.value.kind === 'time') continue
        if (parsed.value.epochMs < EARLIEST_PLAUSIBLE) {
          this.findings.add(googleImplausibleDate, date.at, `${property} ${date.text} is before 1990; write the real date (a year such as 0001 is a placeholder).`)
        } else if (this.options.now !== undefined && parsed.value.epochMs > this.options.now + DAY) {
          this.findings.add(googleImplausibleDate, date.at, `${property} ${date.text} is more than a day after now (${new Date(this.options.now).toISOString()}).`)
        }
      }
    }
  }

  private checkDateOrder(article: LdNode): void {
    const published = this.strings(article, 'datePublished')[0]
    const modified = this.strings(article, 'dateModified')[0]
    if (!published || !modified) return
    const p = parseTemporal(published.text)
    const m = parseTemporal(modified.text)
    if (!p.ok || !m.ok || p.value.kind === 'time' || m.value.kind === 'time') return
    if (before(m.value, p.value, modified.text, published.text)) {
      this.findings.add(googleDateOrder, modified.at,
        `dateModified ${modified.text} is before datePublished ${published.text}; dateModified is the latest change.`)
    }
  }

  private checkPaywall(article: LdNode): void {
    const g = this.graph
    const v = this.vocabulary
    const freeValues = g.values(article, 'isAccessibleForFree')
    const notFree = freeValues.some(isFalse)
    const gatedParts: LdNode[] = []
    for (const part of g.values(article, 'hasPart')) {
      if (part.kind !== 'node') continue
      const types = g.typesOf(part.node)
      const isElement = types.length === 0 || types.some((t) => v.isSubclassOf(t, 'WebPageElement'))
      if (isElement && g.values(part.node, 'isAccessibleForFree').some(isFalse)) gatedParts.push(part.node)
    }
    if (notFree && gatedParts.length === 0) {
      const property = g.property(article, 'isAccessibleForFree')!
      this.findings.add(googlePaywallMarkup, positionOf(article.origin, property.key),
        'The article is marked isAccessibleForFree: false but has no hasPart WebPageElement with isAccessibleForFree: false and a cssSelector for the paywalled section.')
    }
    if (gatedParts.length > 0 && !notFree) {
      const property = g.property(article, 'hasPart')!
      this.findings.add(googlePaywallMarkup, positionOf(article.origin, property.key),
        'A hasPart section is marked isAccessibleForFree: false, but the article itself is not; add "isAccessibleForFree": false to the article.')
    }
    const selectors: { className: string; at: Position }[] = []
    for (const part of gatedParts) {
      const values = this.strings(part, 'cssSelector')
      if (values.length === 0) {
        this.findings.add(googlePaywallMarkup, anchorOf(part), 'The paywalled section has no "cssSelector"; give the class that wraps it, e.g. ".paywall".')
      }
      for (const { text, at } of values) {
        const selector = text.trim()
        if (!CLASS_SELECTOR.test(selector)) {
          this.findings.add(googlePaywallSelector, at,
            `cssSelector ${JSON.stringify(text)} is not a single class selector; Google supports only ".class" (one section per hasPart entry).`)
        } else selectors.push({ className: selector.slice(1), at })
      }
    }
    if (selectors.length > 0 && this.options.elementsWithClasses) {
      const found = this.options.elementsWithClasses(selectors.map((s) => s.className))
      const reportedNested = new Set<string>()
      for (const { className, at } of selectors) {
        const elements = found.get(className) ?? []
        if (elements.length === 0) {
          this.findings.add(googlePaywallUnmatched, at, `No element of the page has the class "${className}"; wrap the paywalled section in it.`)
        }
        for (const element of elements) {
          const key = `${element.line}:${element.column}`
          if (!element.nested || reportedNested.has(key)) continue
          reportedNested.add(key)
          this.findings.add(googlePaywallNested, { line: element.line, column: element.column },
            `This paywalled section (class "${className}") is inside another one; Google asks not to nest them.`)
        }
      }
    }
  }

  private checkSpeakable(node: LdNode): void {
    const v = this.vocabulary
    for (const property of node.properties) {
      if (property.name !== 'speakable') continue
      for (const value of property.values) {
        if (value.kind !== 'node') continue
        const spec = value.node
        if (spec.reference && !this.graph.isDescribed(spec.id!)) continue
        const types = this.graph.typesOf(spec)
        if (types.length > 0 && !types.some((t) => v.isSubclassOf(t, 'SpeakableSpecification'))) continue
        const css = this.graph.values(spec, 'cssSelector').length > 0
        // schema.org names it xpath; Google's speakable documentation writes xPath.
        const xpath = this.graph.values(spec, 'xpath').length > 0 || this.graph.values(spec, 'xPath').length > 0
        if (css && xpath) this.findings.add(googleSpeakableSelector, anchorOf(spec), 'The SpeakableSpecification has both cssSelector and xPath; keep one.')
        else if (!css && !xpath) this.findings.add(googleSpeakableSelector, anchorOf(spec), 'The SpeakableSpecification has neither cssSelector nor xPath; add one.')
      }
    }
  }

  private checkDatelinePolicy(article: LdNode, anchor: Position): void {
    const g = this.graph
    if (!this.strings(article, 'headline').some((h) => h.text.trim() !== '')) {
      this.findings.add(datelineHeadline, anchor, 'dateline policy: the article needs a non-empty "headline".')
    }
    const published = this.strings(article, 'datePublished')[0]
    if (!published) this.findings.add(datelineDatePublished, anchor, 'dateline policy: the article needs "datePublished".')
    else {
      const parsed = parseTemporal(published.text)
      // An unparsable or impossible date is the schema layer's finding.
      if (parsed.ok && (parsed.value.kind !== 'datetime' || !parsed.value.hasZone)) {
        this.findings.add(datelineDatePublished, published.at,
          `dateline policy: datePublished ${JSON.stringify(published.text)} must be a date-time with a timezone offset, e.g. 2026-03-20T08:00:00+07:00.`)
      }
    }
    // Authors are optional (SPEC §3): a missing one is Google's recommended-property warning, not a policy error.
    const v = this.vocabulary
    for (const author of g.values(article, 'author')) {
      const at = this.valuePosition(author, article)
      if (author.kind !== 'node') {
        this.findings.add(datelineAuthorObject, at, 'dateline policy: the author must be a Person or Organization object, not text.')
        continue
      }
      const types = g.typesOf(author.node)
      const typed = types.some((t) => v.isSubclassOf(t, 'Person') || v.isSubclassOf(t, 'Organization'))
      const named = this.strings(author.node, 'name').some((n) => n.text.trim() !== '')
      if (!typed || !named) {
        this.findings.add(datelineAuthorObject, at, `dateline policy: the author must have ${!typed ? '@type Person or Organization' : ''}${!typed && !named ? ' and ' : ''}${!named ? 'a name' : ''}.`)
      }
    }
  }

  private datelineImageUrl(url: string, at: Position): void {
    if (classifyUrl(url) !== 'absolute' || !/^https?:\/\//i.test(url)) {
      this.findings.add(datelineImageUrl, at, `dateline policy: the image URL ${JSON.stringify(url)} must be absolute http(s).`)
    }
  }
}

function numberOf(node: { type: string; value?: unknown }): number | undefined {
  if (node.type === 'Number') return node.value as number
  if (node.type === 'String') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(node.value as string)
    return match ? Number(match[1]) : undefined
  }
  return undefined
}

function isFalse(value: LdValue): boolean {
  if (value.kind === 'node') return value.node.reference && schemaLocalName(value.node.id!) === 'False'
  const literal = value.node
  if (literal.type === 'Boolean') return literal.value === false
  if (literal.type === 'String') return /^false$/i.test(literal.value) || schemaLocalName(literal.value) === 'False'
  return false
}

/** `a` is strictly before `b`; a date-only value compares by day, zoned with unzoned is not compared. */
function before(a: ParsedTemporal, b: ParsedTemporal, aText: string, bText: string): boolean {
  if (a.kind === 'date' || b.kind === 'date') return aText.slice(0, 10) < bText.slice(0, 10)
  if (a.hasZone !== b.hasZone) return false
  return a.epochMs < b.epochMs
}
