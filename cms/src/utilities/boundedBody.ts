/**
 * Request bodies are bounded before Payload reads them: a JSON or form body
 * may be a few megabytes (a long guide with all its translations), an upload
 * (multipart) as large as the largest file the media collection takes. A larger
 * body is answered with 413 as soon as its size is known: at once from its
 * Content-Length, or, for a body sent without one, when the bytes read pass the
 * limit, without keeping the rest.
 */
export const jsonBodyLimit = 4 * 1024 * 1024
export const uploadBodyLimit = 64 * 1024 * 1024

type Handler<C> = (request: Request, context: C) => Promise<Response>

function limitFor(request: Request): number {
  const type = request.headers.get('content-type') ?? ''
  return type.startsWith('multipart/form-data') ? uploadBodyLimit : jsonBodyLimit
}

function tooLarge(limit: number): Response {
  const megabytes = Math.round(limit / 1024 / 1024)
  return Response.json(
    { errors: [{ message: `The request body is larger than ${megabytes} MB: send less at a time.` }] },
    { status: 413 },
  )
}

/**
 * How long the rest of a refused body is read and dropped (nginx's lingering
 * close, with its lingering_time). A client still sending when the connection
 * closes gets a reset instead of the 413, and most clients read no answer then.
 */
const lingeringMs = 30_000

function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  const stop = setTimeout(() => void reader.cancel().catch(() => undefined), lingeringMs)
  stop.unref()
  const drain = async () => {
    while (!(await reader.read()).done);
  }
  // The 413 is on its way already: a client that goes away mid-body leaves nothing to report.
  void drain()
    .catch(() => undefined)
    .finally(() => clearTimeout(stop))
}

async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array[] | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return chunks
    size += value.byteLength
    if (size > limit) {
      discardRest(reader)
      return null
    }
    chunks.push(value)
  }
}

export function boundedBody<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const limit = limitFor(request)
    const declared = Number(request.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > limit) {
      discardRest(request.body.getReader())
      return tooLarge(limit)
    }
    const chunks = await readUpTo(request.body, limit)
    if (!chunks) return tooLarge(limit)
    const bounded = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: new Blob(chunks as BlobPart[]),
    })
    return handler(bounded, context)
  }
}
