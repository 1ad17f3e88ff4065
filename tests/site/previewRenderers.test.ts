import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { serveStatic } from '@hub/scripts/static-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * Releases with a server bundle of their own, as the site build writes them:
 * `server/entry.mjs` exports the Node adapter's handler. Each answers with its
 * release's name and an id drawn when its module was loaded, so a test sees
 * whether a preview was rendered by a renderer started again.
 */
const entry = (name: string) => `
const loaded = Math.random().toString(36).slice(2)
export function handler(request, response, next) {
  if (request.url.startsWith('/preview/none/')) return next()
  response.setHeader('Content-Type', 'application/json')
  response.setHeader('Cache-Control', 'private, no-store')
  response.end(JSON.stringify({ release: '${name}', loaded, url: request.url, cookie: request.headers.cookie }))
}
`

describe('the site server renders drafts’ previews with each release’s own server bundle', () => {
  let work: string
  let server: Server
  let url: string
  const live = () => path.join(work, 'dist')

  async function makeRelease(name: string, code = entry(name)) {
    const release = path.join(work, 'releases', name)
    await mkdir(path.join(release, 'server'), { recursive: true })
    await mkdir(path.join(release, 'client'), { recursive: true })
    await writeFile(path.join(release, 'client', '404.html'), `<h1>Not found in ${name}</h1>`)
    await writeFile(path.join(release, 'server', 'entry.mjs'), code)
    return release
  }

  /** Points the live link at `release` in one rename, as publishing does. */
  async function goLive(release: string) {
    await symlink(release, `${live()}.next`)
    await rename(`${live()}.next`, live())
  }

  async function preview(path = '/preview/guides/1/') {
    const response = await fetch(`${url}${path}`, { headers: { cookie: 'payload-token=editor' } })
    return { response, body: await response.text() }
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hub-preview-'))
    for (const name of ['r1', 'r2', 'r3']) await makeRelease(name)
    await goLive(path.join(work, 'releases', 'r1'))
    server = await serveStatic(live(), { host: '127.0.0.1', port: 0 })
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await rm(work, { recursive: true, force: true })
  })

  it('passes the request on and the answer back, with the site’s security headers', async () => {
    const { response, body } = await preview('/preview/guides/1/?locale=fr')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(JSON.parse(body)).toMatchObject({
      release: 'r1',
      url: '/preview/guides/1/?locale=fr',
      cookie: 'payload-token=editor',
    })
  })

  it('answers a path the release has no route for with the site’s own 404 page', async () => {
    const { response, body } = await preview('/preview/none/x/')
    expect(response.status).toBe(404)
    expect(body).toBe('<h1>Not found in r1</h1>')
  })

  it('keeps the renderers of the last two releases previewed and stops older ones', async () => {
    const first = JSON.parse((await preview()).body)
    await goLive(path.join(work, 'releases', 'r2'))
    const second = JSON.parse((await preview()).body)
    expect(second.release).toBe('r2')
    await goLive(path.join(work, 'releases', 'r1'))
    expect(JSON.parse((await preview()).body)).toEqual(first)
    await goLive(path.join(work, 'releases', 'r3'))
    expect(JSON.parse((await preview()).body).release).toBe('r3')
    // r2's renderer, previewed longest ago, was stopped: its module is loaded again.
    await goLive(path.join(work, 'releases', 'r2'))
    const again = JSON.parse((await preview()).body)
    expect(again.release).toBe('r2')
    expect(again.loaded).not.toBe(second.loaded)
  })

  it('says why a release’s renderer could not start, and starts it on the next preview once it can', async () => {
    // The damaged bundle fills its thread's heap first: such a thread exits a while
    // (about 0.15 s here) after it reports its error, and the fixed bundle is previewed in that while.
    const broken = await makeRelease(
      'r4',
      'globalThis.held = Array.from({ length: 2e6 }, (_, i) => ({ i, s: `x${i}` }))\nthrow new Error("the bundle is damaged")\n',
    )
    await goLive(broken)
    const { response, body } = await preview()
    expect(response.status).toBe(500)
    expect(body).toBe('Preview unavailable: The preview renderer of release r4 failed: the bundle is damaged')
    await makeRelease('r4')
    const { response: retried, body: fixed } = await preview()
    expect(retried.status).toBe(200)
    expect(JSON.parse(fixed).release).toBe('r4')
  })
})
