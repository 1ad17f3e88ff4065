import type { Access } from 'payload'

import { organizationOf, roleOf } from './roles'

/** Editors keep their own organization's profile current; only admins add or remove members. */
export const updateOwnOrganization: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role === 'translator') return (data as { _status?: string } | undefined)?._status !== 'published'
  if (role !== 'editor') return false
  const organization = organizationOf(req.user)
  return organization == null ? false : { id: { equals: organization } }
}
