import type { Payload, Where } from 'payload'

import { publishSiteTaskSlug } from './buildQueue'

const unfinished: Where[] = [
  { taskSlug: { equals: publishSiteTaskSlug } },
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
]

/** The site builds asked for and not done: waiting in the queue, or being run. */
export const unfinishedBuildJobs: Where = { and: unfinished }

/** The site builds waiting in the queue: none has begun. */
export const waitingBuildJobs: Where = { and: [...unfinished, { processing: { equals: false } }] }

/** The change that asked for a build, and who made it. */
export type WaitingChange = { reason: string; triggeredBy?: string }

/**
 * Removes the site builds waiting in the queue, for a build about to export
 * everything published; returns their changes, the oldest first. Each job was
 * queued in its change's transaction, so a job seen here belongs to a
 * committed change, which the export will read. A change still uncommitted
 * keeps its job hidden until it commits: that job stays and builds after, so
 * no change is left out of every build (deciding "a build is already waiting"
 * inside the change's transaction could not know that the build was picked up
 * and had exported before the change committed).
 */
export async function takeWaitingBuilds(payload: Payload): Promise<WaitingChange[]> {
  const { docs } = await payload.delete({
    collection: 'payload-jobs',
    where: waitingBuildJobs,
    depth: 0,
    overrideAccess: true,
  })
  return docs
    .toSorted((one, other) => String(one.createdAt).localeCompare(String(other.createdAt)))
    .map(({ input }) => {
      const { reason, triggeredBy } = (input ?? {}) as { reason?: string | null; triggeredBy?: string | null }
      return { reason: reason ?? 'requested', triggeredBy: triggeredBy ?? undefined }
    })
}
