import { readSettings } from '@hub/content-schemas/settings'

/** The moment this build takes as now: `HUB_BUILD_NOW` for reproducible builds and tests, else the clock. */
export function buildNow(): Date {
  const given = readSettings().HUB_BUILD_NOW
  return given ? new Date(given) : new Date()
}
