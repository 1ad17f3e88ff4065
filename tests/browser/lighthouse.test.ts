import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageTypeRoutes, runLighthouse } from '@hub/scripts/lighthouse'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

// Accessibility is scored from the page alone, so it can be held at 100; performance depends on
// the machine's timing and is only reported, by `pnpm lighthouse`. Layout shift, one of its metrics,
// does not depend on timing: it is held at zero on its own.
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

  it('shifts no layout while any page type loads on a phone, JavaScript on', async () => {
    const routes = await pageTypeRoutes(path.join(site.dist, 'client'), ['en', 'ar', 'th'])
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
      const shifted: { route: string; score: number }[] = []
      for (const route of routes) {
        await page.goto(`${site.url}${route}`, { waitUntil: 'load' })
        // Scripts run on load; a shift they cause is recorded within the next frames.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
        )
        const score = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) =>
                resolve(
                  list
                    .getEntries()
                    .reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
                ),
              ).observe({ type: 'layout-shift', buffered: true })
              setTimeout(() => resolve(0), 200)
            }),
        )
        if (score > 0) shifted.push({ route, score })
      }
      expect(shifted).toEqual([])
    } finally {
      await browser.close()
    }
  }, 300_000)
})
