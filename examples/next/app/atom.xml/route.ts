import { siteFileResponse } from 'dateline-kit/next'
import { site } from '../../lib/dateline'

// Written once at build time (output: 'export').
export const dynamic = 'force-static'

export function GET() {
  return siteFileResponse(site(), 'atom.xml')
}
