/**
 * `dateline check https://…` and `--crawl` against a small site served by an
 * HTTP server this test starts on 127.0.0.1: redirects, statuses,
 * Content-Type, Last-Modified, robots.txt, limits, and the same document rules
 * as for files.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkUrls } from '../../src/check/documents/live/crawl.js'
import { runCheck } from '../../src/cli/check.js'

let server: Server
let base = ''
const requests: string[] = []

const page = (headline: string, extraHead = '') => `<!doctype html><html><head><title>${headline}</title>
<link rel="alternate" type="application/rss+xml" href="/feed.xml">${extraHead}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","datePublished":"2023-10-11T08:00:00+07:00","author":{"@type":"Person","name":"Ana","url":"https://a.example/ana"},"image":"https://a.example/i.jpg"}</script>
</head><body><h1>${headline}</h1></body></html>`

const routes: Record<string, { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string> }> = {
  '/robots.txt': { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n\n# where the URLs are\nSitemap: BASE/sitemap_index.xml\nSitemap: https://elsewhere.example/sitemap.xml\n' },
  '/sitemap_index.xml': {
    type: 'application/xml',
    body: '<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>BASE/sitemap.xml</loc></sitemap>\n<sitemap><loc>BASE/pages.xml.gz</loc></sitemap>\n</sitemapindex>\n',
  },
  '/sitemap.xml': {
    type: 'application/xml',
    body: [
      '<?xml version="1.0"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '<url><loc>BASE/a/</loc><lastmod>2030-01-01</lastmod></url>',
      '<url><loc>BASE/gone/</loc></url>',
      '<url><loc>BASE/old/</loc></url>',
      '<url><loc>BASE/private/x/</loc></url>',
      '<url><loc>https://elsewhere.example/</loc></url>',
      '</urlset>',
      '',
    ].join('\n'),
  },
  '/pages.xml.gz': { type: 'application/gzip', body: 'GZIP:<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>BASE/b/</loc><lastmod>2023-10-11</lastmod></url>\n</urlset>\n' },
  '/a/': { type: 'text/html; charset=utf-8', body: page('A'), headers: { 'last-modified': 'Wed, 11 Oct 2023 10:00:00 GMT' } },
  '/b/': { type: 'text/html', body: page('B', '<link rel="alternate" type="application/atom+xml" href="atom.xml">'), headers: { 'last-modified': 'Thu, 12 Oct 2023 10:00:00 GMT' } },
  '/old/': { status: 301, headers: { location: '/b/' } },
  '/loop/': { status: 302, headers: { location: '/loop/' } },
  // An RSS feed served as an HTML page, with a channel that lacks its description.
  '/feed.xml': { type: 'text/html', body: '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title><link>https://a.example/</link></channel></rss>\n' },
  '/b/atom.xml': { type: 'application/atom+xml', body: '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>T</title><updated>2023-10-11T08:00:00Z</updated><author><name>A</name></author></feed>\n' },
  '/big.xml': { type: 'application/xml', body: `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${' '.repeat(5000)}</urlset>` },
  '/private/x/': { type: 'text/html', body: page('Private') },
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, base)
    requests.push(url.pathname)
    if (url.pathname === '/slow') return // never answers: the timeout must end it
    const route = routes[url.pathname]
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>')
      return
    }
    let body: string | Buffer = typeof route.body === 'string' ? route.body.replaceAll('BASE', base) : (route.body ?? '')
    if (typeof body === 'string' && body.startsWith('GZIP:')) body = gzipSync(body.slice(5))
    response.writeHead(route.status ?? 200, { ...(route.type ? { 'content-type': route.type } : {}), ...route.headers })
    response.end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

const brief = (diagnostics: { file: string; line: number; rule: string; message: string }[]) =>
  diagnostics.map((d) => `${d.file.replace(base, '')}:${d.line} ${d.rule} ${d.message.replaceAll(base, '')}`)

describe('checkUrls', () => {
  it('checks one page by URL with the document rules, and follows nothing without crawl', async () => {
    requests.length = 0
    const result = await checkUrls([`${base}/a/`])
    expect(result.files).toEqual([{ file: `${base}/a/`, kind: 'html' }])
    expect(requests).toEqual(['/a/'])
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
  it('crawls a sitemap index, its sitemaps (gzip too), their pages and the feeds they advertise', async () => {
    requests.length = 0
    const result = await checkUrls([`${base}/sitemap_index.xml`], { crawl: true, now: Date.parse('2023-10-12T00:00:00Z') })
    expect(result.files.map((f) => `${f.file.replace(base, '')} ${f.kind}`).sort()).toEqual([
      '/a/ html',
      '/b/ html',
      '/b/atom.xml atom',
      '/feed.xml rss',
      '/pages.xml.gz sitemap',
      '/sitemap.xml sitemap',
      '/sitemap_index.xml sitemap-index',
    ])
    const found = brief(result.diagnostics)
    // A sitemap URL that 404s, at its <loc>.
    expect(found).toContain('/sitemap.xml:4 http/sitemap-url-status /gone/: answers 404')
    // Each redirect, where the URL is listed; the target is checked once.
    expect(found).toContain('/sitemap.xml:5 http/redirect /old/: 301 redirect from /old/ to /b/')
    // robots.txt: /private/ is not fetched.
    expect(found).toContain('/sitemap.xml:6 http/robots-disallowed /private/x/: disallowed for dateline by robots.txt; not fetched')
    expect(requests).not.toContain('/private/x/')
    // Other hosts are not crawled (the sitemap rule reports the foreign URL).
    expect(found.some((line) => line.includes('elsewhere.example') && line.includes('http/'))).toBe(false)
    // Last-Modified vs lastmod, at the <lastmod>.
    expect(found).toContain('/sitemap.xml:3 http/lastmod-after-last-modified /a/: <lastmod> 2030-01-01 is after the Last-Modified the server sends (Wed, 11 Oct 2023 10:00:00 GMT)')
    expect(found.filter((line) => line.includes('lastmod-after'))).toHaveLength(1)
    // Content-Type against the content, and the feed's own rules.
    expect(found).toContain('/feed.xml:0 http/content-type the content is an RSS feed but is served as text/html; send application/rss+xml or application/rdf+xml or application/xml or text/xml')
    expect(found.some((line) => line.startsWith('/feed.xml') && line.includes('rss/missing-element'))).toBe(true)
    // Both pages advertise /feed.xml: fetched once.
    expect(requests.filter((p) => p === '/feed.xml')).toHaveLength(1)
    expect(requests.filter((p) => p === '/robots.txt')).toHaveLength(1)
  })
  it("starts a crawl from a page at the sitemaps its site's robots.txt lists (same host only)", async () => {
    requests.length = 0
    const result = await checkUrls([`${base}/b/`], { crawl: true, now: Date.parse('2023-10-12T00:00:00Z') })
    const files = result.files.map((f) => f.file.replace(base, ''))
    expect(files).toContain('/sitemap_index.xml')
    expect(files).toContain('/a/')
    expect(files.some((file) => file.includes('elsewhere'))).toBe(false)
    // Without --crawl, only what was named is fetched: not even robots.txt.
    requests.length = 0
    await checkUrls([`${base}/b/`])
    expect(requests).toEqual(['/b/'])
  })
  it('gives the same findings in the same order however answers interleave', async () => {
    const one = await checkUrls([`${base}/sitemap_index.xml`], { crawl: true, concurrency: 1 })
    const many = await checkUrls([`${base}/sitemap_index.xml`], { crawl: true, concurrency: 8 })
    expect(many).toEqual(one)
  })
  it('stops at maxPages and says how many URLs were left', async () => {
    const result = await checkUrls([`${base}/sitemap_index.xml`], { crawl: true, maxPages: 3 })
    expect(result.files).toHaveLength(3)
    expect(brief(result.diagnostics).filter((line) => line.includes('http/max-pages'))).toEqual(['/sitemap_index.xml:0 http/max-pages stopped after 3 documents (--max-pages); 5 more URLs found were not fetched or checked'])
  })
  it('reports statuses, redirect loops, timeouts, oversized responses and unreachable hosts as findings', async () => {
    // A port nothing listens on: bind one, then close it.
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const nobody = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`
    await new Promise((done) => closed.close(done))
    const result = await checkUrls([`${base}/missing`, `${base}/loop/`, `${base}/slow`, `${base}/big.xml`, nobody], { timeoutMs: 500, maxBytes: 1000 })
    const found = brief(result.diagnostics)
    expect(found).toContain('/missing:0 http/status answers 404')
    expect(found.filter((line) => line.startsWith('/loop/:0 http/redirect'))).toHaveLength(11)
    expect(found).toContain('/loop/:0 http/fetch-failed cannot fetch: more than 10 redirects')
    expect(found).toContain('/slow:0 http/fetch-failed cannot fetch: no complete answer within 0.5 s')
    expect(found).toContain('/big.xml:0 http/too-large more than 1,000 bytes; not read further')
    expect(found).toContain(`${nobody}:0 http/fetch-failed cannot fetch: ECONNREFUSED`)
  })
})

describe('dateline check URL', () => {
  async function run(...argv: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await runCheck(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), env: {} })
    return { code, stdout, stderr }
  }
  it('exits 1 on errors found by crawling, and names the URLs in SARIF', async () => {
    const result = await run(`${base}/sitemap_index.xml`, '--crawl', '--format', 'sarif', '--concurrency', '2', '--timeout', '5')
    expect(result.code).toBe(1)
    const results = JSON.parse(result.stdout).runs[0].results
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'http/sitemap-url-status').locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${base}/sitemap.xml` },
      region: { startLine: 4, startColumn: 6 },
    })
  })
  it('refuses bad limits and --crawl without a URL (exit 2)', async () => {
    expect((await run(`${base}/a/`, '--max-pages', 'lots')).code).toBe(2)
    expect((await run('--crawl', 'dist')).stderr).toContain('--crawl needs at least one http(s) URL')
  })
})
