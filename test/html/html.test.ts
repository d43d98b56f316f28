import { describe, expect, it } from 'vitest'
import { absolutizeSrcset, articleHtml, BodyCache, articlePageHtml, isPaywalled, paywallClass } from '../../src/emit/html.js'
import { articleTree } from '../../src/model/markdown.js'
import { makeArticle } from '../feeds/fixture.js'

const full = { content: 'full' } as const

function render(body: string, extra: Parameters<typeof makeArticle>[0] | object = {}) {
  return articleHtml(makeArticle({ slug: 'berita', body, ...extra }), full)
}

describe('articleHtml: sanitizing', () => {
  it('drops script and style elements with their content', () => {
    const html = render('Teks.\n\n<script>alert("x")</script>\n\n<style>p{color:red}</style>\n\n<p>Aman<script>evil()</script></p>')
    expect(html).not.toMatch(/script|alert|evil|style|color:red/i)
    expect(html).toContain('Aman')
  })

  it('drops event handlers and javascript: URLs', () => {
    const html = render('<p onclick="steal()" onmouseover="x()">Klik <a href="javascript:alert(1)">di sini</a> <a href="JaVaScRiPt:alert(2)">lagi</a> <img src="javascript:alert(3)" alt="x"></p>')
    expect(html).not.toMatch(/onclick|onmouseover|javascript|steal/i)
    expect(html).toContain('di sini')
  })

  it('drops javascript: in markdown links too', () => {
    const html = render('[klik](javascript:alert(1)) dan ![gambar](javascript:alert(2))')
    expect(html).not.toMatch(/javascript/i)
    expect(html).toContain('klik')
  })

  it('turns iframes, embeds and objects into plain links', () => {
    const html = render(
      [
        '<iframe src="https://video.example/embed/1" title="Video wawancara" onload="x()"></iframe>',
        '',
        '<embed src="/media/peta.swf">',
        '',
        '<object data="https://maps.example/peta"><param name="a" value="b"></object>',
        '',
        '<iframe srcdoc="<script>x</script>"></iframe>',
      ].join('\n'),
    )
    expect(html).not.toMatch(/<iframe|<embed|<object|<param|srcdoc|onload/)
    expect(html).toContain('<a href="https://video.example/embed/1">Video wawancara</a>')
    expect(html).toContain('<a href="https://semarak.example/media/peta.swf">/media/peta.swf</a>')
    expect(html).toContain('<a href="https://maps.example/peta">https://maps.example/peta</a>')
  })

  it('keeps raw HTML the schema allows: figure, figcaption, picture, video with poster', () => {
    const html = render(
      '<figure><picture><source srcset="a.webp 1x" type="image/webp"><img src="a.jpg" alt="Foto"></picture><figcaption>Keterangan <em>foto</em></figcaption></figure>\n\n<video src="klip.mp4" poster="klip.jpg" controls></video>',
      { url: 'https://semarak.example/2023/10/berita/' },
    )
    expect(html).toContain('<figure><picture><source srcset="https://semarak.example/2023/10/berita/a.webp 1x" type="image/webp">')
    expect(html).toContain('<img src="https://semarak.example/2023/10/berita/a.jpg" alt="Foto">')
    expect(html).toContain('<figcaption>Keterangan <em>foto</em></figcaption></figure>')
    expect(html).toContain('<video src="https://semarak.example/2023/10/berita/klip.mp4" poster="https://semarak.example/2023/10/berita/klip.jpg" controls></video>')
  })

  it('drops characters XML cannot hold', () => {
    const html = render('Teks\u000Bdari\u0000Word\uFFFE dan \uD800 sendiri')
    // CommonMark itself turns U+0000 into U+FFFD; the rest is dropped.
    expect(html).toBe('<p>Teksdari\uFFFDWord dan  sendiri</p>')
  })
})

