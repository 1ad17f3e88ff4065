import config from '@payload-config'
import { getPayload } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { publishSiteInTurn } from './publishSite'
import { sitePaths } from './sitePaths'

/** `pnpm build`: export, build and swap in the public site now, printing each step and its time. */
const payload = await getPayload({ config })
const paths = sitePaths()
try {
  const result = await publishSiteInTurn(payload, {
    reason: readSettings().HUB_BUILD_REASON,
    paths,
    log: (line) => console.log(`==> ${line}`),
  })
  const seconds = (result.milliseconds / 1000).toFixed(1)
  if (result.status === 'failed') {
    console.error(
      `The site was not published (${seconds} s); the previous site stays online.\n${result.error}`,
    )
    process.exitCode = 1
  } else {
    const what =
      result.status === 'unchanged' ? 'Nothing published changed; the live site is current' : 'Site published'
    console.log(`${what}: ${paths.liveLink} (${seconds} s in all).`)
    process.exitCode = 0
  }
} finally {
  await payload.destroy()
}
process.exit(process.exitCode)
