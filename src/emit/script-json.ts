/**
 * JSON that is safe to inline in an HTML `<script type="application/ld+json">`.
 *
 * Script content is raw text: the HTML tokenizer does not decode entities, ends
 * the element at `</script` in any letter case (followed by space, `/` or `>`),
 * and after `<!--` … `<script` stops honouring `</script>` at all. So values are
 * never entity-encoded; instead, after `JSON.stringify`, every `<`, `>` and `&`
 * becomes a `\u00XX` escape, which is legal JSON and decodes back to the same
 * character: `JSON.parse` returns exactly the value that went in.
 */

// Only ever found inside JSON strings (JSON's own syntax uses none of them), so
// replacing them on the whole text is the same as replacing them in each string.
// - `<` `>` `&`: no tag, comment or character reference can start.
// - U+2028, U+2029: line terminators in pre-ES2019 JavaScript (defence in depth).
// - U+007F–U+009F and the noncharacters: HTML's tokenizer reports them as
//   parse errors in the input stream; escaping them is lossless and keeps the page valid.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029\u007F-\u009F]|\p{Noncharacter_Code_Point}/gu

function escapeCodeUnit(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`
}

function escapeForScript(json: string): string {
  // An astral noncharacter is two code units; each gets its own escape (still one character once parsed).
  return json.replace(SCRIPT_UNSAFE, (c) => Array.from({ length: c.length }, (_, i) => escapeCodeUnit(c.charCodeAt(i))).join(''))
}

/**
 * One line of JSON for a `<script type="application/ld+json">` element: no
 * `</script`, `<!--` or raw line separator can occur, and `JSON.parse` gives
 * back `value`. (Lone surrogates come out as `\udXXX` escapes: JSON.stringify
 * is well-formed since ES2019.)
 */
export function serializeJsonLdForScript(value: unknown): string {
  return escapeForScript(JSON.stringify(value))
}

/**
 * A JSON-LD document for a `.jsonld` file: 2-space indented, a final newline,
 * and the same escaping as `serializeJsonLdForScript` (harmless in a file, and
 * it keeps the text safe to paste into a page).
 */
export function serializeJsonLdDocument(value: unknown): string {
  return `${escapeForScript(JSON.stringify(value, null, 2))}\n`
}
