import type { TaskConfig } from 'payload'

import { publishSiteInTurn } from './publishSite'
import { publishSiteTaskSlug } from './buildQueue'

/** The queued job behind every publish: export, build, swap in. A failure is recorded, not retried. */
export const publishSiteTask: TaskConfig<'publishSite'> = {
  slug: publishSiteTaskSlug,
  label: 'Build and publish the public site',
  inputSchema: [
    { name: 'reason', type: 'text' },
    { name: 'triggeredBy', type: 'text' },
    { name: 'changedPage', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { status } = await publishSiteInTurn(req.payload, {
      reason: input.reason ?? 'requested',
      triggeredBy: input.triggeredBy ?? undefined,
      changedPage: input.changedPage ?? undefined,
    })
    return { output: { status } }
  },
}
