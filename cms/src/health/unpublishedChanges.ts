import type { CollectionSlug, PayloadRequest } from 'payload'

type Doc = Record<string, unknown> & { id: number | string; _status?: string }

// Bookkeeping that differs between versions of the same content.
const bookkeeping = new Set(['id', '_status', 'createdAt', 'updatedAt'])

function content(doc: Doc): string {
  return JSON.stringify(Object.entries(doc).filter(([key]) => !bookkeeping.has(key)))
}

/**
 * Published documents whose latest version is a draft that differs from what
 * is published: a change saved but not yet published. (Publishing one
 * language leaves a draft version after the published one that may hold
 * nothing new, hence the comparison.)
 */
export async function withUnpublishedChanges(
  req: PayloadRequest,
  collection: CollectionSlug,
  latest: Doc[],
): Promise<Doc[]> {
  const drafts = latest.filter((doc) => doc._status === 'draft')
  if (drafts.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { in: drafts.map((doc) => doc.id) } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const published = new Map((docs as unknown as Doc[]).map((doc) => [String(doc.id), content(doc)]))
  return drafts.filter((doc) => {
    const live = published.get(String(doc.id))
    return live !== undefined && live !== content(doc)
  })
}
