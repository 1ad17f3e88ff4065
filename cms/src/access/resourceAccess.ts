import type { Access, Where } from 'payload'

import { editorUnderReview, publishes } from '../review/underReview'
import { organizationOf, roleOf, sameId } from './roles'

/**
 * Documents owned by an organization (guides, kits, question sets, donation
 * lists). Admins manage everything; editors manage their organization's
 * documents and edit those their organization co-owns; translators may edit any document's translations (field access
 * keeps them to localized fields) but never publish.
 */
export const createOwnResource: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role !== 'editor') return false
  const owner = (data as { organization?: unknown } | undefined)?.organization
  return owner == null || sameId(owner, organizationOf(req.user))
}

/**
 * Editors of the owning organization and of the co-owning ones (co-hosted
 * events and kits) edit and publish, unless their organization submits for
 * review: then a coordinator publishes. Coordinators edit and publish everything.
 */
export const updateOwnResource: Access = async ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'coordinator') return true
  if (role === 'translator') return !publishes(data)
  if (role !== 'editor') return false
  if (publishes(data) && (await editorUnderReview(req))) return false
  const organization = organizationOf(req.user)
  if (organization == null) return false
  const ownedOrCoOwned: Where = {
    or: [{ organization: { equals: organization } }, { coOwners: { in: [organization] } }],
  }
  return ownedOrCoOwned
}

/** Only the owning organization deletes: co-owners edit, they do not remove. */

export const deleteOwnResource: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role !== 'editor') return false
  const organization = organizationOf(req.user)
  return organization == null ? false : { organization: { equals: organization } }
}
