/**
 * Issue #8 property: any URL-valued field of the config, the authors registry
 * or the frontmatter, given a non-http(s) URL in any case and behind any
 * whitespace, makes the build refuse with a position, and nothing is written.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { DatelineError } from '../../src/util/diagnostic.js'
import { BASE_CONFIG, makeSite, removeSite } from '../helpers/site.js'

const roots: string[] = []
afterAll(() => roots.forEach(removeSite))

type Site = { config: Record<string, unknown>; front: Record<string, unknown>; authors: Record<string, unknown> }
const POLICIES = ['publishingPrinciples', 'masthead', 'ethicsPolicy', 'correctionsPolicy', 'diversityPolicy', 'ownershipFundingInfo', 'actionableFeedbackPolicy', 'verificationFactCheckingPolicy', 'unnamedSourcesPolicy', 'noBylinesPolicy', 'missionCoveragePrioritiesPolicy']

/** Where a hostile URL can go: [name, place it into a site, expected exit code]. */
const FIELDS: [string, (site: Site, url: string) => void, 1 | 2][] = [
  ['site.logo', (s, u) => ((s.config.site as Record<string, unknown>).logo = u), 2],
  ['site.logo.url', (s, u) => ((s.config.site as Record<string, unknown>).logo = { url: u }), 2],
  ['site.publisher.sameAs', (s, u) => ((s.config.site as Record<string, unknown>).publisher = { sameAs: ['https://ok.example/', u] }), 2],
  ...POLICIES.map((policy): [string, (site: Site, url: string) => void, 2] => [`site.publisher.${policy}`, (s, u) => ((s.config.site as Record<string, unknown>).publisher = { [policy]: u }), 2]),
  ['feeds.hub', (s, u) => (s.config.feeds = { hub: u }), 2],
  ['feeds.stylesheet', (s, u) => (s.config.feeds = { stylesheet: u }), 2],
  ['registry url', (s, u) => (s.authors.rina = { name: 'Rina', url: u }), 1],
  ['registry image', (s, u) => (s.authors.rina = { name: 'Rina', image: u }), 1],
  ['registry sameAs', (s, u) => (s.authors.rina = { name: 'Rina', sameAs: [u] }), 1],
  ['author url', (s, u) => (s.front.author = [{ name: 'X', url: u }]), 1],
  ['author image', (s, u) => (s.front.author = [{ name: 'X', image: u }]), 1],
  ['author sameAs', (s, u) => (s.front.author = { name: 'X', sameAs: u }), 1],
  ['image', (s, u) => (s.front.image = u), 1],
  ['image.url', (s, u) => (s.front.image = [{ url: 'ok.jpg' }, { url: u }]), 1],
  ['canonical', (s, u) => (s.front.canonical = u), 1],
]

const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'jar', 'blob', 'filesystem', 'ftp')
const mixedCase = (text: string) =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''))
const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\u0000', '\u001f'), { maxLength: 3 }).map((chars) => chars.join(''))
const hostileUrl = fc
  .tuple(scheme.chain(mixedCase), whitespace, fc.constantFrom('alert(document.domain)', '%0aalert(1)//', 'text/html,<script>x</script>', '///etc/passwd', ''))
  .map(([name, lead, rest]) => `${lead}${name}:${rest}`)

describe('any URL field with a non-http(s) scheme', () => {
  it('is refused with a position; nothing is written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: FIELDS.length - 1 }), hostileUrl, async (index, url) => {
        const [name, place, exitCode] = FIELDS[index]!
        const site: Site = { config: { ...BASE_CONFIG, site: { ...BASE_CONFIG.site }, authors: 'authors.json', pages: true }, front: { title: 'A', date: '2023-10-11T09:00:00', author: 'rina' }, authors: { rina: { name: 'Rina' } } }
        place(site, url)
        const root = makeSite(
          {
            'articles/a.md': `---\n${JSON.stringify(site.front)}\n---\nIsi.\n`,
            'authors.json': JSON.stringify(site.authors, null, 2),
          },
          site.config,
        )
        roots.push(root)
        const error = await build(root, { now: Date.parse('2023-10-11T12:00:00+07:00') }).then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(error, `${name} = ${JSON.stringify(url)}`).toBeInstanceOf(DatelineError)
        const { exitCode: code, diagnostics } = error as DatelineError
        expect(code, name).toBe(exitCode)
        expect(diagnostics.some((d) => d.severity === 'error' && d.line > 0 && d.column > 0), `${name}: ${JSON.stringify(diagnostics)}`).toBe(true)
        expect(existsSync(path.join(root, 'dist'))).toBe(false)
      }),
      { numRuns: 60 },
    )
  }, 120_000)
})
