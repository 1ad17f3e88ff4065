import type { PayloadRequest } from 'payload'

import { organizationOf, roleOf, sameId } from '../access/roles'

/** Whether the signed-in editor's organization submits its changes for review instead of publishing them. */
export async function editorUnderReview(req: PayloadRequest): Promise<boolean> {
  if (roleOf(req.user) !== 'editor') return false
  const organization = organizationOf(req.user)
  if (organization == null) return false
  const settings = await req.payload.findGlobal({
    slug: 'review-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (settings.organizationsUnderReview ?? []).some((id) => sameId(id, organization))
}

/** Whether a write asks to publish: what an editor under review may not do. */
export function publishes(data: unknown): boolean {
  return (data as { _status?: unknown } | undefined)?._status === 'published'
}
