/**
 * Extension namespaces the W3C Feed Validation Service checks inside RSS 1.0,
 * RSS 2.0 and Atom, checked where it checks them: Dublin Core dates and
 * languages, W3C geo: coordinates, Media RSS attributes and iTunes values.
 */
import { DC_NS, GEO_NS, ITUNES_NS, MEDIA_NS } from '../../../util/namespaces.js'
import { checkW3cDatetime } from '../formats.js'
import type { Findings } from '../findings.js'
import type { CheckOptions } from '../options.js'
import { defineRule } from '../../../util/rule.js'
import { attribute, type XmlElement } from '../xml-tree.js'
import { checkLanguage } from './language.js'
import { checkPlausibleDate } from './plausible-date.js'
import { checkFeedUrl } from './urls.js'
import { W3C } from './w3c.js'

/** Raised by `checkExtensionElement › bad` (extensions.ts). */
export const feedInvalidExtensionValue = defineRule({
  id: 'feed/invalid-extension-value',
  severity: 'error',
  helpUrl: `${W3C}/`,
  description: 'Values of the extension elements the W3C validator checks: dc:date a W3C-DTF date with a time zone, geo:lat/geo:long in range, Media RSS medium, sizes and URLs, iTunes explicit, block, duration and image (W3C: InvalidW3CDTFDate, InvalidLatitude, InvalidLongitude, InvalidMediaMedium, InvalidTrueFalse, InvalidYesNoClean, InvalidDuration).',
  docs: {
    why: 'Aggregators and podcast directories read these values by their documented form; another form is dropped or rejects the feed (Apple Podcasts refuses feeds with an invalid itunes:explicit).',
    fix: 'Write the value in the form the message names.',
  },
})


const MEDIUMS = ['image', 'audio', 'video', 'document', 'executable']
const NON_NEGATIVE = /^\d+$/
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/

/** Check `element` if it is in one of the extension namespaces; other elements are left alone. */
export function checkExtensionElement(findings: Findings, element: XmlElement, options: CheckOptions): void {
  const bad = (message: string) => findings.add(feedInvalidExtensionValue, element, message)
  const text = element.text.trim()
  switch (element.uri) {
    case DC_NS:
      if (element.local === 'date') {
        const result = checkW3cDatetime(text)
        if (!result.ok) bad(`<dc:date>: ${result.reason}`)
        else checkPlausibleDate(findings, element, `<dc:date> "${text}"`, result.startMs, options)
      } else if (element.local === 'language') checkLanguage(findings, element, '<dc:language>', text)
      return
    case GEO_NS:
      if (element.local === 'lat' || element.local === 'long') {
        const limit = element.local === 'lat' ? 90 : 180
        if (!DECIMAL.test(text) || Math.abs(Number(text)) > limit) bad(`<geo:${element.local}> "${text}" must be a decimal number from -${limit} to ${limit}`)
      } else if (element.local === 'alt' && !DECIMAL.test(text)) bad(`<geo:alt> "${text}" must be a decimal number (metres)`)
      return
    case MEDIA_NS:
      return checkMedia(findings, element, bad)
    case ITUNES_NS:
      return checkItunes(findings, element, text, bad)
  }
}

function checkMedia(findings: Findings, element: XmlElement, bad: (message: string) => void): void {
  if (element.local !== 'content' && element.local !== 'thumbnail' && element.local !== 'player') return
  const url = attribute(element, 'url')
  if (url === undefined) {
    if (element.local !== 'content') bad(`<media:${element.local}> needs a url attribute`)
  } else checkFeedUrl(findings, element, `<media:${element.local}> url`, url)
  if (element.local !== 'content') return
  const medium = attribute(element, 'medium')
  if (medium !== undefined && !MEDIUMS.includes(medium)) bad(`<media:content> medium "${medium}" must be one of ${MEDIUMS.join(', ')}`)
  const isDefault = attribute(element, 'isDefault')
  if (isDefault !== undefined && !['true', 'false'].includes(isDefault.toLowerCase())) bad(`<media:content> isDefault "${isDefault}" must be true or false`)
  for (const name of ['fileSize', 'width', 'height', 'duration', 'channels']) {
    const value = attribute(element, name)
    if (value !== undefined && !NON_NEGATIVE.test(value.trim())) bad(`<media:content> ${name} "${value}" must be a whole number`)
  }
  for (const name of ['bitrate', 'framerate', 'samplingrate']) {
    const value = attribute(element, name)
    if (value !== undefined && !DECIMAL.test(value.trim())) bad(`<media:content> ${name} "${value}" must be a number`)
  }
}

function checkItunes(findings: Findings, element: XmlElement, text: string, bad: (message: string) => void): void {
  switch (element.local) {
    case 'explicit':
      // Apple's current spec and the validator: true or false (yes/no/clean are the old values).
      if (!['true', 'false'].includes(text.toLowerCase())) bad(`<itunes:explicit> "${text}" must be true or false`)
      break
    case 'block':
      if (!['yes', 'no', 'clean'].includes(text.toLowerCase())) bad(`<itunes:block> "${text}" must be yes or no`)
      break
    case 'duration':
      if (!/^\d+(:[0-5]\d(:[0-5]\d)?)?$/.test(text)) bad(`<itunes:duration> "${text}" must be seconds, MM:SS or HH:MM:SS`)
      break
    case 'image': {
      const href = attribute(element, 'href')
      if (href === undefined) bad('<itunes:image> needs an href attribute with the artwork URL')
      else checkFeedUrl(findings, element, '<itunes:image> href', href)
      break
    }
    case 'category':
      if (attribute(element, 'text') === undefined) bad('<itunes:category> needs a text attribute (a category from Apple\'s list)')
      break
  }
}
