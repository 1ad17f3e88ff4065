import { readFile, realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import sirv from 'sirv'

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void

const previewHandlers = new Map<string, Promise<Handler>>()

/** The preview renderer of the release `dir` points at now; each release brings its own. */
async function previewHandler(dir: string): Promise<Handler> {
  const release = await realpath(dir)
  let handler = previewHandlers.get(release)
  if (!handler) {
    handler = import(pathToFileURL(path.join(release, 'server', 'entry.mjs')).href).then(
      (entry: { handler: Handler }) => entry.handler,
    )
    previewHandlers.set(release, handler)
  }
  return handler
}

/**
 * Serves a built site the way a static host would: files as they are, the
 * site's own 404 page for anything else, and headers that keep readers private.
 * Every request reads the disk afresh, so when `dir` is a link that publishing
 * swaps to a new release, the next request gets the new site. Editors'
 * previews of drafts (/preview/...) are rendered on request by the release's
 * own server bundle, which asks the CMS (HUB_CMS_URL) who is signed in.
 */
export function serveStatic(dir: string, { host, port }: { host: string; port: number }): Promise<Server> {
  const client = path.join(dir, 'client')
  const files = sirv(client, { dev: true, etag: true, gzip: false, brotli: false })
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    readFile(path.join(client, '404.html'))
      .then((page) => response.end(page))
      .catch(() => response.end('Not found'))
  }
  const server = createServer((request, response) => {
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    )
    if (request.url?.startsWith('/preview/')) {
      previewHandler(dir)
        .then((handler) => handler(request, response, () => notFound(response)))
        .catch((error: Error) => {
          response.statusCode = 500
          response.end(`Preview unavailable: ${error.message}`)
        })
      return
    }
    files(request, response, () => notFound(response))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
