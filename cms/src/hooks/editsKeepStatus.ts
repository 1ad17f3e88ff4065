import type { CollectionBeforeOperationHook } from 'payload'

import { liveStatusBefore } from './liveStatus'

/**
 * An edit that says nothing about publishing keeps the document as readers
 * have it. Payload would otherwise take the status of the latest version, so
 * that an ordinary edit to a published document with a pending draft
 * unpublishes it. Publishing and unpublishing stay explicit (`_status`).
 */
export const editsKeepStatus: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || args.draft || id == null) return args
  const data = args.data as { _status?: unknown } | undefined
  if (!data || data._status !== undefined) return args
  const live = await liveStatusBefore(req, args.collection.config.slug, id)
  if (live == null) return args
  return { ...args, data: { ...data, _status: live } }
}
