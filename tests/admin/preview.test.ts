import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'

import { launchChromium } from '../support/browser'
import { signInAs } from './harness'
import { restClient } from '../support/restClient'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

const MARKER = 'zqdraftpreview7731'

/**
 * An editor signed in to the admin previews a draft: the admin's Preview
 * button opens the site's preview, which must recognise the login cookie the
 * browser sends and show the unpublished text.
 */
describe('previewing a draft from the admin, signed in with the login cookie', () => {
  let site: SiteServer
  let cms: CmsServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let guide: number

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
    cms = await startCmsServer({ seed: true, env: { HUB_SITE_URL: site.url } })
    process.env.HUB_CMS_URL = cms.url
    const api = restClient(cms.url)
    const editor = await api.login('editor@hub.example', 'coalition-demo-2026')
    guide = (await api.get('/api/guides?where[slug][equals]=how-to-volunteer-safely&depth=0', editor)).body
      .docs[0].id
    const saved = await api.patch(
      `/api/guides/${guide}?draft=true&locale=en`,
      { body: lexical.doc(lexical.p(`Draft text ${MARKER}, not yet published.`)) },
      editor,
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    await signInAs(page, cms.url, 'editor')
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
    await site?.stop()
  })

  it('opens the preview of the latest draft from the Preview button', async () => {
    await page.goto(`${cms.url}/admin/collections/guides/${guide}`)
    const [preview] = await Promise.all([
      context.waitForEvent('page', { timeout: 60_000 }),
      // Payload's Preview is a link that opens the preview URL in a new tab.
      page.locator('#preview-button').click({ timeout: 60_000 }),
    ])
    await preview.waitForURL(new RegExp(`/preview/guides/${guide}/en/$`), { timeout: 60_000 })
    await preview.waitForLoadState()
    await expect(preview.locator('body').innerText()).resolves.toContain(MARKER)
  }, 180_000)

  it('shows the draft in Live Preview beside the form, rendered by the site', async () => {
    await page.goto(`${cms.url}/admin/collections/guides/${guide}`)
    await page.locator('#live-preview-toggler').click({ timeout: 60_000 })
    const frame = page.frameLocator('#live-preview-iframe')
    await expect(frame.locator('body').innerText({ timeout: 60_000 })).resolves.toContain(MARKER)
  }, 180_000)

  it('still refuses a visitor without a login', async () => {
    const anonymous = await browser.newPage()
    const reply = await anonymous.goto(`${site.url}/preview/guides/${guide}/en/`)
    expect(reply?.status()).toBe(401)
    await expect(anonymous.content()).resolves.not.toContain(MARKER)
  })
})
