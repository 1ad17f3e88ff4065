import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Whether the signed-in user may make this write to this very document, by
 * the collection's own update rule (which may depend on the data, e.g. on
 * whether the write publishes).
 */
export async function mayUpdateDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  data?: Record<string, unknown>,
): Promise<boolean> {
  const rule = await req.payload.collections[collection].config.access.update?.({ req, data })
  if (rule === true) return true
  if (!rule) return false
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, rule as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
