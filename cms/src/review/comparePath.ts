import type { CollectionSlug, Payload } from 'payload'

/**
 * The admin's own comparison of a document's latest draft with its live
 * version (`/collections/<c>/<id>/versions/<draft>?versionFrom=<live>`,
 * below the admin route); the version history when there is no live version yet.
 */
export async function comparePath(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
): Promise<string> {
  const latest = async (published: boolean) =>
    (
      await payload.findVersions({
        collection,
        where: {
          and: [
            { parent: { equals: id } },
            ...(published ? [{ 'version._status': { equals: 'published' } }] : []),
          ],
        },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]?.id
  const history = `/collections/${collection}/${id}/versions`
  const [draft, live] = await Promise.all([latest(false), latest(true)])
  if (draft == null || live == null || draft === live) return history
  return `${history}/${draft}?versionFrom=${live}`
}
