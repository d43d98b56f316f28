/**
 * RSS plain text as the RSS Best Practices Profile asks: `&` and `<` as the
 * hexadecimal references `&#x26;` and `&#x3C;` (and `>` as `&#x3E;`), never
 * CDATA, so the W3C validator gives no CharacterData warning and readers that
 * sniff for HTML see none. The `rss` package writes every text as CDATA (or
 * with named entities) and has no way to pass escaped text through, so each
 * text goes in as a placeholder that no text can contain (it holds U+0000,
 * which `feedText` drops) and is swapped for the escaped text afterwards.
 */
import { xmlSafe } from '../../util/xml.js'

const HEX: Readonly<Record<string, string>> = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;' }

/** `text` as XML character data with `&`, `<`, `>` as hexadecimal references (characters XML cannot hold dropped). */
export function hexEscapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (c) => HEX[c]!)
}

/** Placeholders for the texts of one feed, filled in after the `rss` package has written it. */
export class TextSlots {
  private readonly texts: string[] = []

  /** A placeholder for `text`, to hand to the `rss` package instead of it. */
  slot(text: string): string {
    this.texts.push(text)
    return `\u0000${this.texts.length - 1}\u0000`
  }

  /** `xml` with every placeholder (bare, or wrapped in CDATA by the package) replaced by its escaped text. */
  fill(xml: string): string {
    const filled = xml.replace(/(?:<!\[CDATA\[)?\u0000(\d+)\u0000(?:\]\]>)?/g, (whole, index: string) => {
      const cdata = whole.startsWith('<![CDATA[')
      if (cdata !== whole.endsWith(']]>')) throw new Error('rss: a text placeholder was split')
      return hexEscapeText(this.texts[Number(index)]!)
    })
    if (filled.includes('\u0000')) throw new Error('rss: a text placeholder was left in the feed')
    return filled
  }
}
