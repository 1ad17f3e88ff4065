import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

const exitUrl = 'https://www.bbc.com/weather'
const secret = 'SECRET-TOKEN-5d1e'

/** A GET with the path sent exactly as written (fetch and browsers would normalise "/../"). */
function rawGet(url: string, rawPath: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(url)
      const request = httpRequest({ hostname, port, path: rawPath }, (response) => {
        let body = ''
        response.setEncoding('latin1')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        )
      })
      request.on('error', reject)
      request.end()
    },
  )
}

describe('the site server against hostile files and pages', () => {
  let site: SiteServer
  let browser: Browser
  let client: string

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
    client = path.join(site.dist, 'client')
    // What a careless deploy or a hostile upload could leave in the release.
    await writeFile(path.join(client, '.env'), `PAYLOAD_SECRET=${secret}\n`)
    await mkdir(path.join(client, '.git'), { recursive: true })
    await writeFile(path.join(client, '.git', 'config'), `[remote] token = ${secret}\n`)
    const pdf = Buffer.from(await (await PDFDocument.create()).save())
    await writeFile(path.join(client, 'media', 'poly.html'), pdf)
    await writeFile(path.join(client, 'media', 'page.html'), `<script>alert("${secret}")</script>`)
    const home = await readFile(path.join(client, 'en', 'index.html'), 'utf8')
    await mkdir(path.join(client, 'en', 'injected'), { recursive: true })
    await writeFile(
      path.join(client, 'en', 'injected', 'index.html'),
      home.replace(
        '</body>',
        '<script>window.injected = "inline"</script><img src="/none.png" onerror="window.injected = \'handler\'"></body>',
      ),
    )
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  it('serves no dotfile and nothing outside the site, however the path is written', async () => {
    for (const rawPath of [
      '/.env',
      '/.git/config',
      '/%2eenv',
      '/%2Egit/config',
      '/media/.env',
      '/../script-hashes.json',
      '/..%2fscript-hashes.json',
      '/%2e%2e/server/entry.mjs',
      '/media/..%2f..%2fscript-hashes.json',
      '/en/..%5c..%5cscript-hashes.json',
    ]) {
      const response = await rawGet(site.url, rawPath)
      expect(response.status, rawPath).toBe(404)
      expect(response.body, rawPath).not.toContain(secret)
      expect(response.body, rawPath).not.toContain('sha256-')
    }
  })

  it('sends media with the type of their bytes and nosniff, whatever their name says', async () => {
    const poly = await fetch(`${site.url}/media/poly.html`)
    expect(poly.headers.get('content-type')).toBe('application/pdf')
    expect(poly.headers.get('x-content-type-options')).toBe('nosniff')
    const page = await fetch(`${site.url}/media/page.html`)
    expect(page.headers.get('content-type')).toBe('application/octet-stream')
    expect(page.headers.get('content-disposition')).toBe('attachment')
    const image = await fetch(`${site.url}/media/guide-header-signs.png`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  })

  it('allows only the scripts the site ships: no inline script or handler beyond them', async () => {
    const policy = (await fetch(`${site.url}/en/`)).headers.get('content-security-policy') ?? ''
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))
    expect(scriptSrc).toMatch(/^\s*script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/)
  })

  describe('in Chromium', () => {
    let page: Page

    beforeAll(async () => {
      const context = await browser.newContext()
      await context.route('**/*', (route) =>
        route.request().url().startsWith(exitUrl)
          ? route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' })
          : route.request().url().startsWith(site.url)
            ? route.continue()
            : route.abort(),
      )
      page = await context.newPage()
    })

    it('does not run a script injected into a page, while quick exit still works', async () => {
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${site.url}/en/injected/`)
      await page.waitForLoadState('load')
      await expect(page.evaluate(() => (window as { injected?: string }).injected)).resolves.toBeUndefined()
      expect(violations.length).toBeGreaterThanOrEqual(2)
      await page.keyboard.press('Escape')
      await page.waitForURL(exitUrl)
    })

    it('leaves from the quick exit button by its script, replacing the page in the history', async () => {
      await page.goto(`${site.url}/en/`)
      await page.goto(`${site.url}/en/injected/`)
      await page.getByRole('link', { name: 'Quick exit' }).click()
      await page.waitForURL(exitUrl)
      await page.goBack()
      expect(page.url()).toBe(`${site.url}/en/`)
    })

    it('runs Pagefind search under the policy, with no inline script of its own', async () => {
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text())
      })
      const html = await (await fetch(`${site.url}/en/search/`)).text()
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toHaveLength(1)
      await page.goto(`${site.url}/en/search/`)
      await page.locator('#search-query').fill('rights')
      await page.locator('.search-results a').first().waitFor({ timeout: 15_000 })
      expect(violations).toEqual([])
    })
  })
})
