import { chromium } from 'playwright-core'

import { readSettings } from '@hub/content-schemas/settings'

/**
 * Bytes the browser downloads (compressed sizes as sent) to open the search
 * page and to run a first query on it, measured in Debian's Chromium.
 */
export async function firstSearchBytes(siteUrl: string, locale: string, query: string) {
  const browser = await chromium.launch({
    executablePath: readSettings().CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    let bytes = 0
    let requests = 0
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength
      requests += 1
    })
    await page.goto(`${siteUrl}/${locale}/search/`, { waitUntil: 'networkidle' })
    const page_ = { bytes, requests }
    bytes = 0
    requests = 0
    await page.locator('#search-query').fill(query)
    await page.locator('.search-results a').first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    return { searchPage: page_, firstQuery: { bytes, requests } }
  } finally {
    await browser.close()
  }
}