describe('articleHtml: URLs', () => {
  const url = 'https://semarak.example/2023/10/berita/'

  it('resolves root-relative, ../ and page-relative links and images against the article URL', () => {
    const html = render('[a](/pedoman/) [b](../lain/) [c](../../09/x/) [d](foto.jpg) ![e](gambar/e.png) [f](#catatan) [g](?hal=2)', { url })
    expect(html).toContain('href="https://semarak.example/pedoman/"')
    expect(html).toContain('href="https://semarak.example/2023/10/lain/"')
    expect(html).toContain('href="https://semarak.example/2023/09/x/"')
    expect(html).toContain('href="https://semarak.example/2023/10/berita/foto.jpg"')
    expect(html).toContain('src="https://semarak.example/2023/10/berita/gambar/e.png"')
    expect(html).toContain('href="https://semarak.example/2023/10/berita/#catatan"')
    expect(html).toContain('href="https://semarak.example/2023/10/berita/?hal=2"')
    expect(html).not.toMatch(/(?:href|src)="(?!https:\/\/)/)
  })

  it('percent-encodes once: spaces and non-ASCII encoded, existing escapes kept', () => {
    const html = render('<img src="/foto/pak menteri.jpg" alt="a"> <a href="/berita/ekonomi%20mikro/">b</a> <a href="/ラーメン/">c</a>', { url })
    expect(html).toContain('src="https://semarak.example/foto/pak%20menteri.jpg"')
    expect(html).toContain('href="https://semarak.example/berita/ekonomi%20mikro/"')
    expect(html).toContain('href="https://semarak.example/%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3/"')
  })

  it('resolves every srcset candidate and keeps descriptors', () => {
    const html = render('<img src="a.jpg" srcset="a-480.jpg 480w, /img/a-960.jpg 960w,../a-2x.jpg 2x" alt="">', { url })
    expect(html).toContain(
      'srcset="https://semarak.example/2023/10/berita/a-480.jpg 480w, https://semarak.example/img/a-960.jpg 960w, https://semarak.example/2023/10/a-2x.jpg 2x"',
    )
  })

  it('parses srcset like HTML does (commas inside URLs, trailing commas, non-http candidates dropped)', () => {
    expect(absolutizeSrcset('a,b.jpg 1x, c.jpg,', 'https://x.example/p/')).toBe('https://x.example/p/a,b.jpg 1x, https://x.example/p/c.jpg')
    expect(absolutizeSrcset('javascript:alert(1) 1x, data:image/png;base64,AAA 2x', 'https://x.example/')).toBe('')
  })

  it('keeps mailto: links as they are, absolute http(s) links unchanged', () => {
    const html = render('[surat](mailto:redaksi@semarak.example) [luar](https://asan.example/a?b=1&c=2)', { url })
    expect(html).toContain('href="mailto:redaksi@semarak.example"')
    expect(html).toContain('href="https://asan.example/a?b=1&#x26;c=2"')
  })
})

describe('articleHtml: paywall', () => {
  const body = 'Bagian gratis.\n\n<!-- paywall -->\n\nBagian berbayar.'

  it('feeds (omit) carry only the free part of a non-free article', () => {
    const article = makeArticle({ slug: 'p', body, accessibleForFree: false, paywallSelector: '.konten-berbayar' })
    expect(articleHtml(article, { content: 'full', paywall: 'omit' })).toBe('<p>Bagian gratis.</p>')
    expect(articleHtml(article, full)).toBe('<p>Bagian gratis.</p>')
    expect(isPaywalled(article)).toBe(true)
  })

  it('pages (wrap) put the paid part in the paywallSelector class', () => {
    const article = makeArticle({ slug: 'p', body, accessibleForFree: false, paywallSelector: '.konten-berbayar' })
    expect(articlePageHtml(article)).toBe('<p>Bagian gratis.</p>\n<div class="konten-berbayar"><p>Bagian berbayar.</p></div>')
    expect(paywallClass(article)).toBe('konten-berbayar')
  })

  it('a non-free article without the marker is paywalled as a whole', () => {
    const article = makeArticle({ slug: 'p', body: 'Semua berbayar.', accessibleForFree: false })
    expect(articleHtml(article, full)).toBe('')
    expect(articlePageHtml(article)).toBe('<div class="paywall"><p>Semua berbayar.</p></div>')
  })

  it('a free article renders in full and the marker leaves no trace', () => {
    const article = makeArticle({ slug: 'p', body })
    expect(articleHtml(article, full)).toBe('<p>Bagian gratis.</p>\n<p>Bagian berbayar.</p>')
    expect(articlePageHtml(article)).toBe('<p>Bagian gratis.</p>\n<p>Bagian berbayar.</p>')
    expect(isPaywalled(article)).toBe(false)
  })

  it('does not let authors reuse the paywall class to smuggle other classes', () => {
    const article = makeArticle({ slug: 'p', body: '<div class="paywall iklan">x</div>', accessibleForFree: true })
    expect(articleHtml(article, full)).toBe('<div class="paywall">x</div>')
  })
})

describe('articleHtml: summary and the shared tree', () => {
  it('summary is the description as one escaped paragraph', () => {
    const article = makeArticle({ slug: 's', description: 'Harga <naik> & turun', body: 'Badan.' })
    expect(articleHtml(article, { content: 'summary' })).toBe('<p>Harga &#x3C;naik> &#x26; turun</p>')
  })

  it('reads the memoized tree without changing it, and gives the same HTML every time', () => {
    const article = makeArticle({ slug: 't', body: 'Satu [tautan](/a/).\n\n<iframe src="https://v.example/1"></iframe>\n\nDua[^1].\n\n[^1]: Catatan.' })
    const cache = new BodyCache()
    const tree = articleTree(article, cache.trees)
    const before = structuredClone(tree)
    const first = articleHtml(article, { ...full, cache })
    expect(articleTree(article, cache.trees)).toBe(tree)
    expect(tree).toEqual(before)
    const copy = makeArticle({ ...article })
    expect(articleHtml(copy, full)).toBe(first)
  })
})
