import type { Access } from 'payload'

import { editorUnderReview, publishes } from '../review/underReview'
import { organizationOf, roleOf } from './roles'

/**
 * Editors keep their own organization's profile current (publishing it unless
 * their organization submits for review); coordinators review and publish any;
 * only admins add or remove members.
 */
export const updateOwnOrganization: Access = async ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'coordinator') return true
  if (role === 'translator') return !publishes(data)
  if (role !== 'editor') return false
  if (publishes(data) && (await editorUnderReview(req))) return false
  const organization = organizationOf(req.user)
  return organization == null ? false : { id: { equals: organization } }
}
