/**
 * Safe HTML templating for the preview report: `html` escapes every
 * interpolated value unless it is already `SafeHtml` (another template, or
 * `trusted()` for markup that was sanitized). Titles, descriptions and
 * JSON-LD are hostile input; nothing reaches the report unescaped by accident.
 */
import { escapeHtmlAttribute } from '../util/html-escape.js'

/** Markup that is safe to insert as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[]

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtmlAttribute(String(value))
}

/** Tagged template: interpolations escaped (arrays joined), `SafeHtml` kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!
  return new SafeHtml(out)
}

/** Mark sanitized markup (or a constant) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

// Scripts written right to left (ISO 15924 via their languages): Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Yiddish, Dhivehi, Kurdish (Sorani), Uyghur, Syriac, N'Ko.
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug', 'syr', 'nqo', 'arc'])
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg'])

/** `rtl` or `ltr` for a BCP 47 tag (its script subtag when given, else its language). */
export function direction(lang: string | undefined): 'rtl' | 'ltr' {
  if (!lang) return 'ltr'
  try {
    const locale = new Intl.Locale(lang)
    if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr'
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr'
  } catch {
    return RTL_LANGUAGES.has(lang.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr'
  }
}

/** ` lang="…" dir="…"` for an element holding text in `lang` (nothing when unknown). */
export function langAttributes(lang: string | undefined): SafeHtml {
  if (!lang) return new SafeHtml(' dir="auto"')
  return html` lang="${lang}" dir="${direction(lang)}"`
}
