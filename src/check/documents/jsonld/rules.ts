/**
 * The rules of the JSON-LD half of `dateline check` about JSON syntax, script embedding, JSON-LD
 * structure and the schema.org vocabulary (release 30.0); Google's Article documentation and
 * dateline's own policy are in google-rules.ts; invalid JSON and repeated keys, which the
 * build's loader reports too, in util/json-rules.ts. Each description names its source.
 */
import { GOOGLE_RULES } from './google-rules.js'
import { jsonDuplicateKey, jsonSyntax } from '../../../util/json-rules.js'
import { defineRule, type RuleMeta } from '../../../util/rule.js'

const RFC8259 = 'https://www.rfc-editor.org/rfc/rfc8259'
const JSONLD = 'https://www.w3.org/TR/json-ld11/'
const SCHEMA_MODEL = 'https://schema.org/docs/datamodel.html'

/** Raised by `recoverTrailingCommas`, `reportTrailingComma` (json.ts). */
export const jsonTrailingComma = defineRule({
  id: 'json/trailing-comma',
  severity: 'error',
  helpUrl: RFC8259,
  description: 'JSON (RFC 8259) allows no comma after the last member of an object or the last element of an array.',
  docs: {
    why: 'Browsers and lenient parsers may accept it, but JSON.parse and strict JSON-LD processors reject the whole block.',
    fix: 'Remove the comma before the closing } or ].',
  },
})

/** Raised by `checkHtml` (index.ts). */
export const htmlScriptType = defineRule({
  id: 'html/script-type',
  severity: 'error',
  helpUrl: `${JSONLD}#embedding-json-ld-in-html-documents`,
  description: 'JSON-LD in HTML must be in <script type="application/ld+json"> (JSON-LD 1.1 §7; Google structured data guidelines); look-alike types are ignored.',
  docs: {
    why: 'Search engines only read scripts whose type is exactly application/ld+json; a block typed application/json+ld, application/ld-json or application/json is invisible to them.',
    fix: 'Set type="application/ld+json".',
  },
})

/** Raised by `readBlock` (graph.ts). */
export const jsonldMissingContext = defineRule({
  id: 'jsonld/missing-context',
  severity: 'error',
  helpUrl: `${JSONLD}#the-context`,
  description: 'A JSON-LD document needs an @context (JSON-LD 1.1 §3.1); without one its keys mean nothing.',
  docs: {
    why: 'Without @context no term maps to schema.org, so consumers see no types or properties.',
    fix: 'Add "@context": "https://schema.org" to the top-level object.',
  },
})

/** Raised by `BlockReader.contextOf` (graph.ts). */
export const jsonldUnknownContext = defineRule({
  id: 'jsonld/unknown-context',
  severity: 'warning',
  helpUrl: `${JSONLD}#the-context`,
  description: 'An @context other than schema.org is reported rather than guessed; nodes under it are not checked against schema.org.',
  docs: {
    why: 'dateline checks offline against schema.org only; it cannot know what another context defines.',
    fix: 'Use "@context": "https://schema.org" (or an object with "@vocab": "https://schema.org/"), or ignore this warning for other vocabularies.',
  },
})

/** Raised by `BlockReader.readKeyword` (graph.ts). */
export const jsonldUnknownKeyword = defineRule({
  id: 'jsonld/unknown-keyword',
  severity: 'warning',
  helpUrl: `${JSONLD}#keywords`,
  description: 'Keys starting with @ must be JSON-LD keywords (JSON-LD 1.1 §1.7); other @-keys are ignored by processors.',
  docs: {
    why: 'A misspelt keyword such as "@Type" or "@contex" silently drops what it was meant to say.',
    fix: 'Use the keyword the message suggests, or remove the key.',
  },
})

