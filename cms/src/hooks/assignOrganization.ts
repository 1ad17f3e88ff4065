import type { CollectionBeforeValidateHook } from 'payload'

import { organizationOf, roleOf } from '../access/roles'

/**
 * Every document an editor creates belongs to the editor's organization,
 * however it is created: a new document, or a duplicate of another
 * organization's (which would otherwise keep the source's owner).
 */
export const assignOrganization: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || roleOf(req.user) !== 'editor') return data
  return { ...data, organization: organizationOf(req.user) }
}
