import type { FieldAccess } from 'payload'

import { roleOf, sameId } from './roles'

/**
 * Only admins move a document to another organization. Others may send the
 * owner it already has, which restoring a version does: refusing that would
 * blank the owner and make every restore by an editor fail.
 */
export const ownerChangedByAdminsOnly: FieldAccess = ({ req, doc, siblingData }) => {
  if (roleOf(req.user) === 'admin') return true
  const sent = (siblingData as { organization?: unknown } | undefined)?.organization
  return sent != null && sameId(sent, (doc as { organization?: unknown } | undefined)?.organization)
}
