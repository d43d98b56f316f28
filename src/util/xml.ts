/**
 * XML text helpers shared by the feed and sitemap writers and the JUnit report. Untrusted text stays
 * data: characters XML 1.0 cannot hold are dropped, markup characters escaped.
 */

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates and U+FFFE/U+FFFF are not characters either.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** `text` without the characters XML 1.0 cannot hold (C0 controls, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL_XML, '')
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;' }

/** Escape for element content (also drops illegal characters). `>` is escaped so `]]>` cannot appear. */
export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!)
}

/** Escape for a quoted attribute value (also drops illegal characters). */
export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text)
    .replace(/[&<>"']/g, (c) => ATTR_ESCAPES[c]!)
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** `<name attr="v">text</name>`, with the text escaped; empty or undefined text gives nothing. */
export function xmlElement(name: string, text: string | undefined, attributes: Record<string, string | number | undefined> = {}): string {
  if (text === undefined) return ''
  return `<${name}${xmlAttributes(attributes)}>${escapeXmlText(text)}</${name}>`
}

/** ` a="1" b="2"` for the defined entries, in the given order. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  let out = ''
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    out += ` ${key}="${escapeXmlAttribute(String(value))}"`
  }
  return out
}
