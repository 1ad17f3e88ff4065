/** Set by a preview renderer on a request its release has no route for: the site server answers with its 404 page. */
export const passedOnHeader = 'x-hub-preview-passed-on'

// Hop-by-hop headers (RFC 9110, 7.6.1) belong to one connection: the renderer's are not the reader's.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
])

/** A renderer's response headers as the site server passes them on. */
export function passedOnHeaders(headers: NodeJS.Dict<string | string[]>): NodeJS.Dict<string | string[]> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)))
}
