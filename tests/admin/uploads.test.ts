import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { signInAs } from './harness'
import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'

const artifacts = path.resolve(import.meta.dirname, '..', '.artifacts')

type Upload = { name: string; mimeType: string; buffer: Buffer }

describe('an editor uploads files through the admin in Chromium', () => {
  let cms: CmsServer
  let browser: Browser
  let page: Page
  let jpeg: Upload
  let pdf: Upload

  const screenshot = (name: string) => page.screenshot({ path: path.join(artifacts, `uploads-${name}.png`) })

  /** Media > Create new: pick the file, describe it, save; resolves with the saved document's id. */
  async function uploadThroughAdmin(file: Upload, alt: string, step: string): Promise<string> {
    await page.goto(`${cms.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.locator('#field-alt').fill(alt)
    await screenshot(`${step}-filled`)
    const [reply] = await Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === 'POST' && /\/api\/media\b/.test(response.url()),
      ),
      page.locator('#action-save').click(),
    ])
    if (!reply.ok()) await screenshot(`${step}-refused`)
    expect(reply.status(), `${reply.url()}: ${await reply.text()}`).toBe(201)
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 30_000 })
    await page
      .getByText(/successfully/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await screenshot(`${step}-saved`)
    return page.url().split('/').pop()!.split('?')[0]!
  }

  /** A GET from the admin page itself, with the editor's session, as the admin's own requests are made. */
  const fetchInPage = (url: string) =>
    page.evaluate(async (target) => {
      const response = await fetch(target, { credentials: 'include' })
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        nosniff: response.headers.get('x-content-type-options'),
        body: response.headers.get('content-type')?.includes('json') ? await response.json() : undefined,
      }
    }, url)

  /** The saved document as the signed-in editor reads it. */
  const savedMedia = async (id: string) =>
    (await fetchInPage(`/api/media/${id}?depth=0`)).body as {
      filename: string
      mimeType: string
      url: string
    }

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true })
    jpeg = {
      name: 'workshop-flyer.jpg',
      mimeType: 'image/jpeg',
      buffer: await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f6f' } })
        .jpeg()
        .toBuffer(),
    }
    const document = await PDFDocument.create()
    document.addPage([300, 300]).drawText('Know your rights at work', { x: 20, y: 150, size: 14 })
    pdf = {
      name: 'rights-handout.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await document.save()),
    }
    cms = await startCmsServer({ seed: true })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(page, cms.url, 'editor')
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  it('saves a JPEG', async () => {
    const id = await uploadThroughAdmin(jpeg, 'A teal flyer for a workshop', 'jpeg')
    await expect(savedMedia(id)).resolves.toMatchObject({
      filename: 'workshop-flyer.jpg',
      mimeType: 'image/jpeg',
    })
    await expect(page.getByText('workshop-flyer.jpg').first().isVisible()).resolves.toBe(true)
  })

  it('saves a PDF', async () => {
    const id = await uploadThroughAdmin(pdf, 'A one-page handout on workers’ rights', 'pdf')
    await expect(savedMedia(id)).resolves.toMatchObject({
      filename: 'rights-handout.pdf',
      mimeType: 'application/pdf',
    })
  })

  it('stores a PDF named like a web page under a .pdf name, served as a PDF with nosniff', async () => {
    const id = await uploadThroughAdmin(
      { ...pdf, name: 'poly.html', mimeType: 'text/html' },
      'A handout',
      'html-named',
    )
    const media = await savedMedia(id)
    expect(media).toMatchObject({ filename: 'poly.pdf', mimeType: 'application/pdf' })
    await expect(page.getByText('poly.pdf').first().isVisible()).resolves.toBe(true)
    await expect(fetchInPage(media.url)).resolves.toMatchObject({
      status: 200,
      contentType: 'application/pdf',
      nosniff: 'nosniff',
    })
  })

  it('keeps the new uploads from anonymous readers until a published document uses them', async () => {
    const found = await fetchInPage('/api/media?where[filename][equals]=poly.pdf&depth=0')
    const media = (found.body as { docs: { url: string }[] }).docs[0]!
    expect((await fetchInPage(media.url)).status).toBe(200)
    expect((await fetch(media.url)).status).toBe(403)
    const list = (await (await fetch(`${cms.url}/api/media?limit=100&depth=0`)).json()) as {
      docs: { filename: string }[]
    }
    const graphql = (await (
      await fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ allMedia(limit: 100) { docs { filename } } }' }),
      })
    ).json()) as { data: { allMedia: { docs: { filename: string }[] } } }
    for (const names of [list.docs, graphql.data.allMedia.docs].map((docs) =>
      docs.map((doc) => doc.filename),
    )) {
      expect(names.length).toBeGreaterThan(0)
      for (const uploaded of ['workshop-flyer.jpg', 'rights-handout.pdf', 'poly.pdf'])
        expect(names).not.toContain(uploaded)
    }
    await page.goto(`${cms.url}/admin/collections/media`)
    for (const uploaded of ['workshop-flyer.jpg', 'rights-handout.pdf', 'poly.pdf'])
      await page.getByText(uploaded).first().waitFor({ timeout: 30_000 })
    await screenshot('list')
  })

  it("offers only images for a kit's poster", async () => {
    const kits = await fetchInPage(
      '/api/screening-kits?where[slug][equals]=i-am-jane-doe-screening-kit&depth=0',
    )
    const kit = (kits.body as { docs: { id: number }[] }).docs[0]!
    await page.goto(`${cms.url}/admin/collections/screening-kits/${kit.id}`)
    const poster = page.locator('#field-poster')
    await poster.locator('.upload-relationship-details__remove').click()
    await poster.getByText('Choose from existing').click()
    const drawer = page.locator('.list-drawer')
    await drawer.getByText('workshop-flyer.jpg').waitFor({ timeout: 30_000 })
    await screenshot('poster-choices')
    const offered = await drawer.innerText()
    for (const pdfName of ['rights-handout.pdf', 'poly.pdf']) expect(offered).not.toContain(pdfName)
  })
})
