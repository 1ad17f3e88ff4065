import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'

import { passedOnHeader } from './previewHeaders'

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void

/*
 * One release's preview renderer, in a worker thread so that the release's
 * code and the snapshot it reads leave memory with the worker (an imported
 * module never leaves the thread that imported it). It listens on a loopback
 * port the site server passes preview requests to.
 */
const { release } = workerData as { release: string }
const { handler } = (await import(pathToFileURL(path.join(release, 'server', 'entry.mjs')).href)) as {
  handler: Handler
}
const server = createServer((request, response) =>
  handler(request, response, () => {
    response.writeHead(404, { [passedOnHeader]: '1' })
    response.end()
  }),
)
server.listen(0, '127.0.0.1', () => parentPort!.postMessage((server.address() as AddressInfo).port))
