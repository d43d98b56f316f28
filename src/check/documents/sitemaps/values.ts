/** Sitemap values with a fixed form: `changefreq` and `priority`. */
import type { Findings } from '../findings.js'
import { defineRule } from '../../../util/rule.js'
import type { XmlElement } from '../xml-tree.js'
import { PROTOCOL } from './sources.js'

/** Raised by `checkChangefreq`, `checkPriority` (values.ts). */
export const sitemapInvalidValue = defineRule({
  id: 'sitemap/invalid-value',
  severity: 'error',
  helpUrl: PROTOCOL,
  description: 'Values with a fixed form: `changefreq` one of always, hourly, daily, weekly, monthly, yearly, never; `priority` a decimal from 0.0 to 1.0.',
  docs: {
    why: 'The XSD rejects other values (Google ignores both fields, but the file must still validate).',
    fix: 'Use one of the listed values, or leave the element out.',
  },
})

const CHANGEFREQ = ['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']

/** `<changefreq>` is one of the seven words. */
export function checkChangefreq(findings: Findings, changefreq: XmlElement): void {
  if (!CHANGEFREQ.includes(changefreq.text.trim())) {
    findings.add(sitemapInvalidValue, changefreq, `<changefreq> must be one of ${CHANGEFREQ.join(', ')}, not "${changefreq.text.trim()}"`)
  }
}

/** `<priority>` is a decimal from 0.0 to 1.0. */
export function checkPriority(findings: Findings, priority: XmlElement): void {
  const value = priority.text.trim()
  if (!/^\+?(\d+(\.\d*)?|\.\d+)$/.test(value) || Number(value) > 1) {
    findings.add(sitemapInvalidValue, priority, `<priority> must be a decimal from 0.0 to 1.0, not "${value}"`)
  }
}
