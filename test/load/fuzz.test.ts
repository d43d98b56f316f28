/** Whatever a frontmatter holds, loading gives findings, never an exception. */
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { normalizeArticle } from '../../src/load/article.js'
import { FRONTMATTER_ALIASES } from '../../src/load/article.js'
import { resolveConfig } from '../../src/load/config-schema.js'

const config = resolveConfig(
  { site: { url: 'https://semarak.example/', name: 'Semarak', timezone: 'Asia/Jakarta' }, permalink: '/{yyyy}/{section}/{slug}/' },
  { root: '/site', file: '/site/dateline.config.json', displayFile: 'dateline.config.json', positions: new Map() },
)
const keys = Object.entries(FRONTMATTER_ALIASES).flatMap(([key, aliases]) => [key, ...aliases])
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2023-10-11', '2023-02-30', '2023-10-11T09:30:00+07:00', '/a b.jpg', 'https://x.example/', '.paywall', 'NewsArticle')),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('url', 'name', 'alt', 'width', 'date', 'text', 'type', 'x'), tie('node'), { maxKeys: 3 })),
}))

describe('normalizeArticle on arbitrary frontmatter', () => {
  it('never throws, and every finding has a position and a rule', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, 'titel', 'x'), value.node, { maxKeys: 8 }), fc.string(), (front, body) => {
        const text = `---\n${stringify(front)}---\n${body}`
        const result = normalizeArticle('articles/a.md', text, { config, registry: { byId: new Map() }, nowMs: Date.parse('2023-10-11T12:00:00Z') })
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThan(0)
          expect(d.rule).toMatch(/^[a-z-]+\/[a-z-]+$/)
        }
        if (result.status === 'published') expect(result.article!.url.startsWith('https://semarak.example/')).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})
