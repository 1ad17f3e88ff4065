import type { PayloadRequest } from 'payload'

import { isLocale } from '@hub/content-schemas'

import { comparePath } from './comparePath'
import { isReviewedCollection } from './submitForReview'

export type ReviewStatus = {
  request: {
    id: number | string
    state: 'submitted' | 'returned' | 'published'
    comment?: string | null
    submittedAt?: string | null
  } | null
  /** Below the admin route: the draft beside the live version. */
  compare: string
}

/** The latest review request the user may see for a document in one language, for its edit view. */
export async function reviewStatus(
  req: PayloadRequest,
  collection: unknown,
  id: unknown,
  locale: unknown,
): Promise<ReviewStatus | { message: string; status: 400 | 401 }> {
  if (!req.user) return { message: 'Sign in first.', status: 401 }
  if (!isReviewedCollection(collection) || !isLocale(locale) || typeof id !== 'string' || !id) {
    return {
      message: 'Name a reviewed collection, a document id and a language (en, es, fr, ar, th).',
      status: 400,
    }
  }
  const { docs } = await req.payload.find({
    collection: 'review-requests',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { locale: { equals: locale } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const found = docs[0]
  return {
    request: found
      ? { id: found.id, state: found.state, comment: found.comment, submittedAt: found.submittedAt }
      : null,
    compare: await comparePath(req.payload, collection, id),
  }
}
