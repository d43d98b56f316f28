/** RSS 2.0 values with a fixed form: numbers, hours, days, sizes, flags and the version. */
import type { Findings } from '../../findings.js'
import { defineRule } from '../../../../util/rule.js'
import { attribute, type XmlElement } from '../../xml-tree.js'
import { childText, rssChild } from './children.js'

const RSS_SPEC = 'https://www.rssboard.org/rss-specification'
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const RSS_VERSIONS = ['2.0', '0.91', '0.92']

/** Raised by `checkIsPermaLink`, `checkEnclosureLength`, `checkCloudPort`, `checkTtl`, `checkImageSize`, `checkSkipHours`, `checkSkipDays`, `checkRssVersion` (values.ts). */
export const rssInvalidValue = defineRule({
  id: 'rss/invalid-value',
  severity: 'error',
  helpUrl: RSS_SPEC,
  description: 'RSS values with a fixed form: `ttl` and enclosure `length` are integers, `image` width ≤ 144 and height ≤ 400, `skipHours` 0–23, `skipDays` day names, `rss@version` "2.0".',
  docs: {
    why: 'The RSS 2.0 specification fixes these values; readers ignore or misread others.',
    fix: 'Write the value in the form the message names.',
  },
})

/** A guid's `isPermaLink` is "true" or "false"; returns it as written. */
export function checkIsPermaLink(findings: Findings, guid: XmlElement): string | undefined {
  const isPermaLink = attribute(guid, 'isPermaLink')
  if (isPermaLink !== undefined && isPermaLink !== 'true' && isPermaLink !== 'false') {
    findings.add(rssInvalidValue, guid, `isPermaLink must be "true" or "false", not "${isPermaLink}"`)
  }
  return isPermaLink
}

/** An enclosure's `length` (when given) is a size in bytes. */
export function checkEnclosureLength(findings: Findings, enclosure: XmlElement, length: string | undefined): void {
  if (length !== undefined && !/^\d+$/.test(length.trim())) findings.add(rssInvalidValue, enclosure, `enclosure length must be a size in bytes (an integer), not "${length}"`)
}

/** A `<cloud>`'s `port` (when given) is a positive integer. */
export function checkCloudPort(findings: Findings, cloud: XmlElement, port: string | undefined): void {
  if (port !== undefined && !(/^\d+$/.test(port.trim()) && Number(port) > 0)) findings.add(rssInvalidValue, cloud, `<cloud> port must be a positive integer, not "${port}"`)
}

/** A channel's `<ttl>` is a number of minutes. */
export function checkTtl(findings: Findings, channel: XmlElement): void {
  const ttl = childText(channel, 'ttl')
  if (ttl && !/^\d+$/.test(ttl.value)) findings.add(rssInvalidValue, ttl.element, `<ttl> must be a number of minutes, not "${ttl.value}"`)
}

/** An `<image>`'s width is 1–144 and its height 1–400. */
export function checkImageSize(findings: Findings, image: XmlElement): void {
  for (const [name, max] of [['width', 144], ['height', 400]] as const) {
    const size = childText(image, name)
    if (size && (!/^\d+$/.test(size.value) || Number(size.value) > max || Number(size.value) === 0)) {
      findings.add(rssInvalidValue, size.element, `image <${name}> must be an integer from 1 to ${max}, not "${size.value}"`)
    }
  }
}

/** Each `<hour>` of `<skipHours>` is 0–23. */
export function checkSkipHours(findings: Findings, channel: XmlElement): void {
  for (const hour of rssChild(channel, 'skipHours')?.children ?? []) {
    if (hour.local === 'hour' && !(/^\d{1,2}$/.test(hour.text.trim()) && Number(hour.text) <= 23)) {
      findings.add(rssInvalidValue, hour, `<hour> must be 0–23, not "${hour.text.trim()}"`)
    }
  }
}

/** Each `<day>` of `<skipDays>` is a weekday's English name. */
export function checkSkipDays(findings: Findings, channel: XmlElement): void {
  for (const day of rssChild(channel, 'skipDays')?.children ?? []) {
    if (day.local === 'day' && !DAYS.includes(day.text.trim())) {
      findings.add(rssInvalidValue, day, `<day> must be a weekday name (${DAYS.join(', ')}), not "${day.text.trim()}"`)
    }
  }
}

/** The `<rss>` version (when given) is "2.0" (or 0.91, 0.92, which 2.0 readers read alike). */
export function checkRssVersion(findings: Findings, root: XmlElement): void {
  const version = attribute(root, 'version')
  if (version !== undefined && !RSS_VERSIONS.includes(version.trim())) findings.add(rssInvalidValue, root, `<rss> version must be "2.0", not "${version}"`)
}
