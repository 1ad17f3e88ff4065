import { createRequire } from 'node:module'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { locales } from '@hub/content-schemas'

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
      await page.locator('#search-query').fill(query)
      // Other resources match too (a take-action item pointing at the guide): open the expected one.
      const result = page.locator('.search-results li').filter({ has: page.locator(`a[href="${expected}"]`) })
      await result.waitFor({ timeout: 15_000 })
      await expect(result.locator('mark').first().innerText()).resolves.not.toBe('')
      await result.locator('a').click()
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
      await page.locator('#search-query').fill(query)
      await page.locator('.search-results a').first().waitFor({ timeout: 15_000 })
      await page.getByText('Filters', { exact: true }).click()
      await page.getByRole('group', { name: 'Type' }).getByLabel(type).check()
      await page.waitForFunction(
        (prefix) => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('.search-results a')]
          return links.length > 0 && links.every((link) => link.pathname.startsWith(prefix))
        },
        prefix,
        { timeout: 15_000 },
      )
    })
  }

  it('runs a first search on a slow phone in under 120 KB in every language, the first result on the first screen', async () => {
    const queries = { en: 'rights', es: 'derechos', fr: 'droits', ar: 'الاتجار', th: 'สัญญาณ' }
    const measured: Record<string, number> = {}
    for (const [locale, query] of Object.entries(queries)) {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })
      const page = await phone.newPage()
      const cdp = await phone.newCDPSession(page)
      await cdp.send('Network.enable')
      // Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      })
      const files: string[] = []
      const pending = new Set<string>()
      let bytes = 0
      cdp.on('Network.requestWillBeSent', (event) => {
        files.push(new URL(event.request.url).pathname)
        pending.add(event.requestId)
      })
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength
        pending.delete(event.requestId)
      })
      cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId))
      await page.goto(`${site.url}/${locale}/search/`)
      await page.locator('#search-query').fill(query)
      const first = page.locator('.search-results li').first()
      await first.waitFor({ timeout: 60_000 })
      await expect.poll(() => pending.size, { timeout: 10_000 }).toBe(0)
      measured[locale] = bytes
      expect(bytes, `${locale}: ${files.join(' ')}`).toBeLessThan(120 * 1024)
      // One language's bundle, and no other.
      expect(
        files.filter((file) => file.startsWith('/pagefind/') && !file.startsWith(`/pagefind/${locale}/`)),
      ).toEqual([])
      expect(
        files.filter((file) => file.startsWith(`/pagefind/${locale}/fragment/`)).length,
      ).toBeLessThanOrEqual(5)
      const bottom = await first.evaluate((element) => element.getBoundingClientRect().bottom)
      expect(bottom, locale).toBeLessThanOrEqual(740)
      if (locale === 'ar') {
        await expect(
          page.locator('.search').evaluate((element) => getComputedStyle(element).direction),
        ).resolves.toBe('rtl')
        // English standing in for Arabic (a title, words of an excerpt) is marked and laid out left to right.
        const latin = await page.locator('.search-results').evaluate((list) => {
          const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT)
          const found: { text: string; marked: boolean }[] = []
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent!
            if ((text.match(/[A-Za-z]/g)?.length ?? 0) < 2) continue
            const marked = node.parentElement!.closest('[lang]')?.getAttribute('lang') === 'en'
            found.push({
              text,
              marked: marked && node.parentElement!.closest('[dir]')?.getAttribute('dir') === 'ltr',
            })
          }
          return found
        })
        expect(latin.map(({ text }) => text)).toContain('Know your rights at work')
        expect(latin.filter(({ marked }) => !marked)).toEqual([])
      }
      await phone.close()
    }
    console.info('First search, bytes transferred:', measured)
  }, 120_000)

  it('speaks the reader’s language throughout the search, filters named and marked', async () => {
    await page.goto(`${site.url}/fr/search/`)
    await expect(page.getByLabel('Rechercher guides, kits et listes').getAttribute('type')).resolves.toBe(
      'search',
    )
    await expect(page.getByRole('button', { name: 'Rechercher', exact: true }).isVisible()).resolves.toBe(
      true,
    )
    await page.getByText('Filtres', { exact: true }).click()
    await expect(page.locator('.search-filters legend').allInnerTexts()).resolves.toEqual([
      'Type',
      'Thème',
      'Région',
      'Public',
    ])
    await page.locator('#search-query').fill('film')
    const status = page.getByRole('status').filter({ hasText: 'Résultats pour' })
    await status.waitFor({ timeout: 15_000 })
    expect(await status.innerText()).toMatch(/^Résultats pour «\sfilm\s» : \d+$/)
    await expect(page.locator('.search-results li').count()).resolves.toBe(5)
    // The group's counts arrive with the filters: the type counts for this search add up to its results.
    const total = Number((await status.innerText()).match(/(\d+)$/)![1])
    await page.waitForFunction(
      () => document.querySelector('.search-filters [data-count]')!.textContent !== '',
    )
    const counts = await page.getByRole('group', { name: 'Type' }).locator('[data-count]').allInnerTexts()
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(total)
    await page.getByRole('button', { name: 'Plus de résultats' }).click()
    await page.locator('.search-results li').nth(5).waitFor()
    await expect(page.locator('.search-results li').count()).resolves.toBe(Math.min(total, 10))
    await expect(
      page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.className),
    ).resolves.toBe('cards search-results')
    await page.getByRole('button', { name: 'Effacer' }).click()
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('')
    await expect(page.locator('.search-results li').count()).resolves.toBe(0)
    await page.locator('#search-query').fill('zqxwv')
    await page
      .getByRole('status')
      .filter({
        hasText:
          'Aucun résultat pour « zqxwv ». Essayez un autre mot ou parcourez la liste complète ci-dessous.',
      })
      .waitFor({ timeout: 15_000 })
    await expect(page.getByRole('heading', { name: 'Tout parcourir' }).isVisible()).resolves.toBe(true)
    // On an Arabic page, a topic or region without an Arabic name is English, marked as such.
    await page.goto(`${site.url}/ar/search/`)
    await page.getByText('تصفية النتائج', { exact: true }).click()
    await expect(page.locator('.search-filters legend').allInnerTexts()).resolves.toEqual([
      'النوع',
      'الموضوع',
      'المنطقة',
      'الجمهور',
    ])
    const values = await page
      .locator('.search-filters label > span:first-of-type')
      .evaluateAll((spans) =>
        spans.map((span) => [span.textContent, span.getAttribute('lang'), span.getAttribute('dir')]),
      )
    const latin = values.filter(([value]) => /[A-Za-z]/.test(value!))
    expect(latin.length).toBeGreaterThan(0)
    for (const [value, lang, dir] of latin) expect([value, lang, dir]).toEqual([value, 'en', 'ltr'])
  })

  it('finds a page by words behind its content warning without showing them', async () => {
    await page.goto(`${site.url}/en/search/`)
    await page.locator('#search-query').fill('interrupting')
    const result = page
      .locator('.search-results li')
      .filter({ has: page.locator('a[href="/en/guides/supporting-a-survivor-who-discloses/"]') })
    await result.waitFor({ timeout: 15_000 })
    const text = await result.innerText()
    expect(text).not.toMatch(/interrupting/i)
    expect(text).toContain('Content warning: Coercion and threats')
  })

  it('marks the English words of a partly translated French page’s excerpt as English, and its French ones not', async () => {
    const guide = '/fr/guides/how-to-volunteer-safely/'
    // Each excerpt text with whether it is inside an element marked English, left to right.
    const excerpt = async (query: string) => {
      await page.locator('#search-query').fill(query)
      // The guide's result for this query (the last query's stays until the new results come).
      const result = page
        .locator('.search-results li')
        .filter({ has: page.locator(`a[href="${guide}"]`) })
        .filter({ has: page.locator('mark', { hasText: query }) })
      await result.waitFor({ timeout: 15_000 })
      await expect(result.locator('a').getAttribute('lang')).resolves.toBe(null)
      return result.locator('p:not(.meta)').evaluate((paragraph) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
        const texts: [string, boolean][] = []
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!
          const english =
            element.closest('[lang]')!.getAttribute('lang') === 'en' &&
            element.closest('[dir]')?.getAttribute('dir') === 'ltr'
          if (/\p{L}/u.test(node.textContent!)) texts.push([node.textContent!.trim(), english])
        }
        return texts
      })
    }
    await page.goto(`${site.url}/fr/search/`)
    // The page's title and summary are French, its body the English standing in for a translation.
    const body = await excerpt('unglamorous')
    expect(body.map(([text]) => text).join(' ')).toContain('unglamorous')
    expect(body.filter(([, english]) => !english)).toEqual([])
    const summary = await excerpt('choisir')
    expect(summary.map(([text]) => text).join(' ')).toContain('choisir')
    expect(summary.filter(([, english]) => english)).toEqual([])
    // The summary's last words and the body's first: the excerpt parts where the English starts.
    const both = await excerpt('jamais')
    expect(both.find(([text]) => text.includes('jamais'))).toEqual([expect.any(String), false])
    expect(both.find(([text]) => text.includes('useful'))).toEqual([expect.any(String), true])
  })

  it('lists every resource of each language by type and topic on the search page without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const page = await noScript.newPage()
    const indexedIn = async (locale: string) => {
      const fragments = path.join(site.dist, 'client', 'pagefind', locale, 'fragment')
      return Promise.all(
        (await readdir(fragments)).map(async (name) => {
          const bytes = gunzipSync(await readFile(path.join(fragments, name))).toString('utf8')
          return (JSON.parse(bytes.slice(bytes.indexOf('{'))) as { url: string }).url
        }),
      )
    }
    try {
      for (const locale of locales) {
        await page.goto(`${site.url}/${locale}/search/`)
        await expect(page.locator('.search').isVisible()).resolves.toBe(false)
        const listed = await page
          .locator('.search-index a')
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
        const searchable = await indexedIn(locale)
        expect(searchable.filter((url) => !url.startsWith(`/${locale}/`))).toEqual([])
        expect(searchable.length).toBeGreaterThan(20)
        expect([...new Set(listed)].sort(), locale).toEqual(searchable.sort())
        await expect(page.locator('.search-index details > summary').count()).resolves.toBeGreaterThan(5)
      }
      const unmarked = await page.locator('.search-index a').evaluateAll((links) =>
        links
          .filter((link) => {
            // Mostly Latin letters: an English title, where a Thai one may keep an English name.
            const latin = link.textContent!.match(/[A-Za-z]/g)?.length ?? 0
            const letters = link.textContent!.match(/\p{L}/gu)?.length ?? 0
            return latin * 2 > letters && !link.querySelector('[lang="en"][dir="ltr"]')
          })
          .map((link) => link.textContent),
      )
      expect(unmarked).toEqual([])
    } finally {
      await noScript.close()
    }
  })

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
    await page.locator('#search-query').fill('rights')
    await page.locator('.search-results a').first().waitFor({ timeout: 15_000 })
    expect(await context.cookies()).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('answers an unknown address with the multilingual 404 page', async () => {
    const response = await page.goto(`${site.url}/es/guides/no-such-guide/`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('[lang="es"] h1').innerText()).resolves.toBe('Página no encontrada')
  })
})
