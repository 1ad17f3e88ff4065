import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageTypeRoutes, runLighthouse } from '@hub/scripts/lighthouse'

import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

// Accessibility is scored from the page alone, so it can be held at 100; performance depends on
// the machine's timing and is only reported, by `pnpm lighthouse`.
describe('Lighthouse', () => {
  let site: SiteServer

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
  })
  afterAll(async () => site?.stop())

  it(
    'scores 100 for accessibility on every page type in English, Arabic and Thai',
    async () => {
      const routes = await pageTypeRoutes(path.join(site.dist, 'client'), ['en', 'ar', 'th'])
      expect(routes).toEqual(
        expect.arrayContaining([
          '/',
          '/404.html',
          '/ar/',
          '/th/search/',
          '/en/guides/how-to-volunteer-safely/',
          '/th/screening-kits/ghost-fleet-screening-kit/print/',
        ]),
      )
      const pages = await runLighthouse(site.url, routes, ['accessibility'])
      const below = pages.filter((page) => page.scores.accessibility !== 100)
      expect(below).toEqual([])
    },
    30 * 60_000,
  )
})
