import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

/**
 * Serves a built site the way a static host would: files as they are, the
 * site's own 404 page for anything else, and headers that keep readers private.
 * Every request reads the disk afresh, so when `dir` is a link that publishing
 * swaps to a new release, the next request gets the new site.
 */
export function serveStatic(dir: string, { host, port }: { host: string; port: number }): Promise<Server> {
  const files = sirv(dir, { dev: true, etag: true, gzip: false, brotli: false })
  const server = createServer((request, response) => {
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    )
    files(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      readFile(path.join(dir, '404.html'))
        .then((page) => response.end(page))
        .catch(() => response.end('Not found'))
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
