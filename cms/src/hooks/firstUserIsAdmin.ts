import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The account created on the admin's "create first user" screen must be able
 * to manage the hub; later accounts get the role an admin gives them.
 */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
