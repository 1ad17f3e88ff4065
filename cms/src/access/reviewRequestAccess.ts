import type { Access } from 'payload'

import { organizationOf, roleOf } from './roles'

/**
 * Coordinators and admins see the whole review queue; editors see what their
 * organization and they themselves submitted; translators what they submitted.
 */
export const readReviewRequests: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'coordinator') return true
  if (!req.user) return false
  const mine = { submittedBy: { equals: req.user.id } }
  const organization = organizationOf(req.user)
  if (role === 'editor' && organization != null) {
    return { or: [mine, { organization: { equals: organization } }] }
  }
  return role === 'translator' || role === 'editor' ? mine : false
}
