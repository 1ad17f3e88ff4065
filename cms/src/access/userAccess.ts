import type { Access } from 'payload'

import { roleOf } from './roles'

/** Nobody outside the team reads accounts; staff see their own, admins see all. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req.user) === 'admin') return true
  return { id: { equals: req.user.id } }
}
