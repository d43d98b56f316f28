/**
 * A feed item's HTML as a reader would show it, safe inside the report:
 * parsed (rehype-raw), sanitized with GitHub's schema (rehype-sanitize), and
 * every resource a browser would load by itself (img, video, audio, source,
 * iframe…) either mapped to an embedded copy or removed, so opening the
 * report makes no request.
 */
import type { Element, Root, Nodes } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'

/** Returns a `data:` URI for an image URL, or undefined when there is no local copy. */
export type ImageResolver = (url: string) => string | undefined

const LOADING = new Set(['video', 'audio', 'source', 'track', 'iframe', 'object', 'embed', 'picture'])

function rewrite(node: Nodes, resolve: ImageResolver): void {
  if (!('children' in node)) return
  node.children = node.children.flatMap((child): Root['children'] => {
    if (child.type !== 'element') return [child]
    const element = child as Element
    if (LOADING.has(element.tagName)) return []
    if (element.tagName === 'img') {
      const src = typeof element.properties.src === 'string' ? element.properties.src : undefined
      const local = src ? resolve(src) : undefined
      delete element.properties.srcSet
      if (local) {
        element.properties.src = local
      } else {
        // No local copy: show the alt text where the image would be, never the remote URL.
        const alt = typeof element.properties.alt === 'string' ? element.properties.alt : ''
        return [{ type: 'element', tagName: 'span', properties: { className: ['missing-image'], title: src ?? '' }, children: [{ type: 'text', value: `[image${alt ? `: ${alt}` : ''}]` }] }]
      }
    }
    rewrite(element, resolve)
    return [element]
  })
}

/** Sanitized HTML for a feed item's content. */
export function sanitizeFeedHtml(markup: string, resolve: ImageResolver): string {
  const processor = unified()
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(() => (tree: Root) => rewrite(tree, resolve))
    .use(rehypeStringify)
  const tree = processor.runSync({ type: 'root', children: [{ type: 'raw', value: markup }] } as unknown as Root)
  return processor.stringify(tree as Root)
}
