import type { TaskConfig } from 'payload'

import { checkLinks } from './checkLinks'

export const linkCheckQueue = 'links'

/** Every night at 03:00 server time, every external link of the published site is checked. */
export const checkLinksTask: TaskConfig<'checkLinks'> = {
  slug: 'checkLinks',
  label: 'Check the external links of published documents',
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'broken', type: 'number' },
    { name: 'redirected', type: 'number' },
  ],
  retries: 0,
  schedule: [{ cron: '0 0 3 * * *', queue: linkCheckQueue }],
  handler: async ({ req }) => ({ output: await checkLinks(req.payload) }),
}
