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
  if (role === 'admin' || role === 'coordinator') return true
  if (role === 'editor') return !(publishes(data) && (await editorUnderReview(req)))
  // A translator translates; replacing an image or PDF is not a translation, and media goes live at once.
  if (role === 'translator') return !req.file && !publishes(data)
  return false
}
