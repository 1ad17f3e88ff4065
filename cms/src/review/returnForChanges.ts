import type { PayloadRequest } from 'payload'

import { roleOf } from '../access/roles'
import type { ReviewResult } from './submitForReview'

const longestComment = 4000

/**
 * Sends a submitted draft back to its author with what to change. Only
 * coordinators and admins review; the draft itself stays as it is.
 */
export async function returnForChanges(
  req: PayloadRequest,
  requestId: string,
  comment: unknown,
  now = new Date(),
): Promise<ReviewResult> {
  if (!req.user) return { ok: false, status: 401, message: 'Sign in first.' }
  const role = roleOf(req.user)
  if (role !== 'coordinator' && role !== 'admin') {
    return { ok: false, status: 403, message: 'Only coordinators and admins return drafts under review.' }
  }
  const text = typeof comment === 'string' ? comment.trim() : ''
  if (!text) {
    return {
      ok: false,
      status: 400,
      message: 'Write a comment saying what to change: a draft is returned with one.',
    }
  }
  if (text.length > longestComment) {
    return {
      ok: false,
      status: 400,
      message: `Shorten the comment to ${longestComment} characters at most (it has ${text.length}).`,
    }
  }
  const request = await req.payload
    .findByID({ collection: 'review-requests', id: requestId, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!request) return { ok: false, status: 404, message: `There is no review request ${requestId}.` }
  if (request.state !== 'submitted') {
    return {
      ok: false,
      status: 409,
      message: `Review request ${requestId} is not awaiting review (it is ${request.state}): reload the page.`,
    }
  }
  await req.payload.update({
    collection: 'review-requests',
    id: request.id,
    data: { state: 'returned', comment: text, reviewedBy: req.user.id, reviewedAt: now.toISOString() },
    overrideAccess: true,
    req,
  })
  return { ok: true, id: request.id, state: 'returned' }
}
