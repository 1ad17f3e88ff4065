import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLink } from './checkLink'
import { isPublicAddress, linkCheckAgent } from './publicAddressesOnly'

/** Sites on loopback that answer as real ones do: working, gone, moved, looping, silent, refusing HEAD. */
function startSites(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    if (path === '/ok') return response.writeHead(200).end('fine')
    if (path === '/gone') return response.writeHead(404).end()
    if (path === '/moved') return response.writeHead(301, { location: '/ok' }).end()
    if (path === '/loop-a') return response.writeHead(302, { location: '/loop-b' }).end()
    if (path === '/loop-b') return response.writeHead(302, { location: '/loop-a' }).end()
    if (path === '/no-head') return response.writeHead(request.method === 'HEAD' ? 405 : 200).end()
    if (path === '/silent') return // never answers
    response.writeHead(500).end()
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

describe('checking one link', () => {
  let server: Server
  let base: string
  const agent = linkCheckAgent({ allowPrivate: true, timeoutMs: 1000 })
  const check = (path: string) => checkLink(`${base}${path}`, { agent, timeoutMs: 1000 })

  beforeAll(async () => {
    server = await startSites()
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await agent.close()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('finds a working page working', async () => {
    expect(await check('/ok')).toEqual({ state: 'ok', httpStatus: 200 })
  })

  it('reports a missing page as broken, saying what to do', async () => {
    expect(await check('/gone')).toMatchObject({
      state: 'broken',
      httpStatus: 404,
      reason: expect.stringContaining('not found'),
    })
  })

  it('follows a redirect and says where it ends', async () => {
    expect(await check('/moved')).toMatchObject({
      state: 'redirected',
      httpStatus: 200,
      finalUrl: `${base}/ok`,
    })
  })

  it('reports a redirect loop as broken', async () => {
    expect(await check('/loop-a')).toMatchObject({ state: 'broken', reason: expect.stringContaining('loop') })
  })

  it('asks again with GET when a site refuses HEAD', async () => {
    expect(await check('/no-head')).toEqual({ state: 'ok', httpStatus: 200 })
  })

  it('gives up on a site that does not answer, in bounded time', async () => {
    expect(await check('/silent')).toMatchObject({
      state: 'unreachable',
      reason: expect.stringContaining('in time'),
    })
  })

  it('refuses to call into the hub’s own network unless allowed', async () => {
    const guarded = linkCheckAgent({ allowPrivate: false, timeoutMs: 1000 })
    try {
      expect(await checkLink(`${base}/ok`, { agent: guarded, timeoutMs: 1000 })).toMatchObject({
        state: 'unreachable',
        reason: expect.stringContaining('private or local address'),
      })
      // A public name whose redirect points inside is refused at the hop that goes inside.
      expect(
        await checkLink(`http://localhost:${new URL(base).port}/moved`, { agent: guarded, timeoutMs: 1000 }),
      ).toMatchObject({
        state: 'unreachable',
      })
    } finally {
      await guarded.close()
    }
  })

  it('tells public addresses from private, loopback, link-local and metadata ones', () => {
    for (const address of ['93.184.215.14', '2606:4700:4700::1111'])
      expect(isPublicAddress(address), address).toBe(true)
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.9',
      '172.16.5.5',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ])
      expect(isPublicAddress(address), address).toBe(false)
  })
})
