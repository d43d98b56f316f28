import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'

// The demo's articles, shared with the other examples. No schema: dateline validates the frontmatter.
export const collections = {
  berita: defineCollection({ loader: glob({ pattern: '**/*.md', base: '../articles' }) }),
}
