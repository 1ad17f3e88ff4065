import { NextResponse } from 'next/server'

/**
 * HSTS tells browsers to use https only for this host (the admin's pages
 * carry it), so it is sent only when the CMS is served over https (SERVER_URL), which is known when it starts, not when it is
 * built. The other security headers are fixed, in next.config.ts.
 */
export function proxy(): NextResponse {
  const response = NextResponse.next()
  if ((process.env.SERVER_URL ?? '').startsWith('https://')) {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
  return response
}

// Pages only: Next.js copies a request's body for the proxy, which API bodies must not cost.
export const config = { matcher: ['/', '/admin/:path*'] }
