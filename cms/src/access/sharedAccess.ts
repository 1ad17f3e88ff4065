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
  if (role === 'translator') return (data as { _status?: string } | undefined)?._status !== 'published'
  return false
}
