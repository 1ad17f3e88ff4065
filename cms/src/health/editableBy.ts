import type { PayloadRequest, Where } from 'payload'

import type { HealthCollection } from './contentHealth'

/**
 * The documents of a collection the signed-in user may edit, as the
 * collection's own update rule says: true for all, false for none, or a
 * query (an editor's organization and the documents it co-owns).
 */
export async function editableBy(
  req: PayloadRequest,
  collection: HealthCollection,
): Promise<boolean | Where> {
  const update = req.payload.collections[collection].config.access.update
  return update({ req })
}
