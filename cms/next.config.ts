import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * What a browser may do with the admin and the API. Next.js renders its
 * bootstrap and the React Server Components payload as inline scripts and
 * Payload's admin sets inline styles, hence 'unsafe-inline' there; everything
 * else comes from this origin only, and no other site may frame the admin.
 * HSTS depends on the address the CMS is served from, known only when it
 * starts: src/proxy.ts adds it.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  // The content contract is TypeScript source shared with the site; Next compiles it.
  transpilePackages: ['@hub/content-schemas'],
  poweredByHeader: false,
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
