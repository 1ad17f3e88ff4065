import { NextResponse } from 'next/server'

import { readSettings } from '@hub/content-schemas/settings'

import { siteUrl } from './publishing/previewUrl'
import { adminContentSecurityPolicy } from './security/adminHeaders'

/**
 * The admin pages' headers that depend on where the hub runs, known when the
 * CMS starts, not when it is built: the CSP names the public site (HUB_SITE_URL:
 * Live Preview frames it), and HSTS, which tells browsers to use https only for
 * this host, is sent only when the CMS is served over https (SERVER_URL).
 * The fixed headers are in next.config.ts.
 */
export function proxy(): NextResponse {
  const response = NextResponse.next()
  response.headers.set('Content-Security-Policy', adminContentSecurityPolicy(siteUrl()))
  if (readSettings().SERVER_URL.startsWith('https://')) {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
  return response
}

// Pages only: Next.js copies a request's body for the proxy, which API bodies must not cost.
export const config = { matcher: ['/', '/admin/:path*'] }
