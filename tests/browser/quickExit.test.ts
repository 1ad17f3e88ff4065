import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { locales } from '@hub/content-schemas'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ui } from '../../site/src/i18n/ui'
import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true }
const guide = '/en/guides/know-your-rights-at-work/'

/** Another site on loopback: the neutral page Quick exit leads to, and the page the reader came from. */
async function startElsewhere() {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><title>${request.url}</title><h1>Somewhere else</h1>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) }
}

/** The fixture snapshot with Site settings' quick exit address set to `exitUrl`. */
async function snapshotExitingTo(exitUrl: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'quick-exit-snapshot-'))
  await cp(fixtureSnapshot, dir, { recursive: true })
  const settings = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ ...settings, quickExitUrl: exitUrl }))
  // The content changed, so its hash does, as an export would write it.
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
  manifest.contentHash = createHash('sha256').update(`${manifest.contentHash} ${exitUrl}`).digest('hex')
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
  return dir
}

/** WCAG relative luminance of an sRGB colour given as 0-255 channels. */
function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!
}

function contrast(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('Quick exit', () => {
  let elsewhere: Awaited<ReturnType<typeof startElsewhere>>
  let snapshot: string
  let site: SiteServer
  let browser: Browser
  let exitUrl: string

  beforeAll(async () => {
    elsewhere = await startElsewhere()
    exitUrl = `${elsewhere.url}/weather`
    snapshot = await snapshotExitingTo(exitUrl)
    site = await startSite(snapshot)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
    await elsewhere?.stop()
    if (snapshot) await rm(snapshot, { recursive: true, force: true })
  })

  async function phonePage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ ...phone, ...options })
    return context.newPage()
  }

  /** Arrives from another site, then reads the home page, a guide and the search page by following links. */
  async function browseTheHub(page: Page) {
    await page.goto(`${elsewhere.url}/came-from`)
    await page.goto(`${site.url}/en/`)
    await page.locator(`main a[href="${guide}"]`).first().click()
    await page.waitForURL(`${site.url}${guide}`)
    await page.locator('header a[href="/en/search/"]').click()
    await page.waitForURL(`${site.url}/en/search/`)
  }

  /**
   * After Quick exit, presses Back until it leads nowhere new (at most five
   * times), and checks that it first shows where the reader came from and
   * then never a page of the hub.
   */
  async function expectNoWayBack(page: Page) {
    await page.waitForURL(exitUrl)
    const shown: string[] = []
    for (let press = 0; press < 5; press++) {
      const before = page.url()
      await page.goBack({ waitUntil: 'load' })
      if (page.url() === before) break
      shown.push(page.url())
    }
    expect(shown[0]).toBe(`${elsewhere.url}/came-from`)
    expect(shown.filter((url) => url.startsWith(site.url))).toEqual([])
  }

  const searchBox = (page: Page) =>
    page.locator('main').locator('input[type="search"], input[type="text"]').first()

  for (const [way, exit] of [
    ['the button', (page: Page) => page.getByRole('link', { name: 'Quick exit' }).click()],
    ['Escape', (page: Page) => page.keyboard.press('Escape')],
    [
      'three presses of Shift, even while typing a search',
      async (page: Page) => {
        await searchBox(page).fill('Rights')
        for (let press = 0; press < 3; press++) await page.keyboard.press('Shift')
      },
    ],
  ] as const) {
    it(`leaves no page of the hub behind Back after leaving by ${way}`, async () => {
      const page = await phonePage()
      await browseTheHub(page)
      await exit(page)
      await expectNoWayBack(page)
      await page.context().close()
    })
  }

  it('does not count Shift held for a capital letter', async () => {
    const page = await phonePage()
    await page.goto(`${site.url}/en/search/`)
    await searchBox(page).click()
    for (let letter = 0; letter < 3; letter++) await page.keyboard.press('Shift+A')
    await page.waitForTimeout(300)
    expect(page.url()).toBe(`${site.url}/en/search/`)
    await expect(searchBox(page).inputValue()).resolves.toBe('AAA')
    await page.context().close()
  })

  it('clears the search box on Escape without leaving, and leaves on Escape outside it', async () => {
    const page = await phonePage()
    await page.goto(`${site.url}/en/search/`)
    await searchBox(page).fill('rights')
    await searchBox(page).press('Escape')
    await expect(searchBox(page).inputValue()).resolves.toBe('')
    await searchBox(page).press('Escape')
    await page.waitForTimeout(300)
    expect(page.url()).toBe(`${site.url}/en/search/`)
    await page.locator('h1').click()
    await page.keyboard.press('Escape')
    await page.waitForURL(exitUrl)
    await page.context().close()
  })

  it('is on every page the site builds', async () => {
    const client = path.join(site.dist, 'client')
    const pages = (await readdir(client, { recursive: true })).filter((file) => file.endsWith('.html'))
    expect(pages).toContain('index.html')
    expect(pages).toContain('404.html')
    const quickExit = `<a class="quick-exit" href="${exitUrl}" data-quick-exit`
    const without = []
    for (const file of pages)
      if (!(await readFile(path.join(client, file), 'utf8')).includes(quickExit)) without.push(file)
    expect(without).toEqual([])
  })

  for (const [name, address, status] of [
    ['the language chooser', '/', 200],
    ['the page for an unknown address', '/fr/no-such-page/', 404],
  ] as const) {
    it(`has Quick exit on ${name}, and Escape leaves it`, async () => {
      const page = await phonePage()
      await page.goto(`${elsewhere.url}/came-from`)
      const response = await page.goto(`${site.url}${address}`)
      expect(response?.status()).toBe(status)
      await expect(page.getByRole('link', { name: 'Quick exit' }).isVisible()).resolves.toBe(true)
      await page.keyboard.press('Escape')
      await expectNoWayBack(page)
      await page.context().close()
    })
  }

  it('leaves without JavaScript, and the notice says that Back then returns, in every language', async () => {
    const page = await phonePage({ javaScriptEnabled: false })
    for (const locale of locales) {
      await page.goto(`${site.url}/${locale}/`)
      const notice = page.locator('.safety-notice')
      await notice.locator('summary').click()
      await expect(notice.innerText()).resolves.toContain(ui[locale].safetyNotice)
      await expect(notice.getByText(ui[locale].quickExitWithoutJs).isVisible()).resolves.toBe(true)
    }
    await page.goto(`${site.url}/en/`)
    await page.getByRole('link', { name: 'Quick exit' }).click()
    await page.waitForURL(exitUrl)
    await page.goBack()
    expect(page.url()).toBe(`${site.url}/en/`)
    await page.context().close()
  })

  it('does not tell readers with JavaScript that Back returns', async () => {
    const page = await phonePage()
    await page.goto(`${site.url}/en/`)
    await page.locator('.safety-notice summary').click()
    await expect(page.locator('.safety-notice').innerText()).resolves.toContain(ui.en.safetyNotice)
    await expect(page.getByText(ui.en.quickExitWithoutJs).isVisible()).resolves.toBe(false)
    await page.context().close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`outlines the focused button at 3:1 against the page and the button (${colorScheme})`, async () => {
      const page = await phonePage({ colorScheme })
      await page.goto(`${site.url}/en/`)
      const focused = () =>
        page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit') ?? false)
      for (let tab = 0; tab < 5 && !(await focused()); tab++) await page.keyboard.press('Tab')
      const colours = await page.evaluate(() => {
        const button = document.activeElement as HTMLElement
        // Any CSS colour to sRGB channels, as the canvas paints it.
        const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
        const rgba = (colour: string) => {
          canvas.clearRect(0, 0, 1, 1)
          canvas.fillStyle = colour
          canvas.fillRect(0, 0, 1, 1)
          return [...canvas.getImageData(0, 0, 1, 1).data]
        }
        let behind = button.parentElement
        while (behind && rgba(getComputedStyle(behind).backgroundColor)[3] === 0)
          behind = behind.parentElement
        const style = getComputedStyle(button)
        return {
          focusVisible: button.matches(':focus-visible'),
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          outline: rgba(style.outlineColor),
          button: rgba(style.backgroundColor),
          page: rgba(behind ? getComputedStyle(behind).backgroundColor : 'Canvas'),
        }
      })
      expect(colours.focusVisible).toBe(true)
      expect(colours.outlineStyle).not.toBe('none')
      expect(colours.outlineWidth).toBeGreaterThanOrEqual(2)
      for (const colour of Object.values(colours).filter(Array.isArray)) expect(colour[3]).toBe(255)
      expect(contrast(colours.outline, colours.page)).toBeGreaterThanOrEqual(3)
      expect(contrast(colours.outline, colours.button)).toBeGreaterThanOrEqual(3)
      await page.context().close()
    })
  }
})
