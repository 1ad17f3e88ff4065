import { chromium, type Browser } from 'playwright-core'

import { readSettings } from '@hub/content-schemas/settings'

/**
 * Debian's Chromium, driven by playwright-core. Playwright's own browser
 * download is never used; the flags keep Chromium off the network except for
 * the pages under test.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}
