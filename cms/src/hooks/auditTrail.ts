import type {
  CollectionAfterChangeHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { AuditAction } from '../collections/AuditLog'
import { sameId } from '../access/roles'
import { knownLiveStatus, liveStatusBefore } from './liveStatus'

type Doc = {
  id: number | string
  _status?: string | null
  title?: unknown
  name?: unknown
  slug?: unknown
  email?: unknown
}

const nameOf = (doc: Doc) => String(doc.title ?? doc.name ?? doc.email ?? doc.slug ?? doc.id)

async function record(
  req: PayloadRequest,
  entry: { action: AuditAction; collection: string; doc?: Doc; details?: string },
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      collection: entry.collection,
      documentId: entry.doc ? String(entry.doc.id) : undefined,
      document: entry.doc ? nameOf(entry.doc) : undefined,
      details: entry.details,
      user: (req.user?.id as number | undefined) ?? null,
      userEmail: (req.user as { email?: string } | null)?.email ?? null,
    },
    overrideAccess: true,
    req,
  })
}

/** Notes whether a document is published before it is updated, so that an unpublish can be told from a draft save. */
export const noteLiveStatus: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id == null || args.draft) return args
  await liveStatusBefore(req, collection.slug, id)
  return args
}

/** Records what changed what readers see: publishing (including a published edit), unpublishing, deleting, restoring. */
export const auditContentChanges: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (!result || typeof result !== 'object') return result
  const docs = ((result as { docs?: Doc[] }).docs ?? [result]) as Doc[]
  const sentStatus = (args as { data?: { _status?: unknown } }).data?._status
  for (const doc of docs) {
    let action: AuditAction | null = null
    if (operation === 'delete' || operation === 'deleteByID') action = 'deleted'
    else if (operation === 'restoreVersion') action = args.draft ? 'restoredAsDraft' : 'restored'
    else if (
      (operation === 'create' || operation === 'update' || operation === 'updateByID') &&
      !args.draft
    ) {
      const before = knownLiveStatus(req, collection.slug, doc.id)
      if (doc._status === 'published') action = 'published'
      else if (before === 'published' || (operation === 'update' && sentStatus === 'draft'))
        action = 'unpublished'
    }
    if (action) await record(req, { action, collection: collection.slug, doc })
  }
  return result
}

/** Records a change of an account's role or organization. */
export const auditAccountChanges: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  if (previousDoc?.role !== doc.role) {
    await record(req, {
      action: 'roleChanged',
      collection: 'users',
      doc,
      details: `${previousDoc?.role} → ${doc.role}`,
    })
  }
  if (
    !sameId(previousDoc?.organization ?? null, doc.organization ?? null) &&
    (previousDoc?.organization ?? doc.organization) != null
  ) {
    const id = (value: unknown) => String((value as { id?: unknown } | null)?.id ?? value ?? 'none')
    await record(req, {
      action: 'organizationChanged',
      collection: 'users',
      doc,
      details: `organization ${id(previousDoc?.organization)} → ${id(doc.organization)}`,
    })
  }
  return doc
}

/** Records an account unlock. */
export const auditUnlock: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation === 'unlock' && result) {
    const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    await record(req, { action: 'accountUnlocked', collection: 'users', details: email })
  }
  return result
}
