import type { PayloadRequest } from 'payload'

import { mayUpdateDocument } from '../access/mayUpdateDocument'
import { roleOf } from '../access/roles'
import { withUnpublishedChanges } from '../health/unpublishedChanges'
import { verificationIntervals, type VerifiedCollection } from './verificationIntervals'

const dayMs = 24 * 60 * 60 * 1000

export type MarkVerifiedResult =
  | { ok: true; lastVerified: string; reviewBy: string; status: 'published' | 'draft' }
  | {
      ok: false
      status: 401 | 403 | 404 | 409
      reason: 'signIn' | 'forbidden' | 'notFound' | 'pendingChanges'
      message: string
    }

function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/**
 * Records that someone confirmed a hotline or donation list with its provider
 * today: last verified becomes today and the review-by date the type's
 * interval from today, saved as a new version. A published document is
 * published again so readers see the date; a document never published stays
 * a draft. A published document with saved changes not yet published is
 * refused: publishing it would put those changes live without their author
 * deciding so, and verifying only the live version would lose them.
 */
export async function markVerified(
  req: PayloadRequest,
  collection: VerifiedCollection,
  id: string,
  now = new Date(),
): Promise<MarkVerifiedResult> {
  if (!req.user) return { ok: false, status: 401, reason: 'signIn', message: 'Sign in first.' }
  const latest = (await req.payload
    .findByID({ collection, id, draft: true, locale: 'all', depth: 0, overrideAccess: true, req })
    .catch(() => null)) as (Record<string, unknown> & { id: number | string; _status?: string }) | null
  const published =
    latest != null &&
    (
      await req.payload.count({
        collection,
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  // A translator translates; confirming a number or a need with the provider is an editor's work.
  const role = roleOf(req.user)
  const allowed =
    (role === 'admin' || role === 'editor') &&
    latest != null &&
    (await mayUpdateDocument(req, collection, id, { _status: published ? 'published' : 'draft' }))
  if (!latest || !allowed) {
    // The same answer whether or not it exists: an editor learns nothing about other organizations' documents.
    return {
      ok: false,
      status: latest ? 403 : 404,
      reason: latest ? 'forbidden' : 'notFound',
      message: latest
        ? `You may not verify ${collection} ${id}: only admins and the editors who may publish it may.`
        : `There is no ${collection} document ${id}.`,
    }
  }
  if (published && (await withUnpublishedChanges(req, collection, [latest])).length > 0) {
    return {
      ok: false,
      status: 409,
      reason: 'pendingChanges',
      message: `${collection} ${id} has saved changes that are not published yet. Publish or discard them first, then mark it as verified.`,
    }
  }
  const days = (await verificationIntervals(req))[collection]
  const lastVerified = calendarDay(now)
  const reviewBy = calendarDay(new Date(Date.parse(lastVerified) + days * dayMs))
  await req.payload.update({
    collection,
    id,
    data: { lastVerified, reviewBy, _status: published ? 'published' : 'draft' },
    draft: !published,
    autosave: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { ok: true, lastVerified, reviewBy, status: published ? 'published' : 'draft' }
}
