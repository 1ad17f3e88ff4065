import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

const exitUrl = 'https://www.bbc.com/weather'
const signs = 'guides/recognising-the-signs-of-trafficking'

describe('the public site in a real browser', () => {
  let site: SiteServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const foreignRequests: string[] = []

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  beforeEach(async () => {
    await context?.close()
    context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    // No network here: the neutral exit site is answered locally, anything else foreign is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(site.url)) return route.continue()
      if (url.startsWith(exitUrl))
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' })
      foreignRequests.push(url)
      return route.abort()
    })
    page = await context.newPage()
  })

  it('opens the home page with the hotline and quick exit', async () => {
    await page.goto(`${site.url}/en/`)
    await expect(page.getByRole('link', { name: 'Quick exit' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('.hotline-bar').innerText()).resolves.toContain('1-888-373-7888')
  })

  it('shows the logo from Site settings in the header, loaded, beside the hub’s name', async () => {
    await page.goto(`${site.url}/en/`)
    const home = page.getByRole('banner').getByRole('link', { name: /Coalition Resource Hub$/ })
    const logo = home.getByRole('img', { name: 'Coalition Resource Hub logo' })
    await expect(logo.isVisible()).resolves.toBe(true)
    const size = await logo.evaluate((image: HTMLImageElement) => ({
      loaded: image.complete && image.naturalWidth > 0,
      height: image.getBoundingClientRect().height,
    }))
    expect(size).toEqual({ loaded: true, height: 32 })
  })

  it('switches language and stays on the same document', async () => {
    await page.goto(`${site.url}/en/${signs}/`)
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'ไทย' }).click()
    await page.waitForURL(`${site.url}/th/${signs}/`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('th')
    await expect(page.locator('h1').innerText()).resolves.toBe('การสังเกตสัญญาณของการค้ามนุษย์')
  })

  for (const [locale, query, expected] of [
    ['es', 'derechos', '/es/guides/know-your-rights-at-work/'],
    ['th', 'สัญญาณ', `/th/${signs}/`],
    ['ar', 'الاتجار', `/ar/${signs}/`],
  ] as const) {
    it(`searches in ${locale} and opens a result`, async () => {
      await page.goto(`${site.url}/${locale}/search/`)
      await page.locator('.pagefind-ui__search-input').fill(query)
      // Other resources match too (a take-action item pointing at the guide): open the expected one.
      const result = page.locator(`.pagefind-ui__result-link[href="${expected}"]`).first()
      await result.waitFor({ timeout: 15_000 })
      await expect(page.locator('.pagefind-ui__result-excerpt').first().innerText()).resolves.not.toBe('')
      await result.click()
      await page.waitForURL(`${site.url}${expected}`)
    })
  }

  for (const [type, query, prefix] of [
    ['Screening kit', 'film', '/en/screening-kits/'],
    ['Volunteer opportunity', 'community', '/en/volunteer/'],
    ['Outreach material', 'poster', '/en/outreach/'],
  ] as const) {
    it(`filters search results by type: ${type}`, async () => {
      await page.goto(`${site.url}/en/search/`)
      await page.locator('.pagefind-ui__search-input').fill(query)
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
      await page.locator('.pagefind-ui__filter-name', { hasText: 'Type' }).click()
      await page.getByLabel(type).check()
      await page.waitForTimeout(500)
      const links = await page
        .locator('.pagefind-ui__result-link')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname))
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.startsWith(prefix), link).toBe(true)
    })
  }

  it('leaves for the neutral site on Escape, replacing this page in the history', async () => {
    await page.goto(`${site.url}/en/`)
    await page.goto(`${site.url}/en/${signs}/`)
    await page.keyboard.press('Escape')
    await page.waitForURL(exitUrl)
    await page.goBack()
    expect(page.url()).toBe(`${site.url}/en/`)
  })

  it('leaves for the neutral site from the button', async () => {
    await page.goto(`${site.url}/ar/${signs}/`)
    await page.getByRole('link', { name: 'خروج سريع' }).click()
    await page.waitForURL(exitUrl)
  })

  it('prints a kit without the site chrome and with the text behind its content warning', async () => {
    await page.goto(`${site.url}/en/screening-kits/i-am-jane-doe-screening-kit/`)
    const guideText = page.getByText('Keep the discussion on systems')
    await expect(guideText.isVisible()).resolves.toBe(false)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.quick-exit').isVisible()).resolves.toBe(false)
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false)
    await expect(guideText.isVisible()).resolves.toBe(true)
  })

  it('filters the organization directory at 320 px with JavaScript off, without sideways scrolling', async () => {
    const narrow = await browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    })
    const page = await narrow.newPage()
    try {
      const shown = () =>
        page
          .locator('.org-card')
          .evaluateAll((cards) =>
            cards
              .filter((card) => (card as HTMLElement).offsetParent !== null)
              .map((card) => card.getAttribute('data-organization')),
          )
      const noSidewaysScroll = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
      for (const locale of ['en', 'ar', 'th']) {
        await page.goto(`${site.url}/${locale}/organizations/`)
        await expect(noSidewaysScroll(), locale).resolves.toBe(true)
      }
      await page.goto(`${site.url}/en/organizations/`)
      expect((await shown()).length).toBeGreaterThanOrEqual(8)
      await page.getByRole('radio', { name: /^Thailand/ }).check()
      expect(await shown()).toEqual(['mekong-worker-rights'])
      await expect(
        page.locator('.org-count').evaluate((element) => getComputedStyle(element, '::after').content),
      ).resolves.toBe('" " counter(shown)')
      // Filters combine: the United States and Spanish leave the two US members that serve in Spanish.
      await page.getByRole('radio', { name: /^United States/ }).check()
      await page.getByRole('radio', { name: /^Spanish/ }).check()
      expect((await shown()).sort()).toEqual(['harbor-alliance', 'puente-seguro'])
      await page.getByRole('radio', { name: /^Thai \(/ }).check()
      expect(await shown()).toEqual([])
      await page.getByRole('group', { name: 'Country' }).getByRole('radio', { name: 'All' }).check()
      expect(await shown()).toEqual(['mekong-worker-rights'])
      await expect(noSidewaysScroll()).resolves.toBe(true)
      // A country on the map opens the directory with that country chosen.
      // Clicked where France is drawn (its outline's box also holds French Guiana and the sea between).
      await page.locator('.member-map svg').scrollIntoViewIfNeeded()
      const france = await page.locator('.member-map a[data-country="fr"] path').evaluate((element) => {
        const path = element as SVGPathElement
        const box = path.getBBox()
        const matrix = path.getScreenCTM()!
        for (let y = box.y; y <= box.y + box.height; y += 0.5)
          for (let x = box.x; x <= box.x + box.width; x += 0.5)
            if (path.isPointInFill(new DOMPoint(x, y)) && path.isPointInFill(new DOMPoint(x + 1, y + 1)))
              return new DOMPoint(x + 0.5, y + 0.5).matrixTransform(matrix)
        throw new Error('France is not drawn on the map')
      })
      await page.mouse.click(france.x, france.y)
      await page.waitForURL(`${site.url}/en/organizations/in/fr/`)
      expect(await shown()).toEqual(['escale-solidaire'])
      await expect(noSidewaysScroll()).resolves.toBe(true)
    } finally {
      await narrow.close()
    }
  })

  it('shows an event on a phone without sideways scrolling, with its calendar file to add', async () => {
    await page.goto(`${site.url}/ar/events/ghost-fleet-screening-bangkok/`)
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(width.scroll).toBeLessThanOrEqual(width.client)
    await expect(page.locator('h1').innerText()).resolves.toBe('عرض فيلم Ghost Fleet ونقاش في بانكوك')
    const link = page.getByRole('link', { name: 'أضف إلى التقويم (.ics)' })
    await expect(link.isVisible()).resolves.toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('ghost-fleet-screening-bangkok.ics')
    const calendar = await readFile((await download.path())!, 'utf8')
    expect(calendar).toContain('DTSTART:20261210T120000Z')
  })

  it('has no serious or critical accessibility problems on every kind of page, light and dark', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    for (const colorScheme of ['light', 'dark'] as const) {
      // The site's CSP rightly refuses the injected axe script; this context lets the audit run.
      const auditContext = await browser.newContext({ bypassCSP: true, colorScheme })
      const page = await auditContext.newPage()
      for (const route of [
        '/',
        '/en/',
        `/en/${signs}/`,
        `/ar/${signs}/`,
        '/th/guides/know-your-rights-at-work/',
        '/en/screening-kits/ghost-fleet-screening-kit/',
        '/ar/organizations/escale-solidaire/',
        '/th/hotlines/',
        '/en/search/',
        '/en/organizations/',
        '/ar/organizations/',
        '/en/events/ghost-fleet-screening-bangkok/',
        '/en/events/',
      ]) {
        await page.goto(`${site.url}${route}`)
        await page.addScriptTag({ content: axeSource })
        const violations = (await page.evaluate(async () => {
          const results = await (
            window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
          ).axe.run()
          return results.violations
        })) as { id: string; impact: string; nodes: { target: string[] }[] }[]
        const serious = violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          )
        expect(serious, `${route} (${colorScheme})`).toEqual([])
      }
      await auditContext.close()
    }
  })

  it('made no request to any other host and set no cookie', async () => {
    await page.goto(`${site.url}/en/search/`)
    await page.locator('.pagefind-ui__search-input').fill('rights')
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
    expect(await context.cookies()).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('answers an unknown address with the multilingual 404 page', async () => {
    const response = await page.goto(`${site.url}/es/guides/no-such-guide/`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('[lang="es"] h1').innerText()).resolves.toBe('Página no encontrada')
  })
})
