import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { adminContentSecurityPolicy, fixedSecurityHeaders } from './src/security/adminHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The content contract is TypeScript source shared with the site; Next compiles it.
  transpilePackages: ['@hub/content-schemas'],
  poweredByHeader: false,
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  // Admin pages get their CSP from src/proxy.ts, where the site's address is known; the API's is fixed.
  headers: async () => [
    { source: '/:path*', headers: fixedSecurityHeaders },
    {
      source: '/api/:path*',
      headers: [{ key: 'Content-Security-Policy', value: adminContentSecurityPolicy() }],
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
