import { open, readFile, realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { mediaType, mediaTypeSampleBytes } from './site/mediaType'
import { keptReleases, PreviewRenderers } from './site/previewRenderers'
import { readScriptHashes, siteSecurityHeaders } from './site/securityHeaders'

const scriptHashes = new Map<string, Promise<string[]>>()

/**
 * The inline scripts of the release `dir` points at now, read once per release and kept for the
 * last `keptReleases`, as their preview renderers are.
 */
async function releaseScriptHashes(dir: string): Promise<string[]> {
  const release = await realpath(dir).catch(() => dir)
  let hashes = scriptHashes.get(release)
  if (!hashes) {
    hashes = readScriptHashes(release)
    scriptHashes.set(release, hashes)
    if (scriptHashes.size > keptReleases) scriptHashes.delete(scriptHashes.keys().next().value!)
  }
  return hashes
}

/** The request's path, decoded; undefined when it cannot be decoded. */
function requestPath(request: IncomingMessage): string | undefined {
  try {
    return decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)
  } catch {
    return undefined
  }
}

/** The type of a media file's bytes; undefined when there is no such file. */
async function mediaFileType(file: string): Promise<string | undefined> {
  const handle = await open(file).catch(() => undefined)
  if (!handle) return undefined
  const head = Buffer.alloc(mediaTypeSampleBytes)
  const read = await handle.read(head, 0, head.length, 0).catch(() => undefined)
  await handle.close()
  if (!read) return undefined
  return mediaType(head.subarray(0, read.bytesRead))
}

/**
 * Serves a built site the way a static host would: files as they are, the
 * site's own 404 page for anything else, and headers that keep readers private.
 * Every request reads the disk afresh, so when `dir` is a link that publishing
 * swaps to a new release, the next request gets the new site. Editors'
 * previews of drafts (/preview/...) are rendered on request by the release's
 * own server bundle (see PreviewRenderers), which asks the CMS (HUB_CMS_URL)
 * who is signed in.
 * Nothing whose path has a segment starting with a dot is served (no dotfiles,
 * no way out of the release), and media files are sent with the type of
 * their bytes.
 */
export function serveStatic(dir: string, { host, port }: { host: string; port: number }): Promise<Server> {
  const client = path.join(dir, 'client')
  // The build writes .br and .gz copies of text files (site/scripts/precompress.ts).
  const files = sirv(client, { dev: true, etag: true, gzip: true, brotli: true })
  const previews = new PreviewRenderers()
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    readFile(path.join(client, '404.html'))
      .then((page) => response.end(page))
      .catch(() => response.end('Not found'))
  }
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(siteSecurityHeaders(await releaseScriptHashes(dir))))
      response.setHeader(name, value)
    const pathname = requestPath(request)
    if (!pathname || pathname.split(/[\\/]/).some((segment) => segment.startsWith('.')))
      return notFound(response)
    if (pathname.startsWith('/preview/'))
      return previews.render(await realpath(dir), request, response, () => notFound(response))
    if (pathname.startsWith('/media/')) {
      const type = await mediaFileType(path.join(client, pathname))
      if (!type) return notFound(response)
      response.setHeader('Content-Type', type)
      if (type === 'application/octet-stream') response.setHeader('Content-Disposition', 'attachment')
    }
    files(request, response, () => notFound(response))
  }
  const server = createServer((request, response) => {
    respond(request, response).catch((error: Error) => {
      // A preview that failed part-way has sent its status: the reader's browser sees it cut short.
      if (response.headersSent) return response.destroy(error)
      response.statusCode = 500
      response.end(
        request.url?.startsWith('/preview/') ? `Preview unavailable: ${error.message}` : 'Server error',
      )
    })
  })
  server.once('close', () => void previews.close())
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
