/** The frame of every report page: a strict CSP (nothing is loaded), the stylesheet and the script, all inline. */
import { html, trusted, type SafeHtml } from './html.js'
import { REPORT_SCRIPT } from './script.js'

// The report is opened from disk; this makes sure it can fetch nothing even if a value slipped through.
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

const STYLE = `
:root { color-scheme: light; --muted: #5f6368; --line: #dadce0; --error: #b3261e; --warning: #8a5a00; --ok: #137333; --info: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Liberation Sans", Arial, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; color: #202124; background: #f8f9fa; }
header.top { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 24px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header.top h1 { font-size: 20px; margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 48px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
section > h2 { font-size: 17px; margin: 0 0 12px; }
a { color: #1a0dab; }
.muted, .measure, .image-source { color: var(--muted); font-size: 13px; }
code { font: 13px/1.4 "Liberation Mono", monospace; }
.status { font-weight: 600; }
.status-error { color: var(--error); } .status-warning { color: var(--warning); } .status-ok { color: var(--ok); }
/* Google result: 20 px Arial title, 14 px Arial text, 600 px column */
.serp { font-family: arial, "Liberation Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; max-width: 652px; padding: 8px 0; }
.serp-site { display: flex; gap: 12px; align-items: center; font-size: 14px; line-height: 20px; }
.serp-icon { width: 28px; height: 28px; border-radius: 50%; background: #e8f0fe; color: #1a0dab; display: inline-flex; align-items: center; justify-content: center; font-weight: 700; }
.serp-name { display: block; color: #202124; }
.serp-url { display: block; color: #4d5156; font-style: normal; font-size: 12px; line-height: 18px; }
.serp-title { font-family: inherit; font-size: 20px; line-height: 26px; font-weight: 400; color: #1a0dab; margin: 6px 0 3px; white-space: nowrap; }
.serp-desc { font-size: 14px; line-height: 22px; color: #4d5156; max-width: 600px; }
.serp-date { color: #70757a; }
/* Cards */
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
.card { margin: 0; }
.card figcaption { font-weight: 600; margin-bottom: 6px; }
.card-frame { border: 1px solid var(--line); overflow: hidden; background: #fff; font-family: Helvetica, Arial, "Liberation Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; }
.card-x .card-frame { border-radius: 16px; }
.card-linkedin .card-frame { border-radius: 8px; }
.card-image { width: 100%; background: #e8eaed; overflow: hidden; position: relative; }
.card-image img { width: 100%; height: 100%; object-fit: cover; display: block; }
.card-image-missing { display: flex; align-items: center; justify-content: center; color: var(--error); font-size: 13px; padding: 8px; text-align: center; }
.card-text { padding: 10px 12px; background: #f2f3f5; }
.card-x .card-text, .card-linkedin .card-text { background: #fff; }
.card-host { font-size: 12px; color: #606770; }
.card-title { font-weight: 600; font-size: 16px; line-height: 20px; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.card-desc { font-size: 14px; color: #606770; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; }
.checks { list-style: none; padding: 0; margin: 8px 0 0; font-size: 13px; }
.check-ok { color: var(--ok); } .check-warning { color: var(--warning); } .check-error { color: var(--error); } .check-note { color: var(--info); }
/* Feed item */
.feed-item { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; max-width: 760px; background: #fffdf7; }
.feed-item h3 { margin: 0 0 4px; font-size: 20px; }
.feed-item .content img { max-width: 100%; height: auto; }
.missing-image { color: var(--muted); font-style: italic; }
/* JSON-LD */
.ld-tree { font: 13px/1.5 "Liberation Mono", monospace; }
.ld-node { margin-left: 12px; border-left: 2px solid #e8eaed; padding-left: 8px; }
.ld-node > summary { cursor: pointer; color: #3c4043; font-weight: 600; }
.ld-node.target > summary { background: #fff3bf; }
.ld-row { margin-left: 12px; }
.ld-key { color: #a142f4; }
.ld-string { color: #188038; } .ld-number, .ld-boolean { color: #1967d2; } .ld-null { color: var(--muted); }
.ld-array { margin: 0; padding-left: 28px; }
.ld-dangling { color: var(--error); }
/* Findings */
.findings { list-style: none; padding: 0; margin: 0 0 12px; }
.finding { border-left: 4px solid var(--line); padding: 6px 10px; margin: 6px 0; background: #fafafa; }
.finding-error { border-color: var(--error); } .finding-warning { border-color: #e0a800; } .finding-info { border-color: var(--info); }
.finding .severity { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.finding-error .severity { color: var(--error); } .finding-warning .severity { color: var(--warning); } .finding-info .severity { color: var(--info); }
.where { color: var(--muted); font-size: 13px; }
.info-findings > summary { cursor: pointer; color: var(--info); font-size: 13px; margin-bottom: 8px; }
.rule-docs summary { cursor: pointer; font-size: 13px; color: var(--muted); }
/* Index */
table.articles { width: 100%; border-collapse: collapse; background: #fff; }
table.articles th, table.articles td { text-align: start; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.articles th button { font: inherit; font-weight: 600; background: none; border: 0; cursor: pointer; padding: 0; }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
.url { overflow-wrap: anywhere; }
.filter { margin: 12px 0; }
`

export interface LayoutOptions {
  title: string
  /** Language of the report's own words (English). */
  lang?: string
  header: SafeHtml
  body: SafeHtml
}

/** A complete HTML document. */
export function layout({ title, header, body, lang = 'en' }: LayoutOptions): string {
  return html`<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header class="top">${header}</header>
<main>
${body}
</main>
<script>${trusted(REPORT_SCRIPT)}</script>
</body>
</html>
`.value
}
