import { readSettings } from '@hub/content-schemas/settings'

import { runCommand } from '../utilities/runCommand'
import { publishSiteInTurn } from './publishSite'
import { sitePaths } from './sitePaths'

/** A build that failed; the message says so and why. */
class NotPublished extends Error {}

/** `pnpm build`: export, build and swap in the public site now, printing each step and its time. */
const paths = sitePaths()
await runCommand(async (payload) => {
  const result = await publishSiteInTurn(payload, {
    reason: readSettings().HUB_BUILD_REASON,
    paths,
    log: (line) => console.log(`==> ${line}`),
  })
  const seconds = (result.milliseconds / 1000).toFixed(1)
  if (result.status === 'failed') {
    throw new NotPublished(
      `The site was not published (${seconds} s); the previous site stays online.\n${result.error}`,
    )
  }
  const what =
    result.status === 'unchanged' ? 'Nothing published changed; the live site is current' : 'Site published'
  return `${what}: ${paths.liveLink} (${seconds} s in all).`
}, NotPublished)
