import type { CollectionAfterChangeHook } from 'payload'

import { isLocale } from '@hub/content-schemas'

/**
 * Publishing a document in a language settles its open review requests in
 * that language, whoever publishes it: the draft is live, the queue moves on.
 */
export const closeReviewsOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc?._status !== 'published' || !isLocale(req.locale)) return doc
  const { docs } = await req.payload.find({
    collection: 'review-requests',
    where: {
      and: [
        { collection: { equals: collection.slug } },
        { documentId: { equals: String(doc.id) } },
        { locale: { equals: req.locale } },
        { state: { in: ['submitted', 'returned'] } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const request of docs) {
    await req.payload.update({
      collection: 'review-requests',
      id: request.id,
      data: { state: 'published', reviewedBy: req.user?.id ?? null, reviewedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
