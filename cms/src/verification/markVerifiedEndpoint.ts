import type { Endpoint } from 'payload'

import { markVerified } from './markVerified'
import type { VerifiedCollection } from './verificationIntervals'

/** `POST /api/<collection>/<id>/mark-verified`: the edit view's "Mark as verified" button. */
export function markVerifiedEndpoint(collection: VerifiedCollection): Endpoint {
  return {
    path: '/:id/mark-verified',
    method: 'post',
    handler: async (req) => {
      const result = await markVerified(req, collection, String(req.routeParams?.id ?? ''))
      if (!result.ok) {
        return Response.json({ reason: result.reason, message: result.message }, { status: result.status })
      }
      return Response.json(result)
    },
  }
}
