import type { Payload } from 'payload'

import { publishSiteTaskSlug } from './queueSiteBuild'

/**
 * Removes the site builds waiting in the queue, for a build about to export
 * everything published. Each job was queued in its change's transaction, so a
 * job seen here belongs to a committed change, which the export will read. A
 * change still uncommitted keeps its job hidden until it commits: that job
 * stays and builds after, so no change is left out of every build (deciding
 * "a build is already waiting" inside the change's transaction could not know
 * that the build was picked up and had exported before the change committed).
 */
export async function takeWaitingBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: publishSiteTaskSlug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
