import { describe, expect, it } from 'vitest'

import { boundedBody, jsonBodyLimit } from './boundedBody'

/** A body of `size` bytes, made as it is read, that records how far it was read and whether it was cancelled. */
function trackedBody(size: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  let end = () => {}
  const seen = { sent: 0, cancelled: false, ended: new Promise<void>((resolve) => (end = resolve)) }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.sent >= size) {
        controller.close()
        end()
        return
      }
      seen.sent += chunk.byteLength
      controller.enqueue(chunk)
    },
    cancel() {
      seen.cancelled = true
      end()
    },
  })
  return { stream, seen }
}

const post = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/guides', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit)

describe('boundedBody', () => {
  const size = 3 * jsonBodyLimit
  const handled: Request[] = []
  const route = boundedBody(async (request: Request) => {
    handled.push(request)
    return Response.json({ length: (await request.arrayBuffer()).byteLength })
  })

  it('hands a body within the limit to the route whole', async () => {
    const { stream } = trackedBody(jsonBodyLimit)
    const response = await route(post(stream), {})
    expect(await response.json()).toEqual({ length: jsonBodyLimit })
  })

  it.each([
    ['sent without a length, once the bytes read pass the limit', {}],
    ['declared by its Content-Length, before a byte is read', { 'Content-Length': String(size) }],
  ])(
    'refuses a larger body %s, and reads the rest to drop it, so the sender gets the 413',
    async (_, headers) => {
      handled.length = 0
      const { stream, seen } = trackedBody(size)
      const response = await route(post(stream, headers), {})
      expect(response.status).toBe(413)
      expect((await response.json()).errors[0].message).toBe(
        'The request body is larger than 4 MB: send less at a time.',
      )
      expect(response.headers.get('connection')).toBeNull()
      await seen.ended
      // Cancelling would close the connection under a client still sending: it would read a reset, not the 413.
      expect(seen).toMatchObject({ sent: size, cancelled: false })
      expect(handled).toEqual([])
    },
  )
})
