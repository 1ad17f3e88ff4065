import type { Endpoint, PayloadRequest } from 'payload'

import { returnForChanges } from './returnForChanges'
import { reviewStatus } from './reviewStatus'
import { submitForReview, type ReviewResult } from './submitForReview'

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  const parsed = (await req.json?.().catch(() => null)) as unknown
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
}

function answer(result: ReviewResult): Response {
  return result.ok
    ? Response.json(result)
    : Response.json({ message: result.message }, { status: result.status })
}

/**
 * `GET /api/review-requests/status?collection=&id=&locale=`: the edit view's review panel.
 * `POST /api/review-requests/submit` {collection, id, locale}: the edit view's
 * "Submit for review". `POST /api/review-requests/:id/return` {comment}: a
 * coordinator sends the draft back. Publishing the document closes its request.
 */
export const reviewEndpoints: Endpoint[] = [
  {
    path: '/status',
    method: 'get',
    handler: async (req) => {
      const query = req.query as Record<string, unknown>
      const result = await reviewStatus(req, query.collection, query.id, query.locale)
      return 'message' in result
        ? Response.json({ message: result.message }, { status: result.status })
        : Response.json(result)
    },
  },
  {
    path: '/submit',
    method: 'post',
    handler: async (req) => answer(await submitForReview(req, await body(req))),
  },
  {
    path: '/:id/return',
    method: 'post',
    handler: async (req) =>
      answer(await returnForChanges(req, String(req.routeParams?.id ?? ''), (await body(req)).comment)),
  },
]
