import type { Payload } from 'payload'

import { siteBuildQueue } from './buildQueue'
import { unfinishedBuildJobs } from './waitingBuilds'

// A change commits right after its hooks return; a long one (a seed, a bulk publish) may take seconds.
const lookEveryMs = 50
const looks = 200

let lookingOut = false

/**
 * Starts the site build a change queued as soon as the change commits, rather
 * than at the build queue's next tick, which comes every second: half a second
 * of every publish on average. The job is queued in the change's transaction,
 * which commits after the hook returns, so this looks for it 20 times a second
 * until it appears, for up to 10 s. A build already running ends the look-out:
 * the tick after it takes the new job, as it takes any job this misses. One
 * look-out at a time in this process, until the build it starts is done: that
 * build takes in a whole burst of changes. Never throws: a failure leaves the
 * job to the tick.
 */
export async function pickUpBuildOnCommit(payload: Payload): Promise<void> {
  if (lookingOut) return
  lookingOut = true
  try {
    for (let look = 0; look < looks; look += 1) {
      await new Promise((resolve) => setTimeout(resolve, lookEveryMs))
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: unfinishedBuildJobs,
        select: { processing: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (docs.some((job) => job.processing)) return
      if (docs.length > 0) {
        await payload.jobs.run({ queue: siteBuildQueue, limit: 1, overrideAccess: true })
        return
      }
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The site build will start at the next tick of its queue.' })
  } finally {
    lookingOut = false
  }
}
