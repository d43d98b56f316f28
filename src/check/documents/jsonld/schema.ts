/**
 * The schema.org layer: types and properties exist (with did-you-mean), properties sit on types
 * that allow them (domainIncludes), values have a type the property allows (rangeIncludes),
 * literals have the format of their data type, and superseded, pending and retired terms.
 *
 * What counts as the right type follows schema.org's data model, not a stricter reading:
 * text is accepted wherever a Thing is expected ("we expect … that often … we will get a text
 * string"), numbers where a StructuredValue such as QuantitativeValue is, a Role node in place of
 * any value, and a reference or URL string where the range includes URL. validator.schema.org
 * checks no values at all; here only clear mismatches are reported.
 */
import type { Vocabulary } from '../vocabulary/index.js'
import { didYouMean } from '../../../util/did-you-mean.js'
import { schemaLocalName } from './context.js'
import { anchorOf, type Graph, type LdNode, type LdProperty, type LdValue } from './graph.js'
import { classifyUrl, isIntegerText, isNumeric, looksLikeUrl, parseTemporal } from './literals.js'
import type { Findings } from '../findings.js'
import type { Position } from '../../../model/types.js'
import { positionOf } from '../position.js'
import { googleDatetimeTimezone } from './google-rules.js'
import { jsonldDanglingReference, jsonldInvalidKeywordValue, schemaInvalidDate, schemaInvalidUrl, schemaPending, schemaPropertyDomain, schemaRelativeUrl, schemaRetired, schemaSuperseded, schemaUnknownProperty, schemaUnknownType, schemaValueType } from './rules.js'

/** What a property's range allows, computed once per property. */
interface RangeInfo {
  text: boolean
  url: boolean
  date: boolean
  dateTime: boolean
  time: boolean
  number: boolean
  integer: boolean
  boolean: boolean
  quantity: boolean
  /** The only quantity allowed is Duration (an ISO 8601 duration such as PT30M). */
  durationOnly: boolean
  /** Range classes that are not data types. */
  classes: string[]
  /** Some range class is a StructuredValue (QuantitativeValue, MonetaryAmount…): a bare number is fine. */
  structured: boolean
  /** Range classes that are enumerations. */
  enumerations: string[]
  thing: boolean
  /** "Person or Organization", for messages. */
  label: string
}

/**
 * RangeInfo by property, per vocabulary: it depends on the vocabulary alone, and a checker is
 * made per file, so a per-checker map worked every property's range out again for each file.
 */
const rangesByVocabulary = new WeakMap<Vocabulary, Map<string, RangeInfo>>()

function rangesOf(vocabulary: Vocabulary): Map<string, RangeInfo> {
  let ranges = rangesByVocabulary.get(vocabulary)
  if (!ranges) rangesByVocabulary.set(vocabulary, (ranges = new Map()))
  return ranges
}

