/**
 * HTML text helpers for the head fragment. Untrusted text stays data: characters
 * an HTML parser would not hand back unchanged are dropped, markup characters
 * and line breaks become character references, so every value parses back to
 * `htmlSafe(value)` and every tag stays on one line.
 */

// What HTML's input stream reports as errors or rewrites: NUL (becomes U+FFFD),
// controls other than ASCII whitespace (C0, DEL, C1), lone surrogates (not
// encodable as UTF-8) and noncharacters. Tab, LF and FF are kept; CR and CRLF
// become LF, as the parser would do (`&#13;` would be a parse error).
const HTML_UNSAFE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}|\p{Surrogate}/gu

/** `text` without the characters HTML cannot carry unchanged (controls, lone surrogates, noncharacters), newlines as LF. */
export function htmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(HTML_UNSAFE, '')
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Line breaks and tabs as references, so every tag stays on one line.
  '\t': '&#9;',
  '\n': '&#10;',
  '\f': '&#12;',
}

/** Escape for a double-quoted attribute value (after `htmlSafe`). */
export function escapeHtmlAttribute(text: string): string {
  return htmlSafe(text).replace(/[&<>"'\t\n\f]/g, (c) => ESCAPES[c]!)
}

/** Escape for element text, including RCDATA such as `<title>` (after `htmlSafe`). */
export function escapeHtmlText(text: string): string {
  return escapeHtmlAttribute(text)
}
