import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, driven by playwright-core. Playwright's own browser
 * download is never used; the flags keep Chromium off the network except for
 * the pages under test.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
