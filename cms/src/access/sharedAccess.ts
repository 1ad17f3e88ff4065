import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * Coalition-wide documents (hotlines, topics, regions, media): any editor may
 * add and correct them, translators may translate them, only admins delete.
 */
export const editorsCreate: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'editor'
}

export const editorsOrTranslatorsUpdate: Access = ({ req, data }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  // A translator translates; replacing an image or PDF is not a translation, and media goes live at once.
  if (role === 'translator') {
    return !req.file && (data as { _status?: string } | undefined)?._status !== 'published'
  }
  return false
}
