import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

/** The site's own files and the inline scripts it was built with run; Pagefind compiles WebAssembly. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Every response of the public site carries these, whichever server sends it (the hub's or nginx). */
export function siteSecurityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  }
}

/**
 * The inline scripts of a release, as CSP sources, written by the site build
 * (site/scripts/scriptHashes.ts). A release without the list gets none: its
 * inline scripts do not run, the quick exit link still leaves.
 */
export async function readScriptHashes(release: string): Promise<string[]> {
  const dir = await realpath(release).catch(() => release)
  return readFile(path.join(dir, 'script-hashes.json'), 'utf8')
    .then((text) => (JSON.parse(text) as string[]).filter((hash) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(hash)))
    .catch(() => [])
}
