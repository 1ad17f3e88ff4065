import type { TaskConfig } from 'payload'

import { sendDigests } from './sendDigests'

export const digestQueue = 'digest'

/** Every Monday at 07:00 server time, each organization's editors get the week's digest. */
export const sendDigestsTask: TaskConfig<'sendDigests'> = {
  slug: 'sendDigests',
  label: "Send each organization's editors the weekly content health digest",
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  retries: 0,
  schedule: [{ cron: '0 0 7 * * 1', queue: digestQueue }],
  handler: async ({ req }) => ({ output: await sendDigests(req.payload) }),
}
