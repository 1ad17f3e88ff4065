import type { CollectionSlug, PayloadRequest } from 'payload'

const key = (collection: string, id: unknown) => `liveStatus:${collection}:${String(id)}`

/**
 * Whether a document is published as readers have it, before this request
 * changes it (null when it does not exist). Read once per request and kept in
 * its context: the hooks that keep edits from unpublishing and the audit
 * trail both ask.
 */
export async function liveStatusBefore(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<string | null> {
  const known = req.context[key(collection, id)]
  if (known !== undefined) return known as string | null
  const live = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: false,
    depth: 0,
    select: { _status: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const status = (live as { _status?: string | null } | null)?._status ?? null
  req.context[key(collection, id)] = status
  return status
}

/** What `liveStatusBefore` read for this request, if anything asked. */
export function knownLiveStatus(req: PayloadRequest, collection: string, id: unknown): unknown {
  return req.context[key(collection, id)]
}
