import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { extractScripts } from '../../src/check/documents/jsonld/html.js'
import { referenceExtract } from './reference-extractor.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** Pieces of HTML that stress the places where finding scripts goes wrong. */
const PIECES = [
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing"}</script>',
  '<SCRIPT TYPE="Application/LD+JSON">{"a":1}</SCRIPT >',
  "<script type='application/ld+json' async>{\"b\":2}</script/>",
  '<script type=application/ld+json>{"c":3}</script>',
  '<script type="application/json+ld">{"d":4}</script>',
  '<script type="application/json">{"@context":"x"}</script>',
  '<script>if (a < b && c > d) { x = "</div>" }</script>',
  '<script type="application/ld+json"><!-- {"e":5} --></script>',
  '<script type="application/ld+json"><!--<script>{"f":6}</script>--></script>',
  '<script type="application/ld+json"><!--<script>{"f":6}</script></script>',
  '<script type="application/ld+json"><!--></script>',
  '<script type="application/ld+json"><!---></script>',
  '<script type="application/ld+json">{"g":"</scriptx>"}</script>',
  '<script data-x="a>b" type="application/ld+json">{"h":8}</script>',
  '<script type="text/javascript" type="application/ld+json">{"i":9}</script>',
  '<!-- <script type="application/ld+json">{"bad":1}</script> -->',
  '<!-->', '<!--->', '<!-- a --!>', '<!doctype html>', '<?php echo 1 ?>', '</ x>', '</>', '< p>', 'a<b', '<br/>',
  '<style>a::before{content:"<script>"}</style>',
  '<title><script type="application/ld+json">{}</script></title>',
  '<textarea></textarea ><script type="application/ld+json">{"j":10}</script>',
  '<noscript><script type="application/ld+json">{"k":11}</script></noscript>',
  '<iframe><script type="application/ld+json">{}</script></iframe>',
  '<svg><script type="application/ld+json">{"l":12}</script></svg>',
  '<svg/><math><![CDATA[ <script> ]]></math>',
  '<p class="a" id=b>text</p>', '<div\nclass="x"\n>', '\r\n', '\n', '\r', '\t', ' ', 'é', '😀', 'text',
]

function blocks(html: string) {
  const { jsonLd, lookalikes } = extractScripts(html)
  return { jsonLd, lookalikes }
}

describe('the fast script scanner agrees with parse5\'s tokenizer', () => {
  it('on every fixture page', () => {
    for (const dir of ['good', 'bad']) {
      for (const file of readdirSync(path.join(fixtures, dir)).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(path.join(fixtures, dir, file), 'utf8')
        expect(blocks(html), file).toEqual(referenceExtract(html))
      }
    }
  })
  it('on pages made of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (pieces) => {
        const html = pieces.join('')
        expect(blocks(html)).toEqual(referenceExtract(html))
      }),
      { numRuns: 3000 },
    )
  })
  it('on truncated pages', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), fc.nat(), (pieces, cut) => {
        const html = pieces.join('')
        const truncated = html.slice(0, cut % (html.length + 1))
        expect(blocks(truncated)).toEqual(referenceExtract(truncated))
      }),
      { numRuns: 3000 },
    )
  })
})
