/**
 * A JSON-LD graph as a collapsible tree (`<details>`): each node with an `@id`
 * gets an anchor, and every `{"@id": …}` reference links to it, so following
 * author -> Person or publisher -> Organization is a click.
 */
import { html, type SafeHtml } from './html.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Anchor name for a node id, unique within a page. */
export function nodeAnchor(id: string, prefix = ''): string {
  let hash = 0
  for (const char of id) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0
  return `${prefix}node-${hash.toString(36)}`
}

/** Every `@id` that is described (has more than an `@id`) anywhere in `value`. */
export function describedIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) describedIds(item, found)
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (typeof object['@id'] === 'string' && Object.keys(object).length > 1) found.add(object['@id'])
    for (const item of Object.values(object)) describedIds(item, found)
  }
  return found
}

function label(object: Record<string, Json>): string {
  const type = Array.isArray(object['@type']) ? object['@type'].join(', ') : typeof object['@type'] === 'string' ? object['@type'] : ''
  const name = ['headline', 'name', 'url'].map((key) => object[key]).find((v): v is string => typeof v === 'string')
  return [type, name].filter(Boolean).join(': ')
}

function renderValue(value: Json, ids: Set<string>, depth: number, prefix: string): SafeHtml {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' && /^https?:\/\//.test(value)) return html`<span class="ld-string ld-url">${value}</span>`
    return html`<span class="ld-${value === null ? 'null' : typeof value}" dir="auto">${typeof value === 'string' ? value : JSON.stringify(value)}</span>`
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return html`<span class="ld-empty">[]</span>`
    return html`<ol class="ld-array">${value.map((item) => html`<li>${renderValue(item, ids, depth + 1, prefix)}</li>`)}</ol>`
  }
  const id = typeof value['@id'] === 'string' ? value['@id'] : undefined
  const keys = Object.keys(value)
  if (id && keys.length === 1) {
    return ids.has(id) ? html`<a class="ld-ref" href="#${nodeAnchor(id, prefix)}">→ ${id}</a>` : html`<span class="ld-ref ld-dangling" title="no node in this page describes this @id">→ ${id}</span>`
  }
  const rows = keys.filter((key) => key !== '@type').map((key) => html`<div class="ld-row"><span class="ld-key">${key}</span> ${renderValue(value[key]!, ids, depth + 1, prefix)}</div>`)
  const anchor = id ? html` id="${nodeAnchor(id, prefix)}"` : ''
  return html`<details class="ld-node"${anchor}${depth < 3 ? ' open' : ''}><summary>${label(value) || '{…}'}</summary>${rows}</details>`
}

/** The tree for every JSON-LD block of a page; `prefix` keeps anchors unique when several pages share a document. */
export function renderJsonLdTree(blocks: readonly unknown[], prefix = ''): SafeHtml {
  if (blocks.length === 0) return html`<p class="empty">No JSON-LD on this page.</p>`
  const ids = describedIds(blocks)
  return html`<div class="ld-tree">${blocks.map((block, i) => (typeof block === 'string' ? html`<p class="check-error">Block ${i + 1}: ${block}</p>` : html`<div class="ld-block">${renderValue(block as Json, ids, 0, prefix)}</div>`))}</div>`
}
