import type { Access } from 'payload'

import { editorUnderReview, publishes } from '../review/underReview'
import { roleOf } from './roles'

/**
 * Coalition-wide documents (hotlines, topics, regions, media): any editor may
 * add and correct them (publishing them unless their organization submits for
 * review), coordinators review and publish them, translators may translate
 * them, only admins delete.
 */
export const editorsCreate: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'editor'
}

export const editorsOrTranslatorsUpdate: Access = async ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role === 'editor') return !(publishes(data) && (await editorUnderReview(req)))
  // Replacing an image or PDF goes live at once, unreviewed: not a reviewer's or a translator's to do.
  if (role === 'coordinator') return !req.file
  if (role === 'translator') return !req.file && !publishes(data)
  return false
}
