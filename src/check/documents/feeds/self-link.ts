/** A feed names its own URL: `atom:link rel="self"` in RSS, `link rel="self"` in Atom, `feed_url` in JSON Feed. */
import type { Position } from '../../../model/types.js'
import { ATOM_NS } from '../../../util/namespaces.js'
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import { attribute, type XmlElement } from '../xml-tree.js'
import { W3C } from './w3c.js'

/** Raised by `checkRssSelfLink`, `checkAtomSelfLink`, `checkJsonFeedSelfLink` (self-link.ts). */
export const feedMissingSelfLink = defineRule({
  id: 'feed/missing-self-link',
  severity: 'warning',
  helpUrl: `${W3C}/warning/MissingAtomSelfLink.html`,
  description: 'A feed should name its own URL: `atom:link rel="self"` in RSS and Atom, `feed_url` in JSON Feed (W3C: MissingAtomSelfLink, MissingSelf).',
  docs: {
    why: 'Aggregators and WebSub hubs use the self link to know the feed\'s canonical address; it was the W3C validator\'s most frequent complaint.',
    fix: 'RSS: declare `xmlns:atom="http://www.w3.org/2005/Atom"` and add `<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>` to the channel. Atom: `<link rel="self" href="…"/>`. JSON Feed: `"feed_url": "https://example.com/feed.json"`.',
  },
})

/** `element`'s `link rel="self"` children in the Atom namespace. */
function selfLinks(element: XmlElement): XmlElement[] {
  return element.children.filter((c) => c.uri === ATOM_NS && c.local === 'link' && attribute(c, 'rel') === 'self')
}

/** Report an RSS `<channel>` without `<atom:link rel="self">`; returns the self links it has (their href is checked as RSS). */
export function checkRssSelfLink(findings: Findings, channel: XmlElement): XmlElement[] {
  const links = selfLinks(channel)
  if (links.length === 0) {
    findings.add(feedMissingSelfLink, channel, '<channel> has no <atom:link rel="self">; add <atom:link href="https://…/feed.xml" rel="self" type="application/rss+xml"/> (xmlns:atom="http://www.w3.org/2005/Atom")')
  }
  return links
}

/** Report an Atom `<feed>` without `<link rel="self">`. */
export function checkAtomSelfLink(findings: Findings, feed: XmlElement): void {
  if (selfLinks(feed).length === 0) {
    findings.add(feedMissingSelfLink, feed, '<feed> has no <link rel="self">; add <link rel="self" href="https://…/atom.xml"/>')
  }
}

/** Report a JSON Feed (at `at`, with top-level `members`) without `feed_url`. */
export function checkJsonFeedSelfLink(findings: Findings, at: Position, members: ReadonlyMap<string, unknown>): void {
  if (!members.has('feed_url')) {
    findings.add(feedMissingSelfLink, at, 'the feed has no "feed_url"; add its own URL, such as "https://example.com/feed.json"')
  }
}
