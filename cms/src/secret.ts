import { createHash } from 'node:crypto'
import { hostname } from 'node:os'

import { readSettings } from '@hub/content-schemas/settings'

/**
 * PAYLOAD_SECRET signs login tokens. A real deployment sets it; a demo on a
 * laptop gets one derived from the machine so that `pnpm start` needs no set-up
 * (HUB_DEMO=1, set by `hub start`), because such a secret is guessable.
 * `next build` evaluates the config without serving anything, so it needs none.
 */
export function payloadSecret(): string {
  const { PAYLOAD_SECRET: configured, HUB_DEMO } = readSettings()
  if (configured) return configured
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && HUB_DEMO !== '1' && !building) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (for example `openssl rand -hex 32`) before starting the CMS in production, or set HUB_DEMO=1 for a local demo.',
    )
  }
  return createHash('sha256').update(`coalition-resource-hub-demo:${hostname()}`).digest('hex')
}
