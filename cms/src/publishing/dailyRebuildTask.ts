import type { TaskConfig } from 'payload'

import { publishSiteInTurn } from './publishSite'
import { siteBuildQueue } from './buildQueue'

/**
 * Every night at 00:05 server time the site is rebuilt even though nothing was
 * published: what is "upcoming" depends on the day, so events that have ended
 * move to the archive and leave the calendar feeds without anyone's help.
 */
export const dailyRebuildTask: TaskConfig<'dailyRebuild'> = {
  slug: 'dailyRebuild',
  label: 'Rebuild the public site for the new day (upcoming and past events)',
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: 0,
  schedule: [{ cron: '0 5 0 * * *', queue: siteBuildQueue }],
  handler: async ({ req }) => {
    const { status } = await publishSiteInTurn(req.payload, {
      reason: 'daily rebuild: upcoming and past events',
      rebuildUnchanged: true,
    })
    return { output: { status } }
  },
}