/** Raised by `BlockReader.invalid` (graph.ts); `SchemaChecker.checkValue` (schema.ts). */
export const jsonldInvalidKeywordValue = defineRule({
  id: 'jsonld/invalid-keyword-value',
  severity: 'error',
  helpUrl: `${JSONLD}#keywords`,
  description: 'Keyword values must have the form JSON-LD 1.1 gives them: @id a string, @type a string or array of strings, @graph an object or array.',
  docs: {
    why: 'A processor rejects or drops a node whose @id or @type is not a string.',
    fix: 'Write @id as a string IRI and @type as a type name (or an array of names).',
  },
})

/** Raised by `BlockReader.readNode` (graph.ts). */
export const jsonldMissingType = defineRule({
  id: 'jsonld/missing-type',
  severity: 'warning',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data',
  description: 'A top-level node that describes something should say what it is with @type (Google structured data guidelines; schema.org data model).',
  docs: {
    why: 'Without @type no rich-result feature and no schema.org check applies to the node.',
    fix: 'Add "@type", e.g. "NewsArticle", "Person" or "Organization".',
  },
})

/** Raised by `SchemaChecker.checkNodeValue` (schema.ts). */
export const jsonldDanglingReference = defineRule({
  id: 'jsonld/dangling-reference',
  severity: 'warning',
  helpUrl: `${JSONLD}#node-identifiers`,
  description: 'A reference {"@id": …} should point at a node described on the same page, when the property expects an object rather than a URL.',
  docs: {
    why: 'Consumers such as Google read one page at a time: a reference to a node that is not on the page carries no name, type or URL.',
    fix: 'Describe the referenced node in the same @graph (or page), or fix the @id so it matches the node\'s @id exactly.',
  },
})

/** Raised by `SchemaChecker.checkType` (schema.ts). */
export const schemaUnknownType = defineRule({
  id: 'schema/unknown-type',
  severity: 'error',
  helpUrl: 'https://schema.org/docs/full.html',
  description: 'Every @type must be a schema.org type (release 30.0); unknown or misspelt types are ignored by consumers.',
  docs: {
    why: 'validator.schema.org reports "invalid type"; Google does not detect the item at all.',
    fix: 'Use the schema.org type the message suggests (types are case-sensitive: "NewsArticle", not "newsArticle").',
  },
})

/** Raised by `SchemaChecker.unknownProperty` (schema.ts). */
export const schemaUnknownProperty = defineRule({
  id: 'schema/unknown-property',
  severity: 'error',
  helpUrl: 'https://schema.org/docs/full.html',
  description: 'Every property must be a schema.org property (release 30.0); names are case-sensitive.',
  docs: {
    why: 'A misspelt property ("headLine", "datepublished") is ignored, so the value is lost.',
    fix: 'Use the property the message suggests.',
  },
})

/** Raised by `SchemaChecker.checkDomain` (schema.ts). */
export const schemaPropertyDomain = defineRule({
  id: 'schema/property-domain',
  severity: 'error',
  helpUrl: SCHEMA_MODEL,
  description: 'A property must be defined for the node\'s type or one of its supertypes (schema.org domainIncludes, subclass-aware; any of several types).',
  docs: {
    why: 'validator.schema.org reports "The property X is not recognized by the schema for an object of type Y"; consumers ignore it.',
    fix: 'Move the property to a node whose type allows it, or change the node\'s @type.',
  },
})

/** Raised by `SchemaChecker.wrongType`, `SchemaChecker.checkEnumerationValue` (schema.ts). */
export const schemaValueType = defineRule({
  id: 'schema/value-type',
  severity: 'error',
  helpUrl: SCHEMA_MODEL,
  description: 'A value must be of a type the property expects (schema.org rangeIncludes, subclass-aware, @id references resolved on the page); text is accepted wherever a Thing is expected, as schema.org allows.',
  docs: {
    why: 'A wrong type (a Person in datePublished, a number for author, an unknown enumeration value) is ignored or misread; Google reports "Invalid object type for field".',
    fix: 'Give a value of one of the expected types the message lists.',
  },
})

