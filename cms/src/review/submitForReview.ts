import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@hub/content-schemas'

import { mayUpdateDocument } from '../access/mayUpdateDocument'
import { roleOf } from '../access/roles'
import { healthCollections, type HealthCollection } from '../health/contentHealth'

export type ReviewResult =
  | { ok: true; id: number | string; state: 'submitted' | 'returned' }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409; message: string }

type Doc = Record<string, unknown> & { id: number | string; _status?: string }

export function isReviewedCollection(value: unknown): value is HealthCollection {
  return typeof value === 'string' && Object.hasOwn(healthCollections, value)
}

function titleIn(doc: Doc, collection: HealthCollection, locale: Locale): string {
  const value = doc[healthCollections[collection].title] as Partial<Record<Locale, unknown>> | undefined
  const text = (value?.[locale] ?? value?.[defaultLocale]) as unknown
  return typeof text === 'string' && text.trim() ? text : `${collection} ${doc.id}`
}

function ownerOf(doc: Doc, collection: HealthCollection): number | null {
  if (collection === 'organizations') return Number(doc.id)
  const owner = doc.organization as { id: number } | number | null | undefined
  return owner && typeof owner === 'object' ? owner.id : (owner ?? null)
}

/**
 * Marks the draft of a document in one language as ready for review: the
 * review queue gets (or gets back) a request for it. Editors and translators
 * who may edit the document submit; what they submit must be a draft, since a
 * published version has nothing left to review.
 */
export async function submitForReview(
  req: PayloadRequest,
  input: { collection?: unknown; id?: unknown; locale?: unknown },
  now = new Date(),
): Promise<ReviewResult> {
  if (!req.user) return { ok: false, status: 401, message: 'Sign in first.' }
  const role = roleOf(req.user)
  if (role !== 'editor' && role !== 'translator') {
    return {
      ok: false,
      status: 403,
      message: 'Admins and coordinators publish directly: there is no one to submit to.',
    }
  }
  const { collection, locale } = input
  if (!isReviewedCollection(collection)) {
    return {
      ok: false,
      status: 400,
      message: `"${String(collection)}" is not a document type that is reviewed; use one of ${Object.keys(healthCollections).join(', ')}.`,
    }
  }
  if (!isLocale(locale)) {
    return {
      ok: false,
      status: 400,
      message: `Name the language of the draft as one of en, es, fr, ar, th (not "${String(locale)}").`,
    }
  }
  const id = String(input.id ?? '')
  const latest = (await req.payload
    .findByID({ collection, id, draft: true, locale: 'all', depth: 0, overrideAccess: true, req })
    .catch(() => null)) as Doc | null
  if (!latest) return { ok: false, status: 404, message: `There is no ${collection} document ${id}.` }
  if (!(await mayUpdateDocument(req, collection, id, { _status: 'draft' }))) {
    return {
      ok: false,
      status: 403,
      message: `You may not edit ${collection} ${id}, so you cannot submit it for review.`,
    }
  }
  if (latest._status !== 'draft') {
    return {
      ok: false,
      status: 409,
      message: `${collection} ${id} has no unpublished changes to review: save your changes as a draft first.`,
    }
  }
  const data = {
    title: titleIn(latest, collection, locale),
    organization: ownerOf(latest, collection),
    state: 'submitted' as const,
    submittedBy: req.user.id,
    submittedAt: now.toISOString(),
  }
  const { docs } = await req.payload.find({
    collection: 'review-requests',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { locale: { equals: locale } },
        { state: { in: ['submitted', 'returned'] } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const open = docs[0]
  const saved = open
    ? await req.payload.update({
        collection: 'review-requests',
        id: open.id,
        data,
        overrideAccess: true,
        req,
      })
    : await req.payload.create({
        collection: 'review-requests',
        data: { ...data, collection, documentId: id, locale },
        overrideAccess: true,
        req,
      })
  return { ok: true, id: saved.id, state: 'submitted' }
}
