import type { CollectionBeforeValidateHook } from 'payload'

import { organizationOf, roleOf } from '../access/roles'

/** An editor's new document belongs to the editor's organization unless they say otherwise. */
export const assignOrganization: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.organization != null) return data
  if (roleOf(req.user) !== 'editor') return data
  return { ...data, organization: organizationOf(req.user) }
}
