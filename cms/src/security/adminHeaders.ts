/**
 * What a browser may do with the admin and the API. Next.js renders its
 * bootstrap and the React Server Components payload as inline scripts and
 * Payload's admin sets inline styles, hence 'unsafe-inline' there; everything
 * else comes from this origin only, and no other site may frame the admin.
 * The admin's Live Preview frames the public site's preview route, so the
 * site's origin may be framed; it is known only when the CMS starts.
 */
export function adminContentSecurityPolicy(siteUrl?: string): string {
  const siteOrigin = siteUrl && new URL(siteUrl).origin
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    `frame-src 'self'${siteOrigin ? ` ${siteOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Sent with every response of the CMS; the admin pages' CSP and HSTS are added when it runs (src/proxy.ts). */
export const fixedSecurityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]