/** Raised by `SchemaChecker.checkString` (schema.ts). */
export const schemaInvalidDate = defineRule({
  id: 'schema/invalid-date',
  severity: 'error',
  helpUrl: 'https://schema.org/DateTime',
  description: 'Date, DateTime and Time values must be ISO 8601 (schema.org Date, DateTime, Time) and must exist: no 30 February, no hour 25.',
  docs: {
    why: 'Google reports "Invalid datetime value"; an unparsable or impossible date is dropped.',
    fix: 'Write dates as 2026-03-20 and date-times as 2026-03-20T08:00:00+07:00.',
  },
})

/** Raised by `SchemaChecker.checkUrl` (schema.ts). */
export const schemaInvalidUrl = defineRule({
  id: 'schema/invalid-url',
  severity: 'error',
  helpUrl: 'https://schema.org/URL',
  description: 'A value where schema.org expects a URL (and not text) must be a URL: no spaces, a valid scheme and host.',
  docs: {
    why: 'Google reports "Invalid URL in field"; the value cannot be followed.',
    fix: 'Percent-encode spaces and other reserved characters; write the full https:// URL.',
  },
})

/** Raised by `SchemaChecker.checkUrl` (schema.ts). */
export const schemaRelativeUrl = defineRule({
  id: 'schema/relative-url',
  severity: 'warning',
  helpUrl: 'https://schema.org/URL',
  description: 'URL values should be absolute (with https://); JSON-LD resolves relative IRIs only against a base that consumers may not share, and some drop them.',
  docs: {
    why: 'jsonld.js drops relative IRIs when converting to RDF; Google reports "Invalid URL" for URLs it cannot resolve.',
    fix: 'Write the absolute URL, including scheme and host.',
  },
})

/** Raised by `SchemaChecker.checkTermStatus` (schema.ts). */
export const schemaSuperseded = defineRule({
  id: 'schema/superseded',
  severity: 'warning',
  helpUrl: 'https://schema.org/docs/releases.html',
  description: 'A type, property or enumeration value that schema.org marks supersededBy another should be replaced by it.',
  docs: {
    why: 'Superseded terms stay readable for a while but consumers move to the replacement.',
    fix: 'Use the replacement named in the message.',
  },
})

/** Raised by `SchemaChecker.checkTermStatus` (schema.ts). */
export const schemaPending = defineRule({
  id: 'schema/pending',
  severity: 'info',
  helpUrl: 'https://pending.schema.org/',
  description: 'The term is in schema.org\'s pending area: proposed, not yet stable, and may change.',
  docs: {
    why: 'Consumers may not support pending terms yet.',
    fix: 'Nothing to fix; keep an eye on schema.org releases.',
  },
})

/** Raised by `SchemaChecker.checkTermStatus` (schema.ts). */
export const schemaRetired = defineRule({
  id: 'schema/retired',
  severity: 'warning',
  helpUrl: 'https://attic.schema.org/',
  description: 'The term has been retired to schema.org\'s attic and is no longer part of the vocabulary.',
  docs: {
    why: 'Retired terms are not supported by consumers.',
    fix: 'Remove it or use the term schema.org recommends instead.',
  },
})

/** Every rule of the JSON-LD checks, for reporters and docs/rules.md. */
export const JSONLD_RULES: readonly RuleMeta[] = [
  jsonSyntax,
  jsonTrailingComma,
  jsonDuplicateKey,
  htmlScriptType,
  jsonldMissingContext,
  jsonldUnknownContext,
  jsonldUnknownKeyword,
  jsonldInvalidKeywordValue,
  jsonldMissingType,
  jsonldDanglingReference,
  schemaUnknownType,
  schemaUnknownProperty,
  schemaPropertyDomain,
  schemaValueType,
  schemaInvalidDate,
  schemaInvalidUrl,
  schemaRelativeUrl,
  schemaSuperseded,
  schemaPending,
  schemaRetired,
  ...GOOGLE_RULES,
]
