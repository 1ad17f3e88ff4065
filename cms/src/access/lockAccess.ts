import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { roleOf, sameId } from './roles'

type Reference = { relationTo?: CollectionSlug; value?: unknown } | null | undefined
type Lock = { document?: Reference; globalSlug?: string | null; user?: Reference }

const locks = 'payload-locked-documents'

function idOf(value: unknown): number | string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string | undefined
}

/** Whether the signed-in user may change what a lock is on: lock rights follow update rights. */
async function mayUpdateLocked(req: PayloadRequest, lock: Lock): Promise<boolean> {
  if (lock.globalSlug) {
    const global = req.payload.config.globals.find((candidate) => candidate.slug === lock.globalSlug)
    return Boolean(global && (await global.access.update?.({ req })))
  }
  const collection = lock.document?.relationTo ? req.payload.collections[lock.document.relationTo] : undefined
  const id = idOf(lock.document?.value)
  if (!collection || id == null) return false
  const access = await collection.config.access.update?.({ id: id as number, req })
  if (typeof access !== 'object' || access === null) return Boolean(access)
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where: { and: [{ id: { equals: id } }, access as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

async function storedLock(req: PayloadRequest, id: number | string): Promise<Lock | null> {
  return (await req.payload.findByID({
    collection: locks,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Lock | null
}

/** A lock is taken in one's own name, on something one may edit. */
async function mayTake(req: PayloadRequest, lock: Lock): Promise<boolean> {
  const holder = lock.user?.value
  return (holder == null || sameId(holder, req.user?.id)) && (await mayUpdateLocked(req, lock))
}

export const readLocks: Access = ({ req }) => Boolean(req.user)

export const createLock: Access = async ({ req, data }) => {
  if (roleOf(req.user) === 'admin') return true
  return Boolean(req.user) && mayTake(req, (data ?? {}) as Lock)
}

/** Taking over or releasing a lock needs the right to edit what it locks; only admins act on many at once. */
export const updateLock: Access = async ({ req, id, data }) => {
  if (roleOf(req.user) === 'admin') return true
  if (!req.user || id == null) return false
  const existing = await storedLock(req, id)
  if (!existing || !(await mayUpdateLocked(req, existing))) return false
  return mayTake(req, { ...existing, ...(data as Lock | undefined) })
}

export const deleteLock: Access = async ({ req, id }) => {
  if (roleOf(req.user) === 'admin') return true
  if (!req.user || id == null) return false
  const existing = await storedLock(req, id)
  return existing != null && mayUpdateLocked(req, existing)
}

/**
 * Payload adds the locks collection itself, open to any signed-in user, and has
 * no option for its access: the hub's rules are set on the built config.
 */
export function withLockAccess<C extends { collections: { slug: string; access: object }[] }>(config: C): C {
  const collection = config.collections.find((candidate) => candidate.slug === locks)
  if (collection) {
    Object.assign(collection.access, {
      read: readLocks,
      create: createLock,
      update: updateLock,
      delete: deleteLock,
    })
  }
  return config
}
