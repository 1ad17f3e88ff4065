import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { passedOnHeader, passedOnHeaders } from './previewHeaders'

/**
 * How many releases keep a renderer: the live one and the one before it, whose
 * previews may still be loading when a publish swaps them.
 */
export const keptReleases = 2

type Renderer = { worker: Worker; port: Promise<number> }

/**
 * The preview renderers of the releases a site server has served, each
 * release's server bundle in a worker thread of its own (`previewWorker.ts`).
 * A release's code and the snapshot it holds stay in memory as long as its
 * thread: the renderers of releases older than the last `keptReleases` are stopped,
 * so a server that runs for months through thousands of publishes holds two.
 */
export class PreviewRenderers {
  readonly #renderers = new Map<string, Renderer>()

  /**
   * Renders a preview request with `release`'s renderer, started on the
   * release's first preview. `notFound` answers a path the release has no
   * route for.
   */
  async render(release: string, request: IncomingMessage, response: ServerResponse, notFound: () => void) {
    const port = await this.#renderer(release).port
    await new Promise<void>((resolve, reject) => {
      const outgoing = forward(
        { host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers },
        (answer) => {
          if (answer.headers[passedOnHeader]) {
            answer.resume()
            notFound()
            return resolve()
          }
          response.writeHead(answer.statusCode ?? 502, passedOnHeaders(answer.headers))
          answer.pipe(response)
          answer.once('end', resolve)
          answer.once('error', reject)
        },
      )
      outgoing.once('error', reject)
      request.pipe(outgoing)
    })
  }

  /** Stops every renderer. */
  async close(): Promise<void> {
    const workers = [...this.#renderers.values()].map(({ worker }) => worker)
    this.#renderers.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  #renderer(release: string): Renderer {
    let renderer = this.#renderers.get(release)
    // The map keeps the releases in the order of their latest preview, the oldest first.
    if (renderer) this.#renderers.delete(release)
    else renderer = this.#start(release)
    this.#renderers.set(release, renderer)
    for (const [old, { worker }] of this.#renderers) {
      if (this.#renderers.size <= keptReleases) break
      this.#renderers.delete(old)
      void worker.terminate()
    }
    return renderer
  }

  #start(release: string): Renderer {
    const worker = new Worker(new URL('./previewWorker.ts', import.meta.url), {
      workerData: { release },
      execArgv: ['--import', import.meta.resolve('tsx')],
    })
    // A stray renderer never keeps a process alive.
    worker.unref()
    const port = new Promise<number>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', (error) =>
        reject(
          new Error(`The preview renderer of release ${path.basename(release)} failed: ${error.message}`),
        ),
      )
      worker.once('exit', (code) =>
        reject(
          new Error(`The preview renderer of release ${path.basename(release)} stopped (exit code ${code}).`),
        ),
      )
    })
    // One that failed or stopped is forgotten: the release's next preview starts it again.
    // A failed one is forgotten on its error, not on its exit: a thread with a large heap
    // exits a while after it failed, and a preview in that while would get its error again.
    const forget = () => {
      if (this.#renderers.get(release)?.worker === worker) this.#renderers.delete(release)
    }
    worker.once('error', forget)
    worker.once('exit', forget)
    port.catch(() => {})
    return { worker, port }
  }
}
