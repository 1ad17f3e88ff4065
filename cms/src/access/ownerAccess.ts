import type { FieldAccess } from 'payload'

import { organizationOf, roleOf, sameId } from './roles'

type Owned = { organization?: unknown } | undefined

/**
 * Only admins move a document to another organization. Others may send the
 * owner it already has, which restoring a version does: refusing that would
 * blank the owner and make every restore by an editor fail.
 */
export const ownerChangedByAdminsOnly: FieldAccess = ({ req, doc, siblingData }) => {
  if (roleOf(req.user) === 'admin') return true
  const sent = (siblingData as Owned)?.organization
  return sent != null && sameId(sent, (doc as Owned)?.organization)
}

/**
 * The owning organization's editors (and admins) choose who co-owns a
 * document; co-owners edit it but do not invite others. On create the editor's
 * organization is the owner (assignOrganization).
 */
export const coOwnersChosenByOwner: FieldAccess = ({ req, doc }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role !== 'editor') return false
  return doc == null || sameId((doc as Owned)?.organization, organizationOf(req.user))
}
