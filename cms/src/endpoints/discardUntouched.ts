import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

/**
 * With autosave on, Payload's admin creates a document as soon as "Create new"
 * opens the form. A document nobody wrote in is one version old, a draft, and
 * has no title in any language; only such a document is removed, with the
 * user's own delete permission.
 */
export async function discardIfUntouched(req: PayloadRequest, collection: CollectionSlug, id: string) {
  const config = req.payload.collections[collection]?.config
  if (!config) return false
  const titleField = config.admin.useAsTitle ?? 'title'
  const doc = (await req.payload
    .findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc || doc._status === 'published') return false
  const title = doc[titleField]
  const titles = title && typeof title === 'object' ? Object.values(title) : [title]
  if (titles.some((value) => typeof value === 'string' && value.trim() !== '')) return false
  const versions = await req.payload.countVersions({
    collection,
    where: { parent: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (versions.totalDocs > 1) return false
  await req.payload.delete({ collection, id, overrideAccess: false, user: req.user, req })
  return true
}

/** `POST /api/<collection>/<id>/discard-untouched`: sent by the edit view when an editor leaves an untouched new form. */
export function discardUntouchedEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/discard-untouched',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return Response.json({ message: 'Sign in first.' }, { status: 401 })
      const id = String(req.routeParams?.id ?? '')
      try {
        return Response.json({ discarded: await discardIfUntouched(req, collection, id) })
      } catch {
        // Not allowed to delete it: it stays, as any draft does.
        return Response.json({ discarded: false })
      }
    },
  }
}
