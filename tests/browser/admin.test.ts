import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { signInAs } from '../admin/harness'
import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'

describe('the admin in a real browser, with the demo content', () => {
  let cms: CmsServer
  let browser: Browser
  let page: Page
  const requestedHosts = new Set<string>()
  const policyViolations: string[] = []

  beforeAll(async () => {
    cms = await startCmsServer({ seed: true })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('request', (request) => requestedHosts.add(new URL(request.url()).host))
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) policyViolations.push(message.text())
    })
    await signInAs(page, cms.url, 'editor')
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  it('shows the content collections on the dashboard', async () => {
    for (const label of ['Guides', 'Screening kits', 'Panel question sets', 'Donation lists']) {
      await expect(
        page.getByRole('link', { name: label }).first().isVisible({ timeout: 30_000 }),
      ).resolves.toBe(true)
    }
  })

  it('opens a guide in Arabic, right to left, with its rich-text body in the editor', async () => {
    await page.goto(`${cms.url}/admin/collections/guides?locale=ar`)
    await page.getByText('التعرّف على علامات الاتجار بالبشر').first().click()
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor({ timeout: 30_000 })
    await expect(editor.innerText()).resolves.toContain('نادرًا ما يشبه الاتجار بالبشر')
    const title = page.locator('#field-title').first()
    await expect(title.evaluate((input) => getComputedStyle(input).direction)).resolves.toBe('rtl')
    // The editor belongs to another organization: the guide is read-only for them.
    await expect(title.isDisabled()).resolves.toBe(true)
  })

  it('works under its Content-Security-Policy: signing in and editing break none of its rules', async () => {
    const response = await page.goto(`${cms.url}/admin/collections/guides`)
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    await page.locator('.cell-title a, td a').first().click()
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30_000 })
    expect(policyViolations).toEqual([])
  })

  it('makes no request to any host but the hub', () => {
    expect([...requestedHosts]).toEqual([new URL(cms.url).host])
  })
})