/** Checks every node of `graph` against the vocabulary. */
export class SchemaChecker {
  private readonly ranges: Map<string, RangeInfo>
  private readonly hints = new Map<string, string>()
  private readonly pendingReported = new Set<string>()

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly graph: Graph,
    private readonly findings: Findings,
  ) {
    this.ranges = rangesOf(vocabulary)
  }

  run(): void {
    for (const node of this.graph.nodes) if (!node.context.unknown) this.checkNode(node)
  }

  private checkNode(node: LdNode): void {
    const v = this.vocabulary
    node.types.forEach((type, i) => this.checkType(type, positionOf(node.origin, node.typeNodes[i]!)))
    const types = this.graph.typesOf(node)
    const domainCheckable = types.length > 0 && types.every((t) => v.isClass(t)) && !this.graph.hasForeignTypes(node)
    const isRole = types.some((t) => v.isSubclassOf(t, 'Role'))
    for (const property of node.properties) {
      const at = positionOf(node.origin, property.key)
      const name = property.name
      if (!v.isProperty(name)) {
        // Google's speakable documentation spells schema.org's xpath as xPath; don't flag its own example.
        if (name === 'xPath' && types.some((t) => v.isSubclassOf(t, 'SpeakableSpecification'))) continue
        // "query-input" / "target-output": schema.org's annotations of an Action's properties.
        const annotated = /^(.+)-(input|output)$/.exec(name)
        if (annotated && v.isProperty(annotated[1]!)) continue
        this.unknownProperty(name, at)
        continue
      }
      this.checkTermStatus(name, 'property', at)
      if (domainCheckable && !isRole) this.checkDomain(name, types, at)
      if (property.values.length > 0) {
        const range = this.rangeOf(name)
        for (const value of property.values) this.checkValue(property, value, range, node)
      }
    }
  }

  private checkType(type: string, at: Position): void {
    const v = this.vocabulary
    if (v.isClass(type)) {
      this.checkTermStatus(type, 'type', at)
      return
    }
    let message: string
    if (v.isMember(type)) message = `"${type}" is an enumeration value (of ${v.memberOf(type).join(', ')}), not a type.`
    else if (v.isProperty(type)) message = `"${type}" is a property, not a type.`
    else message = `Unknown type "${type}": not in schema.org ${v.release}.${this.hint(type, 'class')}`
    this.findings.add(schemaUnknownType, at, message)
  }

  private unknownProperty(name: string, at: Position): void {
    const v = this.vocabulary
    const message = v.isClass(name)
      ? `"${name}" is a type, not a property; use a property whose value is a ${name}.${this.hint(name, 'property')}`
      : `Unknown property "${name}": not in schema.org ${v.release}.${this.hint(name, 'property')}`
    this.findings.add(schemaUnknownProperty, at, message)
  }

  private hint(name: string, kind: 'class' | 'property'): string {
    const key = `${kind}:${name}`
    let cached = this.hints.get(key)
    // Each suggestion compares against ~1,500 names; a file full of made-up names gets the first 200.
    if (cached === undefined && this.hints.size >= 200) return ''
    if (cached === undefined) {
      const candidates = kind === 'class' ? this.vocabulary.classNames() : this.vocabulary.propertyNames()
      const match = didYouMean(name, candidates)
      cached = match ? ` Did you mean "${match}"?` : ''
      this.hints.set(key, cached)
    }
    return cached
  }

  private checkTermStatus(term: string, kind: 'type' | 'property' | 'value', at: Position): void {
    const v = this.vocabulary
    const replacement = v.supersededBy(term)
    if (v.isAttic(term)) {
      this.findings.add(schemaRetired, at, `The ${kind} "${term}" was retired from schema.org${replacement ? `; use "${replacement}"` : ''}.`)
    } else if (replacement) {
      this.findings.add(schemaSuperseded, at, `The ${kind} "${term}" is superseded by "${replacement}"; use that instead.`)
    } else if (v.isPending(term) && !this.pendingReported.has(term)) {
      // Once per term and file: a notice, not a finding to fix at every use.
      this.pendingReported.add(term)
      this.findings.add(schemaPending, at, `The ${kind} "${term}" is in schema.org's pending area and may still change.`)
    }
  }

  private checkDomain(property: string, types: readonly string[], at: Position): void {
    const v = this.vocabulary
    const domain = v.domain(property)
    if (domain.length === 0) return
    for (const type of types) for (const d of domain) if (v.isSubclassOf(type, d)) return
    this.findings.add(schemaPropertyDomain, at,
      `"${property}" is not a property of ${types.join(' / ')}; schema.org defines it on ${listOr(domain)}.`)
  }

  private rangeOf(property: string): RangeInfo {
    let info = this.ranges.get(property)
    if (info) return info
    const v = this.vocabulary
    const range = v.range(property)
    info = {
      text: false, url: false, date: false, dateTime: false, time: false, number: false, integer: false,
      boolean: false, quantity: false, durationOnly: false, classes: [], structured: false, enumerations: [], thing: false,
      label: listOr(range),
    }
    for (const cls of range) {
      if (cls === 'URL') info.url = true
      else if (v.isSubclassOf(cls, 'Text')) info.text = true
      else if (cls === 'Integer') info.integer = true
      else if (v.isSubclassOf(cls, 'Number')) info.number = true
      else if (cls === 'DateTime') info.dateTime = true
      else if (cls === 'Date') info.date = true
      else if (cls === 'Time') info.time = true
      else if (cls === 'Boolean') info.boolean = true
      else if (v.isSubclassOf(cls, 'Quantity')) info.quantity = true
      else {
        info.classes.push(cls)
        if (cls === 'Thing') info.thing = true
        if (v.isSubclassOf(cls, 'StructuredValue')) info.structured = true
        if (v.isSubclassOf(cls, 'Enumeration')) info.enumerations.push(cls)
      }
    }
    info.durationOnly = info.quantity && range.every((cls) => cls === 'Duration' || !v.isSubclassOf(cls, 'Quantity'))
    this.ranges.set(property, info)
    return info
  }

  private checkValue(property: LdProperty, value: LdValue, range: RangeInfo, owner: LdNode): void {
    if (value.kind === 'node') {
      this.checkNodeValue(property, value.node, range)
      return
    }
    const literal = value.node
    const at = positionOf(owner.origin, literal)
    switch (literal.type) {
      case 'String':
        this.checkString(property.name, literal.value, range, at)
        return
      case 'Number':
        this.checkNumber(property.name, literal.value, range, at)
        return
      case 'Boolean':
        if (!range.boolean && !range.text) this.wrongType(property.name, range, 'a boolean', at)
        return
      default:
        if (value.kind === 'value' && literal.type !== 'Null') {
          this.findings.add(jsonldInvalidKeywordValue, at, '@value must be a string, number, boolean or null.')
        }
    }
  }

  private wrongType(property: string, range: RangeInfo, what: string, at: Position, detail = ''): void {
    this.findings.add(schemaValueType, at, `"${property}" expects ${range.label}, not ${what}.${detail}`)
  }

  private checkString(property: string, text: string, range: RangeInfo, at: Position): void {
    if (range.text) return
    const local = (range.enumerations.length > 0 || range.boolean) && schemaLocalName(text)
    if (local) {
      this.checkEnumerationValue(property, local, range, at)
      return
    }
    if (range.classes.length > 0) {
      // schema.org accepts text where a Thing is expected; when a URL is also allowed and the
      // text is plainly a link, it must be a usable one.
      if (range.url && looksLikeUrl(text)) this.checkUrl(property, text, at)
      return
    }
    // Only data types are allowed: the text must be one of them.
    if (range.url && classifyUrl(text) === 'absolute') return
    if (range.date || range.dateTime || range.time) {
      const parsed = parseTemporal(text)
      if (parsed.ok) {
        const { kind, hasZone } = parsed.value
        const allowed = (kind === 'date' && (range.date || range.dateTime)) || (kind === 'datetime' && (range.dateTime || range.date)) || (kind === 'time' && range.time)
        if (allowed) {
          if (kind === 'date' && !range.date) {
            this.findings.add(schemaInvalidDate, at, `"${property}" expects a date-time; "${text}" has no time. Write e.g. ${text}T08:00:00+07:00.`)
          } else if (kind === 'datetime' && !hasZone && range.dateTime) {
            this.findings.add(googleDatetimeTimezone, at, `"${property}" ${JSON.stringify(text)} has no timezone; add the offset, e.g. ${text}+07:00 or ${text}Z.`)
          }
          return
        }
      } else if (!range.number && !range.boolean && !range.quantity && !(range.url && classifyUrl(text) !== 'invalid')) {
        this.findings.add(schemaInvalidDate, at, `"${property}" ${JSON.stringify(text)} is not a valid ${range.time && !range.date && !range.dateTime ? 'time' : 'date'}: ${parsed.reason}.`)
        return
      }
    }
    if ((range.number || range.quantity) && isNumeric(text)) return
    if (range.integer && isIntegerText(text)) return
    if (range.quantity) {
      // schema.org: quantities are strings like "7 ft" or "3 kg"; a Duration is ISO 8601 ("PT30M").
      if (!range.durationOnly || ISO_DURATION.test(text)) return
      this.wrongType(property, range, `the text ${JSON.stringify(truncate(text))}`, at, ' Write a duration in ISO 8601, e.g. PT1H30M.')
      return
    }
    if (range.boolean && /^(true|false)$/i.test(text)) return
    if (range.url && !range.date && !range.dateTime && !range.time && !range.number && !range.integer && !range.boolean && !range.quantity) {
      this.checkUrl(property, text, at)
      return
    }
    this.wrongType(property, range, `the text ${JSON.stringify(truncate(text))}`, at)
  }

  private checkUrl(property: string, text: string, at: Position): void {
    const kind = classifyUrl(text)
    if (kind === 'relative') {
      this.findings.add(schemaRelativeUrl, at, `"${property}" ${JSON.stringify(truncate(text))} is a relative URL; write the absolute URL with https:// and the host.`)
    } else if (kind === 'invalid') {
      const why = /\s/.test(text) ? 'it contains whitespace (percent-encode a space as %20)' : 'it cannot be parsed'
      this.findings.add(schemaInvalidUrl, at, `"${property}" ${JSON.stringify(truncate(text))} is not a valid URL: ${why}.`)
    }
  }

  private checkNumber(property: string, value: number, range: RangeInfo, at: Position): void {
    if (range.number || range.quantity || range.text || range.structured) return
    if (range.integer) {
      if (!Number.isInteger(value)) this.wrongType(property, range, `the fraction ${value}`, at)
      return
    }
    this.wrongType(property, range, `the number ${value}`, at)
  }

  /** `https://schema.org/InStock` for a property whose range has enumerations (or Boolean). */
  private checkEnumerationValue(property: string, member: string, range: RangeInfo, at: Position): void {
    const v = this.vocabulary
    const accepted = [...range.enumerations, ...(range.boolean ? ['Boolean'] : [])]
    const fits = v.memberOf(member).some((type) => accepted.some((e) => v.isSubclassOf(type, e)))
    if (fits) {
      this.checkTermStatus(member, 'value', at)
      return
    }
    if (range.classes.length > accepted.length && !v.isMember(member)) return // a URL for a non-enumeration Thing
    this.findings.add(schemaValueType, at, `"${member}" is not a value of ${listOr(accepted)}, which "${property}" expects.`)
  }

  private checkNodeValue(property: LdProperty, node: LdNode, range: RangeInfo): void {
    const v = this.vocabulary
    if (node.context.unknown) return
    if (node.reference && !this.graph.isDescribed(node.id!)) {
      const local = schemaLocalName(node.id!)
      const at = positionOf(node.origin, node.idNode ?? node.object)
      if (local && (range.enumerations.length > 0 || range.boolean)) this.checkEnumerationValue(property.name, local, range, at)
      else if (!range.url && range.classes.length > 0 && !local) {
        this.findings.add(jsonldDanglingReference, at,
          `"${property.name}" refers to "${node.id}", which is not described on this page; add that node (with its @type and name) or fix the @id.`)
      }
      return
    }
    const types = this.graph.typesOf(node)
    if (types.length === 0 || this.graph.hasForeignTypes(node) || !types.every((t) => v.isClass(t))) return
    if (range.thing) return
    for (const type of types) {
      if (v.isSubclassOf(type, 'Role')) return
      for (const cls of range.classes) if (v.isSubclassOf(type, cls)) return
    }
    this.wrongType(property.name, range, `${/^[AEIOU]/.test(types[0]!) ? 'an' : 'a'} ${types.join(' / ')}`, anchorOf(node))
  }
}

const ISO_DURATION = /^-?P(?=\d|T\d)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/

function listOr(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'nothing'
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

