import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

describe('the take-action page on a phone with JavaScript off', () => {
  let site: SiteServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
    browser = await launchChromium()
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      javaScriptEnabled: false,
    })
    page = await context.newPage()
    await page.goto(`${site.url}/en/take-action/`)
  })
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  const visible = () =>
    page
      .locator('.action-card:visible')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-action')))

  it('shows every item until the reader chooses', async () => {
    expect(await visible()).toHaveLength(7)
    expect(await page.locator('.no-match').isVisible()).toBe(false)
  })

  it('shows only the items that match the effort and kind the reader chooses', async () => {
    await page.getByLabel('An afternoon').check()
    expect((await visible()).sort()).toEqual([
      'ask-shops-where-it-was-made',
      'host-a-screening',
      'pack-returnee-kits',
    ])

    await page.getByLabel('Shop responsibly').check()
    expect(await visible()).toEqual(['ask-shops-where-it-was-made'])

    await page.getByLabel('A few minutes').check()
    expect(await visible()).toEqual([])
    expect(await page.locator('.no-match').isVisible()).toBe(true)

    await page.getByLabel('All').first().check()
    expect((await visible()).sort()).toEqual(['ask-shops-where-it-was-made', 'choose-fair-trade-staples'])
    expect(await page.locator('.no-match').isVisible()).toBe(false)
  })

  it('fits the phone without sideways scrolling', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
