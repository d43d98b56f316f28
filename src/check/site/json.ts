/** Reading parsed JSON without trusting its shape. */
export type Json = unknown
export type JsonObject = Record<string, Json>

export function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asString(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** An `{ "@id" }` reference or a plain string, as an IRI. */
export function idOf(value: Json): string | undefined {
  if (typeof value === 'string') return value
  if (isObject(value)) return asString(value['@id']) ?? asString(value.url)
  return undefined
}

export function types(node: JsonObject): string[] {
  const value = node['@type']
  return (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string')
}
