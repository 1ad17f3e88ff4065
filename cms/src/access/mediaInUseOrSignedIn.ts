import type { Access } from 'payload'

import { publicMediaIds } from '../publishing/mediaInUse'

/**
 * Anonymous readers (REST and GraphQL lists, `/api/media/file/...`) see a
 * medium only while a published document uses it: an upload for a draft, or
 * one its documents no longer use, stays private. Signed-in staff see all.
 * The ids are worked out once per request.
 */
export const mediaInUseOrSignedIn: Access = async ({ req }) => {
  if (req.user) return true
  const context = req.context as { publicMediaIds?: Promise<(number | string)[]> }
  context.publicMediaIds ??= publicMediaIds(req.payload, req)
  const ids = await context.publicMediaIds
  return ids.length > 0 ? { id: { in: ids } } : { id: { exists: false } }
}
